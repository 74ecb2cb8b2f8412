// The quarterly report's charts, drawn by the chart layer exactly as the return page draws them.
import { deficitProfileChart, ehcpKpiGroups, ehcpTargetChart } from '../../charts';
import { renderChartSvg } from '../chartSvg';
import type { QuarterlyReportData } from './reportData';

/** The width the report's charts are drawn at: the A4 text block (the figure scales to fit it). */
const reportWidth = 680;

/** The cumulative deficit against the agreed profile and the agreement's maximum, as SVG. */
export function deficitProfileSvg(data: Pick<QuarterlyReportData, 'deficitProfile' | 'agreement'>): string {
  return renderChartSvg(deficitProfileChart, data.deficitProfile, {
    basis: data.agreement.profileBasis,
    width: reportWidth,
  });
}

/** EHCP numbers against target: one SVG per unit of the KPIs chosen (counts, then rates). */
export function ehcpSvgs(kpis: QuarterlyReportData['ehcpChart']): string[] {
  return ehcpKpiGroups(kpis).map((group) => renderChartSvg(ehcpTargetChart, group, { width: reportWidth }));
}
