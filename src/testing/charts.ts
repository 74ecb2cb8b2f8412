// Helpers for chart tests: a jsdom document to draw in, and the tick labels of a drawn chart with the
// boxes they take up, so a test can prove that no two overlap.
import { JSDOM } from 'jsdom';
import { fontSize, lineHeight, textWidth } from '../charts/text';

let shared: Document | undefined;

/** A jsdom document for drawing charts in tests (one per test file). */
export function chartDocument(): Document {
  shared ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return shared;
}

/** A tick label of a drawn chart and the box it takes up (estimated from its text, as the layout is). */
export interface TickLabelBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The tick labels of one axis ('x', 'y', 'fy') of `svg`, with their boxes. */
export function tickLabelBoxes(svg: Element, axis: 'x' | 'y' | 'fy'): TickLabelBox[] {
  const group = svg.querySelector(`g[aria-label="${axis}-axis tick label"]`);
  if (!group) return [];
  const anchor = group.getAttribute('text-anchor') ?? 'middle';
  const [gx, gy] = translation(group.getAttribute('transform'));
  return [...group.querySelectorAll('text')].map((text) => {
    const [x, y] = translation(text.getAttribute('transform'));
    const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
    const shown = lines.length > 0 ? lines : [text.textContent ?? ''];
    const width = Math.max(...shown.map((l) => textWidth(l, fontSize)));
    const left = gx + x - (anchor === 'start' ? 0 : anchor === 'end' ? width : width / 2);
    return {
      text: shown.join(' '),
      left,
      right: left + width,
      top: gy + y - fontSize / 2,
      bottom: gy + y - fontSize / 2 + shown.length * lineHeight,
    };
  });
}

/** Pairs of boxes that overlap (empty when every label has its own space). */
export function overlapping(boxes: readonly TickLabelBox[]): [string, string][] {
  const pairs: [string, string][] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        pairs.push([a.text, b.text]);
    }
  });
  return pairs;
}

function translation(transform: string | null): [number, number] {
  const match = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(transform ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}
