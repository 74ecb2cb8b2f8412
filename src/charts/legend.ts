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
import { textWidth } from './text';

/** One entry of a legend. */
export type LegendEntry =
  | { kind: 'line'; label: string; style: LineStyle; width?: number }
  | { kind: 'swatch'; label: string; fill: string; stroke?: string; dash?: string }
  | { kind: 'rule'; label: string; stroke: string; dash?: string };

/** The height of a row of the legend, in pixels. */
export const legendRowHeight = 20;
const keyWidth = 28;
const entryGap = 18;

/** Entries placed in rows no wider than `width`: each with its x offset. */
export function legendRows(
  entries: readonly LegendEntry[],
  width: number,
): { entry: LegendEntry; x: number }[][] {
  const rows: { entry: LegendEntry; x: number }[][] = [];
  let row: { entry: LegendEntry; x: number }[] = [];
  let x = 0;
  for (const entry of entries) {
    const size = keyWidth + 6 + textWidth(entry.label);
    if (row.length > 0 && x + size > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ entry, x });
    x += size + entryGap;
  }
  if (row.length > 0) rows.push(row);
  return rows;
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

/** Draws the legend rows into a new <g> at (left, top) of `document`. */
export function drawLegend(
  document: Document,
  rows: ReturnType<typeof legendRows>,
  left: number,
  top: number,
): SVGGElement {
  const g = svgElement(document, 'g', {
    class: 'hn-chart-legend',
    transform: `translate(${left},${top})`,
    'text-anchor': 'start',
  });
  rows.forEach((row, r) => {
    const y = r * legendRowHeight + legendRowHeight / 2;
    for (const { entry, x } of row) {
      const item = svgElement(document, 'g', { transform: `translate(${Math.round(x)},${y})` });
      for (const key of keyOf(document, entry)) item.append(key);
      const text = svgElement(document, 'text', { x: keyWidth + 6, y: 0, dy: '0.32em', fill: ink });
      text.textContent = entry.label;
      item.append(text);
      g.append(item);
    }
  });
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
