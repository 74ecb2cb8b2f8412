// Tick choices made from the space a chart has, so that tick labels never overlap: a value axis gets as
// many round ticks (d3's, as Plot's own) as its labels have room for; a category axis wraps long names
// and, when even wrapped names do not fit, labels every second (third...) category.
import { nice, tickIncrement, ticks } from 'd3-array';
import type { ChartUnit } from './units';
import { lineHeight, textWidth, widestText, wrapText } from './text';

/** The scale of a value axis: its domain, the ticks drawn and their labels. */
export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
  labels: string[];
  /** The widest label, in pixels. */
  labelWidth: number;
  format: (plotted: number) => string;
}

/** Room between two tick labels side by side, in pixels. */
const gap = 12;

/**
 * Round ticks over the plotted `values` for an axis `length` pixels long. Vertical axes get a tick about
 * every 40px; horizontal ones as many as fit with `gap` between the widest labels. `zero` keeps 0 in.
 */
export function valueAxis(
  values: readonly number[],
  length: number,
  unit: ChartUnit,
  { zero = true, horizontal = false }: { zero?: boolean; horizontal?: boolean } = {},
): ValueAxis {
  const finite = values.filter(Number.isFinite);
  let low = Math.min(...finite, ...(zero || finite.length === 0 ? [0] : []));
  let high = Math.max(...finite, ...(zero || finite.length === 0 ? [0] : []));
  if (low === high) [low, high] = low === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high)];
  for (let count = Math.max(2, Math.floor(length / (horizontal ? 60 : 40))); ; count -= 1) {
    const [from, to] = nice(low, high, count);
    const step = tickIncrement(from, to, count);
    const size = step > 0 ? step : -1 / step;
    const all = ticks(from, to, count);
    const format = (t: number) => unit.tick(t, size);
    const pixels = (size / (to - from)) * length;
    const needed = horizontal ? widestText(all.map(format)) + gap : lineHeight + 4;
    if (pixels < needed && count > 2) continue;
    // d3 gives no fewer than two steps; past that, every k-th tick is labelled (0 among them).
    const every = Math.max(1, Math.ceil(needed / pixels));
    const shown = all.filter((t) => Math.round(t / size) % every === 0);
    const labels = shown.map(format);
    return { domain: [from, to], ticks: shown, labels, labelWidth: widestText(labels), format };
  }
}

/** How the names of a category axis are drawn. */
export interface CategoryAxis {
  /** The categories labelled (all of them, or every k-th when names do not fit). */
  ticks: string[];
  /** The label of a category, with line breaks where it wraps. */
  format: (category: string) => string;
  /** Degrees the labels are turned (0, or -45 when every name must show and none fits flat). */
  rotate: number;
  /** Pixels the labels take below the axis. */
  height: number;
  /** Pixels the first label reaches left of its tick (turned labels lean left). */
  reachLeft: number;
}

/**
 * Labels for `categories` spaced `band` pixels apart along a horizontal axis: wrapped to the band (up to
 * `maxLines` lines). When that cannot fit, either only every k-th category is labelled, the last one
 * always (`thin`: years, where the rest can be read off), or every label is turned 45 degrees (`turn`:
 * steps of a waterfall, each of which must be named).
 */
export function categoryAxis(
  categories: readonly string[],
  band: number,
  crowded: 'thin' | 'turn' = 'thin',
  maxLines = 3,
): CategoryAxis {
  const room = band - gap;
  const wrapped = new Map(categories.map((c) => [c, wrapText(c, room)]));
  const all = [...wrapped.values()];
  if (all.every((lines) => lines.length <= maxLines && widestText(lines) <= room)) {
    const lines = Math.max(1, ...all.map((l) => l.length));
    return {
      ...flat(categories, wrapped),
      height: linesHeight(lines),
      reachLeft: widestText(all[0] ?? []) / 2,
    };
  }
  const widest = widestText(categories);
  if (crowded === 'turn') {
    const slope = Math.SQRT1_2;
    return {
      ticks: [...categories],
      format: (c) => c,
      rotate: -45,
      height: widest * slope + lineHeight * slope + 4,
      reachLeft: textWidth(categories[0] ?? '') * slope + 6,
    };
  }
  // Thinned labels stay on one line: a label fits when k bands hold its width.
  const every = Math.max(2, Math.ceil((widest + gap) / Math.max(1, band)));
  const last = categories.length - 1;
  const shown = categories.filter((_, i) => (last - i) % every === 0);
  return {
    ...flat(shown, new Map(shown.map((c) => [c, [c]]))),
    height: lineHeight,
    reachLeft: textWidth(shown[0] ?? '') / 2,
  };
}

function flat(shown: readonly string[], wrapped: Map<string, string[]>) {
  return { ticks: [...shown], format: (c: string) => (wrapped.get(c) ?? [c]).join('\n'), rotate: 0 };
}

/**
 * Names for the categories of a vertical axis (bars side by side): wrapped to at most `maxWidth` pixels.
 * Returns the label of each category and the width and line count the margin must hold.
 */
export function rowLabels(
  categories: readonly string[],
  maxWidth: number,
): { format: (category: string) => string; width: number; lines: number } {
  const wrapped = new Map(categories.map((c) => [c, wrapText(c, maxWidth)]));
  const lines = [...wrapped.values()];
  return {
    format: (c) => (wrapped.get(c) ?? [c]).join('\n'),
    // A single word wider than maxWidth keeps its width: the margin grows rather than cut it.
    width: Math.max(0, ...lines.map((l) => widestText(l))),
    lines: Math.max(1, ...lines.map((l) => l.length)),
  };
}

/** Pixels a label of `lines` lines takes up vertically. */
export function linesHeight(lines: number): number {
  return lines * lineHeight;
}
