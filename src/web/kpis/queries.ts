// How the KPI pages talk to the server (docs/api.md, "KPIs"). Figures that come back are in the KPI's unit,
// money in pence; `display` holds them as the return prints them. Money sent is pounds.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { DashboardKpiView, KpiDashboardView } from '../../services/kpi/dashboard';
import type { KpiPeriodInput, KpiPeriodView, KpiValueInput } from '../../services/kpi/values';
import { councilPath, queryString, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type KpiDashboard = Wire<KpiDashboardView>;
export type DashboardKpi = Wire<DashboardKpiView>;
export type KpiUnit = DashboardKpi['unit'];

const base = (code: string) => `${councilPath(code)}/kpis`;

/** The KPI dashboard for a period (default: the council's latest). */
export const kpiDashboardQuery = (code: string, period?: string) =>
  queryOptions({
    queryKey: councilKey(code, 'kpis', 'dashboard', period ?? ''),
    queryFn: () => request<KpiDashboard>('GET', `${base(code)}/dashboard${queryString({ period })}`),
  });

/** Records a KPI's value and comment for a period. */
export function useRecordKpiValue(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: (input: { year: string; ref: string; period: string; change: KpiValueInput }) =>
      request<unknown>(
        'PUT',
        `${base(code)}/${encodeURIComponent(input.year)}/${encodeURIComponent(input.ref)}/values/${encodeURIComponent(input.period)}`,
        { body: input.change },
      ),
    onSuccess: () => refresh(),
  });
}

/** Starts or changes a reporting period: its data date and the plan version computed values come from. */
export function useSetKpiPeriod(code: string) {
  const refresh = useRefreshCouncil(code);
  return useMutation({
    mutationFn: ({ period, settings }: { period: string; settings: KpiPeriodInput }) =>
      request<Wire<KpiPeriodView>>('PUT', `${base(code)}/periods/${encodeURIComponent(period)}`, {
        body: settings,
      }),
    onSuccess: () => refresh(),
  });
}
