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

/**
 * The tick labels of one axis ('x', 'y', 'fy') of `svg`, with their boxes: from the baseline of the first
 * line, as Plot places it, to the last line's descent. Labels turned by an angle are measured in the
 * turned frame (along and across the text), where parallel labels are boxes again.
 */
export function tickLabelBoxes(svg: Element, axis: 'x' | 'y' | 'fy'): TickLabelBox[] {
  const group = svg.querySelector(`g[aria-label="${axis}-axis tick label"]`);
  if (!group) return [];
  return [...group.querySelectorAll('text')].map((text) => {
    let [x, y] = [0, 0];
    for (let node: Element | null = text; node && node !== svg; node = node.parentElement) {
      const [dx, dy] = translation(node.getAttribute('transform'));
      x += dx;
      y += dy;
    }
    const anchor = text.closest('[text-anchor]')?.getAttribute('text-anchor') ?? 'middle';
    const transform = text.getAttribute('transform');
    const angle = (Number(/rotate\(([-\d.]+)\)/.exec(transform ?? '')?.[1] ?? 0) * Math.PI) / 180;
    // Along the text (q) and across it (p).
    const q = x * Math.cos(angle) + y * Math.sin(angle);
    const p = -x * Math.sin(angle) + y * Math.cos(angle);
    const spans = [...text.querySelectorAll('tspan')];
    const shown = spans.length > 0 ? spans.map((t) => t.textContent ?? '') : [text.textContent ?? ''];
    const baseline = p + ems((spans[0] ?? text).getAttribute('y')) * fontSize;
    const width = Math.max(...shown.map((l) => textWidth(l, fontSize)));
    const left = q - (anchor === 'start' ? 0 : anchor === 'end' ? width : width / 2);
    return {
      text: shown.join(' '),
      left,
      right: left + width,
      top: baseline - 0.8 * fontSize,
      bottom: baseline + (shown.length - 1) * lineHeight + 0.2 * fontSize,
    };
  });
}

function ems(value: string | null): number {
  return value?.endsWith('em') ? Number(value.slice(0, -2)) : 0;
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

/** The text of an element as read: lines (tspans) joined by spaces. */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const spans = [...element.querySelectorAll('tspan')];
  return spans.length > 0 ? spans.map((t) => t.textContent ?? '').join(' ') : (element.textContent ?? '');
}
