// Amounts by category stacked into one bar per year (spend by placement category over the years): the
// stack in the legend's order, each segment's amount printed inside it where it fits, the year's total
// above the bar. Neighbouring segments differ in lightness and are parted by white lines.
import * as Plot from '@observablehq/plot';
import { columnsFrame } from './columns';
import { drawChart, type ChartOptions } from './frame';
import type { LegendEntry } from './legend';
import { categoryColour, textOn } from './palette';
import { fontSize, textWidth } from './text';
import type { ChartUnit } from './units';

/** What the stacked bars draw. */
export interface StackedBarsData {
  title: string;
  /** Along the bottom, in order: "2021-22", "2022-23". */
  years: readonly string[];
  /** The stacked categories, bottom first, each with one value per year (null for none). */
  categories: ReadonlyArray<{ name: string; values: ReadonlyArray<number | null> }>;
  unit: ChartUnit;
  /** The value axis title, without its unit: "Spend". */
  valueTitle: string;
  /** The category axis title (default "Financial year"). */
  yearTitle?: string;
}

/** Stacked bars by category over years, totals above. */
export function stackedBarsChart(data: StackedBarsData, options: ChartOptions = {}): SVGSVGElement {
  const { unit } = data;
  const segments = data.categories.flatMap((c, i) =>
    data.years.flatMap((year, y) => {
      const value = c.values[y] ?? null;
      return value === null
        ? []
        : [{ year, category: c.name, value, plotted: unit.toPlot(value), fill: categoryColour(i) }];
    }),
  );
  const totals = data.years.map((year) => {
    const values = segments.filter((s) => s.year === year);
    const total = values.reduce((sum, s) => sum + s.value, 0);
    const up = values.reduce((sum, s) => sum + Math.max(0, s.plotted), 0);
    const down = values.reduce((sum, s) => sum + Math.min(0, s.plotted), 0);
    return { year, total, up, down, text: unit.format(total) };
  });
  const plotHeight = 260;
  const frame = columnsFrame({
    width: options.width ?? 640,
    plotHeight,
    categories: data.years,
    xType: 'band',
    xTitle: data.yearTitle ?? 'Financial year',
    values: totals.flatMap((t) => [t.up, t.down]),
    unit,
    yTitle: data.valueTitle,
    valueLabels: totals.map((t) => t.text),
  });
  const [low, high] = frame.y.domain;
  const pixelsPer = plotHeight / (high - low);
  const barWidth = frame.band * 0.75;
  // A segment's amount is printed inside it only where the text has room.
  const labelled = new Set(
    segments.filter(
      (s) =>
        Math.abs(s.plotted) * pixelsPer >= fontSize + 4 && textWidth(unit.format(s.value)) + 6 <= barWidth,
    ),
  );
  const stack = {
    x: 'year',
    y: 'plotted',
    z: 'category',
    order: data.categories.map((c) => c.name),
  } as const;
  const legend: LegendEntry[] = data.categories.map((c, i) => ({
    kind: 'swatch',
    label: c.name,
    fill: categoryColour(i),
  }));
  const description = totals
    .map(
      (t) =>
        `${t.year}: ${segments
          .filter((s) => s.year === t.year)
          .map((s) => `${s.category} ${unit.format(s.value)}`)
          .join(', ')}; total ${t.text}.`,
    )
    .join(' ');
  return drawChart(
    {
      title: data.title,
      description,
      kind: 'stacked-bars',
      legend,
      height: frame.height,
      plot: {
        ...frame.plot,
        marks: [
          ...frame.axes,
          Plot.barY(segments, Plot.stackY({ ...stack, fill: 'fill', stroke: 'white', strokeWidth: 1 })),
          Plot.text(
            segments,
            Plot.stackY({
              ...stack,
              text: (s: (typeof segments)[number]) => (labelled.has(s) ? unit.format(s.value) : ''),
              fill: (s: (typeof segments)[number]) => textOn(s.fill),
            }),
          ),
          Plot.text(totals, { x: 'year', y: 'up', text: 'text', ...frame.valueText }),
        ],
      },
    },
    options,
  );
}
