// Councils ranked on one measure as bars across, highest first. The council stands out by a dark bar, a
// bold label and (when there are too many councils to name) an arrow naming it, so it reads without
// colour; England and the region are dashed reference lines named in the legend with their values.
import * as Plot from '@observablehq/plot';
import { drawChart, type ChartOptions } from './frame';
import type { LegendEntry } from './legend';
import { halo, ink, lineStyle, muted } from './palette';
import { rowsFrame } from './rows';
import type { ChartUnit } from './units';

/** One council's bar. */
export interface RankedBar {
  code: string;
  name: string;
  value: number;
  highlight: boolean;
}

/** What the ranked bars draw. */
export interface RankedBarsData {
  title: string;
  /** The measure, for the value axis: "Growth in EHCPs". */
  measure: string;
  unit: ChartUnit;
  /** In rank order, highest first. */
  bars: readonly RankedBar[];
  references: ReadonlyArray<{ name: string; value: number }>;
}

/** With more councils than this only the council is named; the others are the shape of the spread. */
const namedUpTo = 30;

/** Councils ranked as bars, the council highlighted, reference lines for England and the region. */
export function rankedBarsChart(data: RankedBarsData, options: ChartOptions = {}): SVGSVGElement {
  const { unit } = data;
  const named = data.bars.length <= namedUpTo;
  const bars = data.bars.map((b, i) => ({
    ...b,
    rank: i + 1,
    plotted: unit.toPlot(b.value),
    label: `${i + 1}. ${b.name}`,
    text: unit.format(b.value),
  }));
  const own = bars.find((b) => b.highlight);
  const note = own ? `← ${own.rank} of ${bars.length}` : '';
  const frame = rowsFrame({
    width: options.width ?? 640,
    categories: named ? bars.map((b) => b.label) : [],
    values: [...bars.map((b) => b.plotted), ...data.references.map((r) => unit.toPlot(r.value))],
    valueLabels: named ? bars.map((b) => b.text) : [note],
    unit,
    valueTitle: data.measure,
    rowHeight: 22,
  });
  const row = named ? frame.row : 5;
  const marginBottom = frame.plot.marginBottom ?? 0;
  const place = {
    x1: 0,
    x2: 'plotted',
    y: 'code',
    title: (b: (typeof bars)[number]) => `${b.label}: ${b.text}`,
  } as const;
  const references = data.references.map((r, i) => ({
    ...r,
    plotted: unit.toPlot(r.value),
    style: lineStyle(i + 1),
  }));
  const legend: LegendEntry[] = [
    ...(own
      ? [
          {
            kind: 'swatch' as const,
            label: `${own.name}: ${own.text}`,
            fill: lineStyle(0).stroke,
            stroke: ink,
          },
        ]
      : []),
    { kind: 'swatch', label: 'Other councils', fill: muted },
    ...references.map((r) => ({
      kind: 'rule' as const,
      label: `${r.name}: ${unit.format(r.value)}`,
      stroke: r.style.stroke,
      dash: r.style.dash ?? '6 4',
    })),
  ];
  const ownOnly = bars.filter((b) => b.highlight);
  const others = bars.filter((b) => !b.highlight);
  const description =
    `${bars.length} councils ranked highest first. ${own ? `${own.name} is ${own.rank} of ${bars.length} at ${own.text}.` : ''} ${data.references.map((r) => `${r.name}: ${unit.format(r.value)}.`).join(' ')}`.trim();
  const labels = (shown: typeof bars, className: string, bold: boolean) =>
    Plot.text(shown, {
      y: 'code',
      text: (b: (typeof bars)[number]) => frame.labels.format(b.label),
      frameAnchor: 'left',
      textAnchor: 'end',
      dx: -8,
      lineHeight: 1.25,
      fontWeight: bold ? 'bold' : 'normal',
      className,
    });
  const values = (shown: typeof bars) =>
    Plot.text(shown, {
      x: (b: (typeof bars)[number]) => Math.max(0, b.plotted),
      y: 'code',
      text: 'text',
      dx: 5,
      textAnchor: 'start',
      fill: ink,
      ...halo,
    });
  return drawChart(
    {
      title: data.title,
      description,
      kind: 'ranked-bars',
      legend,
      height: bars.length * row + marginBottom + 8,
      plot: {
        ...frame.plot,
        y: { domain: bars.map((b) => b.code), axis: null, padding: named ? 0.2 : 0.1 },
        marks: [
          ...frame.axes,
          Plot.barX(others, { ...place, fill: muted }),
          Plot.barX(ownOnly, { ...place, fill: lineStyle(0).stroke, stroke: ink, className: 'ranked-own' }),
          ...references.map((r) =>
            Plot.ruleX([r.plotted], {
              stroke: r.style.stroke,
              strokeWidth: 2,
              strokeDasharray: r.style.dash ?? '6 4',
            }),
          ),
          ...(named
            ? [labels(others, 'ranked-label', false), labels(ownOnly, 'ranked-own-label', true), values(bars)]
            : [
                Plot.text(ownOnly, {
                  x: (b: (typeof bars)[number]) => Math.max(0, b.plotted),
                  y: 'code',
                  text: () => note,
                  dx: 8,
                  textAnchor: 'start',
                  fontWeight: 'bold',
                  className: 'ranked-own-label',
                }),
              ]),
        ],
      },
    },
    options,
  );
}
