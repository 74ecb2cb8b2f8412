// Line series along an ordered axis (years): each series its own colour, dash and marker; hollow markers
// where a point is of another kind (a balance brought forward); values printed at the points when asked,
// placed so that two series at one year never print on top of each other.
import * as Plot from '@observablehq/plot';
import type { LegendEntry } from './legend';
import { halo, type LineStyle } from './palette';

/** One point of a line: x is the category (year), y the plotted value. */
export interface LinePoint {
  x: string;
  y: number;
  /** Drawn as a hollow marker. */
  hollow?: boolean;
  /** The value as printed beside the point (when the chart prints values). */
  label?: string;
}

/** One line of a chart. */
export interface LineSeries {
  name: string;
  style: LineStyle;
  points: readonly LinePoint[];
  /** Line width in pixels (default 2.5). */
  strokeWidth?: number;
  /** A class for the series' marks, for tests and pages to find them. */
  className?: string;
}

/** The marks that draw `series`: a line and its markers each. */
export function lineMarks(series: readonly LineSeries[]): Plot.Markish[] {
  return series.flatMap((s) => {
    const filled = s.points.filter((p) => !p.hollow);
    const hollow = s.points.filter((p) => p.hollow);
    const dot = (points: readonly LinePoint[], fill: string) =>
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        symbol: s.style.symbol,
        r: 4.5,
        fill,
        stroke: s.style.stroke,
        strokeWidth: 2,
      });
    return [
      Plot.line(s.points, {
        x: 'x',
        y: 'y',
        stroke: s.style.stroke,
        strokeWidth: s.strokeWidth ?? 2.5,
        strokeDasharray: s.style.dash,
        className: s.className,
      }),
      dot(filled, s.style.stroke),
      dot(hollow, 'white'),
    ];
  });
}

type Placed = LinePoint & { fill: string };

/**
 * The printed values of `series`: at each year the highest value is printed above its point, the lowest
 * below and any between to the right; a value an earlier series already prints at that year is not
 * printed again.
 */
export function valueLabelMarks(series: readonly LineSeries[]): Plot.Markish[] {
  const above: Placed[] = [];
  const below: Placed[] = [];
  const right: Placed[] = [];
  const printed = new Map<string, Set<string>>();
  for (const s of series) {
    for (const p of s.points) {
      if (p.label === undefined) continue;
      const seen = printed.get(p.x) ?? new Set<string>();
      printed.set(p.x, seen);
      if (seen.has(p.label)) continue;
      seen.add(p.label);
      const others = series.flatMap((o) => (o === s ? [] : o.points.filter((q) => q.x === p.x)));
      const placed = { ...p, fill: s.style.stroke };
      if (others.every((q) => q.y <= p.y)) above.push(placed);
      else if (others.every((q) => q.y >= p.y)) below.push(placed);
      else right.push(placed);
    }
  }
  const text = (points: Placed[], place: { dy?: number; dx?: number; textAnchor?: 'start' }) =>
    Plot.text(points, {
      x: 'x',
      y: 'y',
      text: 'label',
      fill: 'fill',
      fontWeight: 'bold',
      ...halo,
      ...place,
    });
  return [text(above, { dy: -13 }), text(below, { dy: 16 }), text(right, { dx: 10, textAnchor: 'start' })];
}

/** Legend entries for `series`. */
export function lineLegend(series: readonly LineSeries[]): LegendEntry[] {
  return series.map((s) => ({ kind: 'line', label: s.name, style: s.style, width: s.strokeWidth }));
}
