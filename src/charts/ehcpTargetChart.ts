// EHCP numbers against target: for each EHCP KPI of a return, bars for the baseline, the target for the
// period and the actual or projected value, the RAG rating written beside the KPI's name. The return page
// and the quarterly report PDF draw the same chart from here.
import type { ChartOptions } from './frame';
import { groupedBarsChart } from './groupedBarsChart';
import { ragWords, type Rag } from './palette';
import { count, percent, pounds, type ChartUnit } from './units';

/** One KPI on the chart. */
export interface EhcpKpi {
  ref: string;
  name: string;
  unit: 'count' | 'percent' | 'money';
  baseline: number | null;
  periodTarget: number | null;
  value: number | null;
  rag?: Rag | null;
}

const units: Record<EhcpKpi['unit'], { unit: ChartUnit; axis: string; title: string }> = {
  count: { unit: count('EHCPs'), axis: 'EHCPs', title: 'EHCPs against target' },
  percent: { unit: percent(2), axis: 'Rate', title: 'EHCP rates against target' },
  money: { unit: pounds, axis: 'Amount', title: 'EHCP costs against target' },
};

/**
 * The KPIs in groups that share a unit, each group one chart (a count and a percentage cannot share an
 * axis): counts first.
 */
export function ehcpKpiGroups(kpis: readonly EhcpKpi[]): EhcpKpi[][] {
  const shown = kpis.filter((k) => k.baseline !== null || k.periodTarget !== null || k.value !== null);
  return (['count', 'percent', 'money'] as const)
    .map((unit) => shown.filter((k) => k.unit === unit))
    .filter((group) => group.length > 0);
}

/** Baseline, period target and value for KPIs of one unit (see ehcpKpiGroups), RAG in words. */
export function ehcpTargetChart(
  kpis: readonly EhcpKpi[],
  options: ChartOptions & { period?: string } = {},
): SVGSVGElement {
  const kind = units[kpis[0]?.unit ?? 'count'];
  const rating = (k: EhcpKpi) => (k.rag ? `, ${ragWords[k.rag]}` : k.rag === null ? ', not rated' : '');
  return groupedBarsChart(
    {
      title: options.period ? `${kind.title}, ${options.period}` : kind.title,
      categories: kpis.map((k) => `KPI ${k.ref}: ${k.name}${rating(k)}`),
      series: [
        { name: 'Baseline', values: kpis.map((k) => k.baseline) },
        { name: 'Target for the period', values: kpis.map((k) => k.periodTarget) },
        { name: 'Actual or projected', values: kpis.map((k) => k.value) },
      ],
      unit: kind.unit,
      valueTitle: kind.axis,
    },
    options,
  );
}
