// Bars by category, one bar per series within each category (this year against last, baseline against
// target against actual): categories down the left, each bar's value printed at its end, "none" where a
// series has no value. Series differ in lightness as well as colour, so they read in greyscale.
import * as Plot from '@observablehq/plot';
import { drawChart, type ChartOptions } from './frame';
import type { LegendEntry } from './legend';
import { categoryColour, ink } from './palette';
import { rowsFrame } from './rows';
import type { ChartUnit } from './units';

/** One series of bars: a value per category, in the categories' order; null draws no bar ("none"). */
export interface BarSeries {
  name: string;
  values: ReadonlyArray<number | null>;
  /** The bars' fill (default: the palette's next category colour) and outline dash, if any. */
  fill?: string;
  dash?: string;
}

/** What the grouped bar chart draws. */
export interface GroupedBarsData {
  title: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  unit: ChartUnit;
  /** The value axis title, without its unit: "Average annual cost". */
  valueTitle: string;
}

interface Bar {
  category: string;
  series: string;
  value: number | null;
  plotted: number;
  label: string;
  fill: string;
  dash: string | undefined;
}

const barHeight = 18;

/** Horizontal bars grouped by category, values printed, a legend when there is more than one series. */
export function groupedBarsChart(data: GroupedBarsData, options: ChartOptions = {}): SVGSVGElement {
  const { unit } = data;
  const bars: Bar[] = data.categories.flatMap((category, c) =>
    data.series.map((s, i) => {
      const value = s.values[c] ?? null;
      return {
        category,
        series: s.name,
        value,
        plotted: value === null ? 0 : unit.toPlot(value),
        label: value === null ? 'none' : unit.format(value),
        fill: s.fill ?? categoryColour(i),
        dash: s.dash,
      };
    }),
  );
  const held = bars.filter((b) => b.value !== null);
  const frame = rowsFrame({
    width: options.width ?? 640,
    categories: data.categories,
    values: held.map((b) => b.plotted),
    valueLabels: bars.map((b) => b.label),
    unit,
    valueTitle: data.valueTitle,
    rowHeight: data.series.length * (barHeight + 3) + 10,
  });
  const place = { x: 'plotted', y: 'series', fy: 'category' } as const;
  const label = { ...place, text: 'label', fill: ink } as const;
  const legend: LegendEntry[] = data.series.map((s, i) => ({
    kind: 'swatch',
    label: s.name,
    fill: s.fill ?? categoryColour(i),
    stroke: ink,
    dash: s.dash,
  }));
  const description = data.categories
    .map(
      (c) =>
        `${c}: ${bars
          .filter((b) => b.category === c)
          .map((b) => `${b.series} ${b.label}`)
          .join(', ')}.`,
    )
    .join(' ');
  return drawChart(
    {
      title: data.title,
      description,
      kind: 'grouped-bars',
      legend,
      height: frame.height,
      plot: {
        ...frame.plot,
        y: { domain: data.series.map((s) => s.name), axis: null, paddingInner: 0.15, paddingOuter: 0.3 },
        fy: { domain: [...data.categories], padding: 0.08 },
        marks: [
          ...frame.axes,
          Plot.axisFy({
            tickFormat: frame.labels.format,
            anchor: 'left',
            label: null,
            tickSize: 0,
            lineHeight: 1.25,
          }),
          ...data.series.map((s) =>
            Plot.barX(
              held.filter((b) => b.series === s.name),
              {
                ...place,
                x1: 0,
                x2: 'plotted',
                fill: 'fill',
                stroke: ink,
                strokeWidth: s.dash ? 1.5 : 0.75,
                strokeDasharray: s.dash,
              },
            ),
          ),
          Plot.text(
            held.filter((b) => b.plotted >= 0),
            { ...label, dx: 5, textAnchor: 'start' },
          ),
          Plot.text(
            held.filter((b) => b.plotted < 0),
            { ...label, dx: -5, textAnchor: 'end' },
          ),
          Plot.text(
            bars.filter((b) => b.value === null),
            { ...label, x: 0, dx: 5, textAnchor: 'start' },
          ),
        ],
      },
    },
    options,
  );
}
