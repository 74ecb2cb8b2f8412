// Values over an ordered axis (years, periods) as lines: each series its own colour, dash and marker,
// a legend when there is more than one, values printed at the points when asked. The deficit, trend,
// accuracy and KPI trend charts are this chart with their own words.
import { columnsFrame } from './columns';
import { drawChart, type ChartOptions } from './frame';
import { lineLegend, lineMarks, valueLabelMarks, type LineSeries } from './lines';
import { lineStyle, type LineStyle } from './palette';
import type { ChartUnit } from './units';

/** One line: its name and its values (raw: pence, counts) by category. */
export interface LineData {
  name: string;
  points: ReadonlyArray<{ x: string; value: number; hollow?: boolean }>;
  /** Drawn thicker, to stand out (the council among its comparators). */
  highlight?: boolean;
  /** The line's style; by default the next of the palette's line styles. */
  style?: LineStyle;
}

/** What the line chart draws. */
export interface LineChartData {
  title: string;
  /** The words for screen readers; by default every value of every series. */
  description?: string;
  series: readonly LineData[];
  unit: ChartUnit;
  /** The x axis title: "Financial year (balance at 31 March)", "January census". */
  xTitle: string;
  /** The value axis title, without its unit. */
  yTitle: string;
  /** The categories in order (by default every x of the series, sorted). */
  categories?: readonly string[];
  /** Print each value at its point. */
  labelValues?: boolean;
  /** Keep 0 on the value axis (default true). */
  zero?: boolean;
  /** Height of the plot area in pixels (default 260). */
  plotHeight?: number;
  /** A class naming the chart's kind (default "lines"). */
  kind?: string;
}

/** The series as described in words: "Name: 2021 1,447, 2022 1,552." each. */
export function describeSeries(series: readonly LineData[], unit: ChartUnit): string {
  return series
    .map((s) => `${s.name}: ${s.points.map((p) => `${p.x} ${unit.format(p.value)}`).join(', ')}.`)
    .join(' ');
}

/** Lines over an ordered axis. */
export function lineChart(data: LineChartData, options: ChartOptions = {}): SVGSVGElement {
  const { unit } = data;
  const categories =
    data.categories ?? [...new Set(data.series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const lines: LineSeries[] = data.series.map((s, i) => ({
    name: s.name,
    style: s.style ?? lineStyle(i),
    strokeWidth: s.highlight ? 4 : undefined,
    points: s.points.map((p) => ({
      x: p.x,
      y: unit.toPlot(p.value),
      hollow: p.hollow ?? false,
      label: data.labelValues ? unit.format(p.value) : undefined,
    })),
  }));
  const frame = columnsFrame({
    width: options.width ?? 640,
    plotHeight: data.plotHeight ?? 260,
    categories,
    xType: 'point',
    xTitle: data.xTitle,
    values: lines.flatMap((l) => l.points.map((p) => p.y)),
    unit,
    yTitle: data.yTitle,
    zero: data.zero ?? true,
  });
  return drawChart(
    {
      title: data.title,
      description: data.description ?? describeSeries(data.series, unit),
      kind: data.kind ?? 'lines',
      legend: lineLegend(lines),
      height: frame.height,
      plot: {
        ...frame.plot,
        marks: [...frame.axes, ...lineMarks(lines), ...(data.labelValues ? valueLabelMarks(lines) : [])],
      },
    },
    options,
  );
}
