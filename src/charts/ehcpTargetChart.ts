// EHCP numbers against target: for each EHCP KPI of a return, bars for the baseline, the target for the
// period and the actual or projected value, the RAG rating written beside the KPI's name. The return page
// and the quarterly report PDF draw the same chart from here.
import type { ChartOptions } from './frame';
import { groupedBarsChart } from './groupedBarsChart';
import { decimalsOf, type KpiUnit, type Rag } from '../core/kpi';
import { categoryColours, muted, ragWords } from './palette';
import { count, percent, pounds, type ChartUnit } from './units';

/** One KPI on the chart. */
export interface EhcpKpi {
  ref: string;
  name: string;
  unit: KpiUnit;
  /** Decimals the KPI is written with (default 0, or 2 for a percentage). */
  decimals?: number;
  baseline: number | null;
  periodTarget: number | null;
  value: number | null;
  rag?: Rag | null;
}

/** How a group of KPIs of one unit is drawn and named. */
function kindOf(kpi: EhcpKpi | undefined): { unit: ChartUnit; axis: string; title: string } {
  const decimals = kpi ? decimalsOf(kpi) : 0;
  if (kpi?.unit === 'percent')
    return { unit: percent(decimals), axis: 'Rate', title: 'EHCP rates against target' };
  if (kpi?.unit === 'money') return { unit: pounds, axis: 'Amount', title: 'EHCP costs against target' };
  return { unit: count('EHCPs', decimals), axis: 'EHCPs', title: 'EHCPs against target' };
}

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
export function ehcpTargetChart(kpis: readonly EhcpKpi[], options: ChartOptions = {}): SVGSVGElement {
  const kind = kindOf(kpis[0]);
  const rating = (k: EhcpKpi) => (k.rag ? `, ${ragWords[k.rag]}` : k.rag === null ? ', not rated' : '');
  return groupedBarsChart(
    {
      title: kind.title,
      categories: kpis.map((k) => `KPI ${k.ref}: ${k.name}${rating(k)}`),
      series: [
        // Baseline light grey, target an outline, actual dark: three greys apart in print.
        { name: 'Baseline', values: kpis.map((k) => k.baseline), fill: muted },
        {
          name: 'Target for the period',
          values: kpis.map((k) => k.periodTarget),
          fill: 'white',
          dash: '4 2',
        },
        { name: 'Actual or projected', values: kpis.map((k) => k.value), fill: categoryColours[0] },
      ],
      unit: kind.unit,
      valueTitle: kind.axis,
    },
    options,
  );
}
