// The KPI part of the API (docs/api.md, "KPIs"). Figures that come back are in the KPI's unit, money in
// pence; `display` holds them as the return prints them. Money sent is pounds.
import { councilPath, request } from '../app/api.ts';

export type KpiUnit = 'count' | 'percent' | 'money';
export type KpiRag = 'G' | 'A' | 'R';

export interface KpiHistoryPoint {
  period: string;
  periodTarget: number | null;
  value: number | null;
  rag: KpiRag | null;
  display: { periodTarget: string; value: string };
}

export interface DashboardKpi {
  ref: string;
  name: string;
  category: string;
  unit: KpiUnit;
  direction: 'lower' | 'higher' | 'closeToTarget';
  decimals: number;
  baseline: number | null;
  baselineDate: string;
  annualTarget: number | null;
  periodTarget: number | null;
  value: number | null;
  rag: KpiRag | null;
  ruleRag: KpiRag | null;
  publishedRag?: KpiRag | null;
  overridden: boolean;
  overrideReason?: string;
  comment?: string;
  targetHow: string;
  valueSource: 'entered' | 'computed' | 'recorded';
  valueHow: string;
  computed: boolean;
  display: { baseline: string; annualTarget: string; periodTarget: string; value: string };
  history: KpiHistoryPoint[];
  mayRecord: boolean;
}

export interface KpiYear {
  financialYear: string;
  periods: { period: string; dataDate: string | null }[];
}

export interface KpiCheckFailure {
  check: string;
  where: string;
  message: string;
}

interface DashboardBase {
  council: string;
  financialYears: KpiYear[];
  mayDefine: boolean;
}

export type KpiDashboard =
  | (DashboardBase & { period: null })
  | (DashboardBase & {
      period: string;
      financialYear: string;
      dataDate: string;
      monthsElapsed: number;
      targetVersion: string | null;
      valueVersion: string | null;
      categories: string[];
      ragCounts: { G: number; A: number; R: number; none: number };
      kpis: DashboardKpi[];
      problems: string[];
      checks: KpiCheckFailure[];
    });

/** The KPI dashboard for a period (default: the council's latest). */
export function getKpiDashboard(code: string, period?: string): Promise<KpiDashboard> {
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  return request('GET', `${councilPath(code)}/kpis/dashboard${query}`);
}

export interface KpiValueChange {
  /** In the KPI's unit, pounds for money; left out to keep the recorded figure (a computed KPI). */
  value?: number | null;
  comment: string;
}

/** Records a KPI's value and comment for a period. */
export function recordKpiValue(
  code: string,
  year: string,
  ref: string,
  period: string,
  change: KpiValueChange,
): Promise<unknown> {
  const path = `${councilPath(code)}/kpis/${encodeURIComponent(year)}/${encodeURIComponent(ref)}/values/${encodeURIComponent(period)}`;
  return request('PUT', path, { body: change });
}

/** Starts or changes a reporting period: its data date and the plan version computed values come from. */
export function setKpiPeriod(
  code: string,
  period: string,
  settings: { dataDate?: string; valueVersion?: string | null },
): Promise<{ period: string; dataDate: string | null; valueVersion: string | null }> {
  return request('PUT', `${councilPath(code)}/kpis/periods/${encodeURIComponent(period)}`, {
    body: settings,
  });
}
