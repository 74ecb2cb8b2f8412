// How the reform plan pages talk to the server (docs/api.md, "Reform plan"). Money that comes back is pence.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { MitigationInput } from '../../services/reformPlan/planMitigations';
import type {
  ReformPushConfirmInput,
  ReformPushInput,
  ReformPushPreviewView,
} from '../../services/reformPlan/planPush';
import type { StartPlanRunInput } from '../../services/reformPlan/planRuns';
import type { ReformPlanRunView } from '../../services/reformPlan/planRunView';
import type {
  NewReformPlanInput,
  ReformPlanChanges,
  ReformPlanSummaryView,
  ReformPlanView,
} from '../../services/reformPlan/plans';
import { councilPath, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type PlanSummary = Wire<ReformPlanSummaryView>;
export type Plan = Wire<ReformPlanView>;
export type Mitigation = Plan['mitigations'][number];
export type PlanRun = Wire<ReformPlanRunView>;
export type RunResult = NonNullable<PlanRun['result']>;
export type PushPreview = Wire<ReformPushPreviewView>;

const base = (code: string) => `${councilPath(code)}/reform-plans`;
const unfinished = (run: PlanRun | null) => run?.status === 'queued' || run?.status === 'running';

export const plansQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'reform-plans'),
    queryFn: () => request<{ plans: PlanSummary[] }>('GET', base(code)),
    select: (data) => data.plans,
  });

/** One plan with its mitigations and latest runs; asked again every second while a run goes on. */
export const planQuery = (code: string, id: number) =>
  queryOptions({
    queryKey: councilKey(code, 'reform-plans', id),
    queryFn: () => request<Plan>('GET', `${base(code)}/${id}`),
    refetchInterval: (query) => {
      const runs = query.state.data?.runs;
      return runs && (unfinished(runs.plan) || unfinished(runs.whatIf)) ? 1000 : false;
    },
  });

/** A change to the council's reform plans; each refreshes the council's data when it succeeds. */
function usePlanChange<TInput, TResult>(code: string, change: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshCouncil(code);
  return useMutation({ mutationFn: change, onSuccess: () => refresh() });
}

export const useCreatePlan = (code: string) =>
  usePlanChange(code, (input: NewReformPlanInput) => request<Plan>('POST', base(code), { body: input }));

export const useUpdatePlan = (code: string, id: number) =>
  usePlanChange(code, (input: ReformPlanChanges) =>
    request<Plan>('PATCH', `${base(code)}/${id}`, { body: input }),
  );

/** Adds a mitigation (no `id`) or changes the one named. */
export const useSaveMitigation = (code: string, id: number) =>
  usePlanChange(code, ({ key, mitigation }: { key?: string; mitigation: MitigationInput }) =>
    key === undefined
      ? request<Plan>('POST', `${base(code)}/${id}/mitigations`, { body: mitigation })
      : request<Plan>('PUT', `${base(code)}/${id}/mitigations/${encodeURIComponent(key)}`, {
          body: mitigation,
        }),
  );

export const useRemoveMitigation = (code: string, id: number) =>
  usePlanChange(code, (key: string) =>
    request<Plan>('DELETE', `${base(code)}/${id}/mitigations/${encodeURIComponent(key)}`),
  );

export const useReorderMitigations = (code: string, id: number) =>
  usePlanChange(code, (order: string[]) =>
    request<Plan>('PUT', `${base(code)}/${id}/mitigations/order`, { body: { order } }),
  );

export const useRunPlan = (code: string, id: number) =>
  usePlanChange(code, (input: StartPlanRunInput) =>
    request<{ run: PlanRun }>('POST', `${base(code)}/${id}/runs`, { body: input }),
  );

export const usePushPreview = (code: string, id: number) =>
  useMutation({
    mutationFn: (input: ReformPushInput) =>
      request<PushPreview>('POST', `${base(code)}/${id}/push/preview`, { body: input }),
  });

export const usePush = (code: string, id: number) =>
  usePlanChange(code, (input: ReformPushConfirmInput) =>
    request<PushPreview>('POST', `${base(code)}/${id}/push`, { body: input }),
  );
