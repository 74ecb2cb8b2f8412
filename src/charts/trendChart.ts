// A measure over the years for a council and its comparators (benchmarking): the council's line thick
// and first in the legend, each comparator with its own dash and marker.
import type { ChartOptions } from './frame';
import { lineChart } from './lineChart';
import type { ChartUnit } from './units';

/** One area's line. */
export interface TrendLine {
  name: string;
  /** The council the page is about: drawn thick. */
  highlight: boolean;
  points: ReadonlyArray<{ year: number; value: number }>;
}

/** What the trend chart draws. */
export interface TrendChartData {
  title: string;
  /** The measure, for the value axis: "EHCPs per 1,000 of the 2-18 population". */
  measure: string;
  unit: ChartUnit;
  lines: readonly TrendLine[];
}

/** The measure by year, one line per area, the council's highlighted. */
export function trendChart(data: TrendChartData, options: ChartOptions = {}): SVGSVGElement {
  // The council first, so that it takes the first (solid, darkest) style and heads the legend.
  const lines = [...data.lines].sort((a, b) => Number(b.highlight) - Number(a.highlight));
  return lineChart(
    {
      title: data.title,
      series: lines.map((l) => ({
        name: l.name,
        highlight: l.highlight,
        points: l.points.map((p) => ({ x: String(p.year), value: p.value })),
      })),
      unit: data.unit,
      xTitle: 'January census',
      yTitle: data.measure,
      kind: 'trend',
    },
    options,
  );
}
