// A KPI's small trend: the baseline, then its value in each period (solid line, round markers) against
// the period's target (dashed, square markers), so the gap reads without colour; said in words as well.
import type { KpiUnit } from '../core/kpi';
import type { ChartOptions } from './frame';
import { lineChart } from './lineChart';
import { lineStyle } from './palette';
import { count, percent, pounds, type ChartUnit } from './units';

/** One point of the trend: the baseline or a period. */
export interface KpiTrendPoint {
  /** "baseline 31 March 2021", "May 2021". */
  label: string;
  value: number | null;
  target: number | null;
}

/** What the KPI trend draws. */
export interface KpiTrendData {
  ref: string;
  name: string;
  unit: KpiUnit;
  decimals: number;
  points: readonly KpiTrendPoint[];
}

function unitOf(data: KpiTrendData): { unit: ChartUnit; axis: string } {
  if (data.unit === 'percent') return { unit: percent(data.decimals), axis: 'Value' };
  if (data.unit === 'money') return { unit: pounds, axis: 'Amount' };
  return { unit: count('Number', data.decimals), axis: 'Number' };
}

/** The KPI's values against its targets, oldest first. */
export function kpiTrendChart(data: KpiTrendData, options: ChartOptions = {}): SVGSVGElement {
  const { unit, axis } = unitOf(data);
  const pick = (get: (p: KpiTrendPoint) => number | null) =>
    data.points.flatMap((p) => {
      const value = get(p);
      return value === null ? [] : [{ x: p.label, value }];
    });
  const words = data.points
    .map((p) => {
      const value = p.value === null ? 'no value' : unit.format(p.value);
      return `${p.label}: ${value}${p.target === null ? '' : ` against a target of ${unit.format(p.target)}`}`;
    })
    .join('; ');
  return lineChart(
    {
      title: `Trend of KPI ${data.ref}, ${data.name}`,
      description: `${words}.`,
      series: [
        { name: 'Value', points: pick((p) => p.value), style: lineStyle(0) },
        { name: 'Target', points: pick((p) => p.target), style: lineStyle(1) },
      ].filter((s) => s.points.length > 0),
      categories: data.points.map((p) => p.label),
      unit,
      xTitle: 'Period',
      yTitle: axis,
      zero: false,
      plotHeight: 120,
      kind: 'kpi-trend',
    },
    options,
  );
}
