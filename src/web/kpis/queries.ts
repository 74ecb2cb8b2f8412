// How the KPI pages talk to the server (docs/api.md, "KPIs"). Figures that come back are in the KPI's unit,
// money in pence; `display` holds them as the return prints them. Money sent is pounds.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { DashboardKpiView, KpiDashboardView } from '../../services/kpi/dashboard';
import type { KpiPeriodInput, KpiPeriodView, KpiValueInput, KpiValueView } from '../../services/kpi/values';
import {
  councilPath,
  isStaleWrite,
  matchingRead,
  queryString,
  rememberRevision,
  request,
  type Wire,
} from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type KpiDashboard = Wire<KpiDashboardView>;
export type DashboardKpi = Wire<DashboardKpiView>;
export type KpiUnit = DashboardKpi['unit'];

const base = (code: string) => `${councilPath(code)}/kpis`;
// Where the revisions read are remembered: a KPI's record for a period, and a period's settings.
const valueKey = (code: string, ref: string, period: string) => `${base(code)}/value/${ref}/${period}`;
const periodKey = (code: string, period: string) => `${base(code)}/periods/${period}`;

/** The dashboard; the revisions of the period's records and settings are remembered for their changes. */
async function loadDashboard(code: string, period?: string) {
  const dashboard = await request<KpiDashboard>('GET', `${base(code)}/dashboard${queryString({ period })}`);
  if (dashboard.period !== null) {
    for (const k of dashboard.kpis) rememberRevision(valueKey(code, k.ref, dashboard.period), k.revision);
    rememberRevision(periodKey(code, dashboard.period), dashboard.periodRevision);
  }
  return dashboard;
}

/** The KPI dashboard for a period (default: the council's latest). */
export const kpiDashboardQuery = (code: string, period?: string) =>
  queryOptions({
    queryKey: councilKey(code, 'kpis', 'dashboard', period ?? ''),
    queryFn: () => loadDashboard(code, period),
  });

/**
 * A change to the council's KPIs; each refreshes the council's data when it succeeds, and when it is
 * refused as made from a stale read (409), so the page shows what is recorded now.
 */
function useKpiChange<TInput, TResult>(code: string, change: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: change,
    onSuccess: () => refresh(),
    onError: (error) => (isStaleWrite(error) ? refresh() : undefined),
  });
}

/** Records a KPI's value and comment for a period, sent with the record's revision as the page read it. */
export const useRecordKpiValue = (code: string) =>
  useKpiChange(code, async (input: { year: string; ref: string; period: string; change: KpiValueInput }) => {
    const key = valueKey(code, input.ref, input.period);
    const saved = await request<Wire<KpiValueView>>(
      'PUT',
      `${base(code)}/${encodeURIComponent(input.year)}/${encodeURIComponent(input.ref)}/values/${encodeURIComponent(input.period)}`,
      { body: input.change, ...matchingRead(key) },
    );
    rememberRevision(key, saved.revision);
    return saved;
  });

/** Starts or changes a reporting period: its data date and the plan version computed values come from. */
export const useSetKpiPeriod = (code: string) =>
  useKpiChange(code, async ({ period, settings }: { period: string; settings: KpiPeriodInput }) => {
    const saved = await request<Wire<KpiPeriodView>>(
      'PUT',
      `${base(code)}/periods/${encodeURIComponent(period)}`,
      { body: settings, ...matchingRead(periodKey(code, period)) },
    );
    rememberRevision(periodKey(code, period), saved.revision);
    return saved;
  });
