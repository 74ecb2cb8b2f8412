// A waterfall from one total to the next through the changes between them, as a recovery plan tells it:
// unmitigated cost, less savings, is the mitigated cost; less funding, it leaves the deficit. Totals
// stand on zero; each change floats from where the last bar ended; every bar has its amount printed,
// changes signed, so it reads without colour.
import * as Plot from '@observablehq/plot';
import { columnsFrame } from './columns';
import { drawChart, type ChartOptions } from './frame';
import type { LegendEntry } from './legend';
import { categoryColours, ink } from './palette';
import { millionsOfPounds, type ChartUnit } from './units';

/** One bar of the waterfall: a total (from zero) or a change (negative for savings and funding). */
export interface WaterfallStep {
  label: string;
  kind: 'total' | 'change';
  value: number;
}

/** What the waterfall draws. */
export interface WaterfallData {
  title: string;
  steps: readonly WaterfallStep[];
  /** Default: pence drawn in £m. */
  unit?: ChartUnit;
  /** The value axis title, without its unit (default "Amount"). */
  valueTitle?: string;
  /** The category axis title (default "Step"). */
  stepTitle?: string;
}

const fills = { total: categoryColours[0], decrease: categoryColours[1], increase: categoryColours[2] };
const names = { total: 'Total', decrease: 'Decrease', increase: 'Increase' };

/** Where each bar starts and ends: totals from zero, changes from the running amount. */
export function waterfallBars(steps: readonly WaterfallStep[]) {
  let running = 0;
  return steps.map((step) => {
    const from = step.kind === 'total' ? 0 : running;
    const to = step.kind === 'total' ? step.value : running + step.value;
    running = to;
    const role: keyof typeof fills =
      step.kind === 'total' ? 'total' : step.value < 0 ? 'decrease' : 'increase';
    return { ...step, from, to, role };
  });
}

/** The waterfall, totals and signed changes printed on their bars. */
export function waterfallChart(data: WaterfallData, options: ChartOptions = {}): SVGSVGElement {
  const unit = data.unit ?? millionsOfPounds;
  const signed = (value: number) => (value > 0 ? `+${unit.format(value)}` : unit.format(value));
  const bars = waterfallBars(data.steps).map((b) => ({
    ...b,
    y1: unit.toPlot(b.from),
    y2: unit.toPlot(b.to),
    fill: fills[b.role],
    text: b.kind === 'total' ? unit.format(b.value) : signed(b.value),
    top: unit.toPlot(Math.max(b.from, b.to)),
  }));
  const frame = columnsFrame({
    width: options.width ?? 640,
    plotHeight: 260,
    categories: bars.map((b) => b.label),
    xType: 'band',
    xTitle: data.stepTitle ?? 'Step',
    crowded: 'turn',
    valueLabels: bars.map((b) => b.text),
    values: bars.flatMap((b) => [b.y1, b.y2]),
    unit,
    yTitle: data.valueTitle ?? 'Amount',
  });
  // A thin line carries each bar's end across to the next bar's start.
  const connectors = bars.slice(1).map((b, i) => ({ from: bars[i]!.label, to: b.label, y: bars[i]!.y2 }));
  const roles = (['total', 'decrease', 'increase'] as const).filter((r) => bars.some((b) => b.role === r));
  const legend: LegendEntry[] = roles.map((r) => ({
    kind: 'swatch',
    label: names[r],
    fill: fills[r],
    stroke: ink,
  }));
  const description = bars
    .map((b) => `${b.label}: ${b.text}${b.kind === 'change' ? `, leaving ${unit.format(b.to)}` : ''}`)
    .join('; ');
  return drawChart(
    {
      title: data.title,
      description: `${description}.`,
      kind: 'waterfall',
      legend,
      height: frame.height,
      plot: {
        ...frame.plot,
        marks: [
          ...frame.axes,
          Plot.link(connectors, {
            x1: 'from',
            x2: 'to',
            y1: 'y',
            y2: 'y',
            stroke: ink,
            strokeDasharray: '3 3',
          }),
          Plot.barY(bars, { x: 'label', y1: 'y1', y2: 'y2', fill: 'fill', stroke: ink, strokeWidth: 0.75 }),
          Plot.text(bars, { x: 'label', y: 'top', text: 'text', ...frame.valueText }),
        ],
      },
    },
    options,
  );
}
