// A forecast as a fan: the known figures as a solid line with markers, then the central forecast as a
// dashed line inside its intervals (80% and 95%, or 50%, 80% and 90% of simulations), lightest widest.
// Every figure is also given in words in the description.
import * as Plot from '@observablehq/plot';
import { columnsFrame } from './columns';
import { drawChart, type ChartOptions } from './frame';
import type { LegendEntry } from './legend';
import { bandColours, ink, lineStyle } from './palette';
import type { ChartUnit } from './units';
import { listWords } from './words';

/** One forecast year: the central figure and its intervals, widest first (as `bands` names them). */
export interface FanYear {
  year: string;
  centre: number;
  /** [low, high] of each interval, in the order of FanChartData.bands. */
  intervals: ReadonlyArray<readonly [number, number]>;
}

/** What the fan chart draws. */
export interface FanChartData {
  /** What is forecast, for the axis and title: "EHCPs", "Annual cost". */
  measure: string;
  unit: ChartUnit;
  /** The x axis title: "January census". */
  axis: string;
  history: ReadonlyArray<{ year: string; value: number }>;
  projection: readonly FanYear[];
  /** The intervals' names, widest first: "95% interval", "80% interval". */
  bands: readonly string[];
  /** The central line's name: "Median", "Forecast". */
  centre: string;
  /** Start the fan from the last known figure (when the forecast does not repeat it). */
  fromLastKnown?: boolean;
  /** Keep 0 on the value axis (default false: the axis covers the figures). */
  zero?: boolean;
  title?: string;
}

/** The fan chart: history, central forecast and interval bands. */
export function fanChart(data: FanChartData, options: ChartOptions = {}): SVGSVGElement {
  const { unit } = data;
  const last = data.history.at(-1);
  const start =
    data.fromLastKnown && last
      ? [
          {
            year: last.year,
            centre: last.value,
            intervals: data.bands.map(() => [last.value, last.value] as const),
          },
        ]
      : [];
  const fan = [...start, ...data.projection];
  const years = [...new Set([...data.history.map((h) => h.year), ...fan.map((p) => p.year)])].sort();
  const history = data.history.map((h) => ({ x: h.year, y: unit.toPlot(h.value) }));
  const centre = fan.map((p) => ({ x: p.year, y: unit.toPlot(p.centre) }));
  const bands = data.bands.map((name, b) => ({
    name,
    fill: bandColours[Math.max(0, bandColours.length - data.bands.length + b)] ?? bandColours[0],
    points: fan.map((p) => ({
      x: p.year,
      low: unit.toPlot(p.intervals[b]?.[0] ?? p.centre),
      high: unit.toPlot(p.intervals[b]?.[1] ?? p.centre),
    })),
  }));
  const frame = columnsFrame({
    width: options.width ?? 640,
    plotHeight: 260,
    categories: years,
    xType: 'point',
    xTitle: data.axis,
    values: [
      ...history.map((h) => h.y),
      ...bands.flatMap((b) => b.points.flatMap((p) => [p.low, p.high])),
      ...centre.map((c) => c.y),
    ],
    unit,
    yTitle: data.measure,
    zero: data.zero ?? false,
  });
  const known = lineStyle(0);
  const forecastLine = { ...lineStyle(0), dash: '8 5' };
  const legend: LegendEntry[] = [
    ...(history.length > 0
      ? [{ kind: 'line' as const, label: 'Known', style: { ...known, stroke: ink } }]
      : []),
    { kind: 'rule', label: data.centre, stroke: forecastLine.stroke, dash: forecastLine.dash },
    ...bands.map((b) => ({ kind: 'swatch' as const, label: b.name, fill: b.fill })),
  ];
  const intervalWords = (p: FanYear) => {
    const widest = p.intervals[0];
    return widest ? ` (${data.bands[0]}: ${unit.format(widest[0])} to ${unit.format(widest[1])})` : '';
  };
  const description = [
    history.length > 0
      ? `Known: ${data.history.map((h) => `${h.year} ${unit.format(h.value)}`).join(', ')}.`
      : '',
    `${data.centre}: ${data.projection.map((p) => `${p.year} ${unit.format(p.centre)}${intervalWords(p)}`).join(', ')}.`,
  ]
    .filter((s) => s !== '')
    .join(' ');
  // "the forecast median", but "the forecast", not "the forecast forecast".
  const centreWords = /^forecast$/i.test(data.centre) ? 'forecast' : `forecast ${data.centre.toLowerCase()}`;
  const title =
    data.title ??
    `${data.measure} by ${data.axis}: ${last ? `known to ${last.year}, then ` : ''}the ${centreWords} with ${listWords(data.bands.map((b) => b.replace(/ interval.*/, '')))} intervals`;
  return drawChart(
    {
      title,
      description,
      kind: 'fan',
      legend,
      height: frame.height,
      plot: {
        ...frame.plot,
        marks: [
          ...bands.map((b) =>
            Plot.areaY(b.points, { x: 'x', y1: 'low', y2: 'high', fill: b.fill, className: 'fan-band' }),
          ),
          ...frame.axes,
          Plot.line(centre, {
            x: 'x',
            y: 'y',
            stroke: forecastLine.stroke,
            strokeWidth: 2.5,
            strokeDasharray: forecastLine.dash,
            className: 'fan-median',
          }),
          Plot.line(history, { x: 'x', y: 'y', stroke: ink, strokeWidth: 2.5, className: 'fan-history' }),
          Plot.dot(history, { x: 'x', y: 'y', fill: ink, r: 4 }),
        ],
      },
    },
    options,
  );
}
