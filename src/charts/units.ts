// What a chart's numbers are and how they are written, always through core/money: pence drawn as
// millions or pounds, counts, percentages and rates. A chart plots `toPlot(value)` and writes values
// with `format`; tick labels get as many decimals as the tick step needs, and no more.
import type { MeasureUnit } from '../core/benchmark/measure';
import { formatCount, formatMoney, formatPercent } from '../core/money';

/** A unit of measure for one axis of a chart. */
export interface ChartUnit {
  /** Written after the axis title: "Cumulative deficit (£m)", "EHCPs (number)". */
  readonly axis: string;
  /** The number plotted for a value (pence become millions of pounds, for instance). */
  readonly toPlot: (value: number) => number;
  /** A value as printed on a chart and in its description: "£28.6m", "1,447", "10.8%". */
  readonly format: (value: number) => string;
  /** A tick label for a plotted number, with the decimals the tick step `step` needs. */
  readonly tick: (plotted: number, step: number) => string;
}

/** Decimals a tick step needs: 0 for 5 or 10, 1 for 0.5, 2 for 0.25. */
export function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 6; decimals += 1) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals;
  }
  return 6;
}

/** Pence drawn in millions of pounds: "£28.6m" (values), "£5m", "£2.5m" (ticks). */
export const millionsOfPounds: ChartUnit = {
  axis: '£m',
  toPlot: (pence) => pence / 100_000_000,
  format: (pence) => formatMoney(Math.round(pence), { units: 'm', decimals: 1 }),
  tick: (millions, step) =>
    formatMoney(Math.round(millions * 100_000_000), { units: 'm', decimals: stepDecimals(step) }),
};

/** Pence drawn in pounds: "£196,000". */
export const pounds: ChartUnit = {
  axis: '£',
  toPlot: (pence) => pence / 100,
  format: (pence) => formatMoney(Math.round(pence)),
  tick: (whole) => formatMoney(Math.round(whole * 100)),
};

/** Pounds (not pence) per head of population, as the DfE publishes them: "£412". */
export const poundsPerHead: ChartUnit = {
  axis: '£ per head',
  toPlot: (value) => value,
  format: (value) => formatMoney(Math.round(value * 100)),
  tick: (value, step) => formatMoney(Math.round(value * 100), { decimals: Math.min(2, stepDecimals(step)) }),
};

/** A count of something, named for the axis title: count('EHCPs'). */
export function count(noun: string, decimals = 0): ChartUnit {
  return {
    axis: noun,
    toPlot: (value) => value,
    format: (value) => formatCount(value, decimals),
    tick: (value, step) => formatCount(value, stepDecimals(step)),
  };
}

/** A percentage (10.8 is 10.8%). */
export function percent(decimals = 1): ChartUnit {
  return {
    axis: '%',
    toPlot: (value) => value,
    format: (value) => formatPercent(value, decimals),
    tick: (value, step) => formatPercent(value, stepDecimals(step)),
  };
}

/** A benchmarking measure's unit, written as the DfE's benchmarking tables write it. */
export function measureUnit(unit: MeasureUnit): ChartUnit {
  if (unit === 'percent') return percent(1);
  if (unit === 'perThousand') return count('per 1,000', 1);
  if (unit === 'poundsPerHead') return poundsPerHead;
  return count('number');
}

/**
 * Values written by the caller's own `format` (a page's formatter), for charts whose pages already hold
 * one; `axis` is the unit named in the axis title, when the title does not name it.
 */
export function formattedBy(format: (value: number) => string, axis = ''): ChartUnit {
  return { axis, toPlot: (value) => value, format, tick: (value) => format(value) };
}

/** "Cumulative deficit (£m)": an axis title with its unit, unless the title already names it. */
export function axisTitle(title: string, unit: ChartUnit): string {
  if (unit.axis === '' || title.toLowerCase().includes(unit.axis.toLowerCase())) return title;
  return `${title} (${unit.axis})`;
}
