// The legend, drawn inside the chart's SVG (so that it travels with it into a PDF), one row after
// another: a line with its marker, a filled swatch, a band, or a dashed reference line, then the name.
import {
  symbol,
  symbolCircle,
  symbolDiamond2,
  symbolPlus,
  symbolSquare,
  symbolStar,
  symbolTriangle2,
} from 'd3-shape';
import { ink, type LineStyle } from './palette';
import { lineHeight, widestText, wrapText } from './text';

/** One entry of a legend. */
export type LegendEntry =
  | { kind: 'line'; label: string; style: LineStyle; width?: number }
  | { kind: 'swatch'; label: string; fill: string; stroke?: string; dash?: string }
  | { kind: 'rule'; label: string; stroke: string; dash?: string };

const keyWidth = 28;
const entryGap = 18;
const rowGap = 5;

/** A legend laid out: each entry at (x, y) with its label's lines, and the height of the whole. */
export interface LegendLayout {
  items: { entry: LegendEntry; x: number; y: number; lines: string[] }[];
  height: number;
}

/**
 * Entries placed left to right in rows no wider than `width`; a label too long for a row of its own is
 * wrapped onto more lines.
 */
export function layoutLegend(entries: readonly LegendEntry[], width: number): LegendLayout {
  const items: LegendLayout['items'] = [];
  const room = width - keyWidth - 6;
  let [x, y, rowLines] = [0, 0, 0];
  for (const entry of entries) {
    const lines = wrapText(entry.label, room);
    const size = keyWidth + 6 + widestText(lines);
    if (x > 0 && x + size > width) {
      y += rowLines * lineHeight + rowGap;
      [x, rowLines] = [0, 0];
    }
    items.push({ entry, x, y, lines });
    rowLines = Math.max(rowLines, lines.length);
    x += size + entryGap;
  }
  return { items, height: items.length === 0 ? 0 : y + rowLines * lineHeight + rowGap };
}

const symbols = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond2: symbolDiamond2,
  triangle2: symbolTriangle2,
  star: symbolStar,
  plus: symbolPlus,
} as const;

/** The SVG path of a Plot marker of radius `r`, centred on 0,0 (Plot sizes its symbols as pi r squared). */
export function markerPath(name: LineStyle['symbol'], r: number): string {
  return symbol(symbols[name], Math.PI * r * r)() ?? '';
}

/** Draws the legend into a new <g> at (left, top) of `document`. */
export function drawLegend(document: Document, legend: LegendLayout, left: number, top: number): SVGGElement {
  const g = svgElement(document, 'g', {
    class: 'hn-chart-legend',
    transform: `translate(${left},${top})`,
    'text-anchor': 'start',
  });
  for (const { entry, x, y, lines } of legend.items) {
    const item = svgElement(document, 'g', {
      transform: `translate(${Math.round(x)},${y + lineHeight / 2})`,
    });
    for (const key of keyOf(document, entry)) item.append(key);
    const text = svgElement(document, 'text', { x: keyWidth + 6, y: 0, fill: ink });
    lines.forEach((line, i) => {
      const span = svgElement(document, 'tspan', { x: keyWidth + 6, dy: i === 0 ? '0.32em' : lineHeight });
      span.textContent = line;
      text.append(span);
    });
    item.append(text);
    g.append(item);
  }
  return g;
}

function keyOf(document: Document, entry: LegendEntry): SVGElement[] {
  if (entry.kind === 'swatch') {
    const attributes: Record<string, string | number> = {
      x: 4,
      y: -7,
      width: 20,
      height: 14,
      fill: entry.fill,
    };
    if (entry.stroke) Object.assign(attributes, { stroke: entry.stroke, 'stroke-width': 1.5 });
    if (entry.dash) attributes['stroke-dasharray'] = entry.dash;
    return [svgElement(document, 'rect', attributes)];
  }
  const stroke = entry.kind === 'line' ? entry.style.stroke : entry.stroke;
  const dash = entry.kind === 'line' ? entry.style.dash : entry.dash;
  const line = svgElement(document, 'line', {
    x1: 0,
    x2: keyWidth,
    y1: 0,
    y2: 0,
    stroke,
    'stroke-width': entry.kind === 'line' ? (entry.width ?? 2.5) : 2,
  });
  if (dash) line.setAttribute('stroke-dasharray', dash);
  if (entry.kind !== 'line') return [line];
  const marker = svgElement(document, 'path', {
    d: markerPath(entry.style.symbol, 4.5),
    transform: `translate(${keyWidth / 2},0)`,
    fill: stroke,
    stroke,
  });
  return [line, marker];
}

/** An SVG element with the given attributes. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}
