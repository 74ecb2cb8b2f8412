// How the Safety Valve pages talk to the server (docs/api.md, "Safety Valve"): the agreement, quarterly
// returns, their sign-off, and the report downloads. Amounts that come back are pence; amounts sent are pounds.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type {
  AgreementView as AgreementServiceView,
  PaymentInput,
} from '../../services/safetyValve/agreement';
import type {
  ConditionProgressInput,
  NewReturnInput,
  ReturnContentInput,
  ReturnSummaryView,
} from '../../services/safetyValve/returns';
import type { ReturnView as ReturnServiceView } from '../../services/safetyValve/returnView';
import type { ReopenInput, SignOffInput } from '../../services/safetyValve/signOff';
import { councilPath, queryString, request, type Wire } from '../app/api.ts';
import { councilKey, useRefreshCouncil } from '../app/cache.ts';

export type AgreementView = Wire<AgreementServiceView>;
export type Agreement = AgreementView['agreement'];
export type AgreementPayment = Agreement['payments'][number];
export type DeficitProfile = AgreementView['deficitProfile'];
export type ReturnView = Wire<ReturnServiceView>;
export type ReturnSummary = Wire<ReturnSummaryView>;
export type ReturnStatus = ReturnView['status'];
export type ReturnCondition = ReturnView['conditions'][number];
export type KeyKpi = ReturnView['ehcpChart'][number];
export type ReturnKpiTable = NonNullable<ReturnView['kpis']>;
export type SignOff = NonNullable<ReturnView['return']['s151SignOff']>;
export type AssuranceLevel = NonNullable<ReturnCondition['assurance']>;
export type RiskTrend = NonNullable<ReturnView['risks'][number]['trend']>;
export type SignCapacity = SignOffInput['as'];

const svPath = (code: string) => `${councilPath(code)}/safety-valve`;
const returnPath = (code: string, period: string) => `${svPath(code)}/returns/${encodeURIComponent(period)}`;

/** The agreement, payment totals and deficit profile series; 404 when none is recorded. */
export const agreementQuery = (code: string, projectionVersion?: string) =>
  queryOptions({
    queryKey: councilKey(code, 'safety-valve', 'agreement', projectionVersion ?? ''),
    queryFn: () =>
      request<AgreementView>('GET', `${svPath(code)}/agreement${queryString({ projectionVersion })}`),
  });

export const returnsQuery = (code: string) =>
  queryOptions({
    queryKey: councilKey(code, 'safety-valve', 'returns'),
    queryFn: () => request<{ returns: ReturnSummary[] }>('GET', `${svPath(code)}/returns`),
    select: (data) => data.returns,
  });

export const returnQuery = (code: string, period: string) =>
  queryOptions({
    queryKey: councilKey(code, 'safety-valve', 'return', period),
    queryFn: () => request<ReturnView>('GET', returnPath(code, period)),
  });

/** Where the browser downloads the quarterly report (PDF or Excel). */
export const reportUrl = (code: string, period: string, format: 'pdf' | 'xlsx') =>
  `/api${returnPath(code, period)}/report.${format}`;

/** A change to the council's Safety Valve data; each refreshes the council's data when it is done. */
function useSafetyValveChange<TInput, TResult>(code: string, change: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshCouncil(code);
  return useMutation({ mutationFn: change, onSettled: () => refresh() });
}

/** Records one DfE instalment (money in pounds). */
export const useRecordPayment = (code: string) =>
  useSafetyValveChange(code, (input: { year: string; instalment: string; change: PaymentInput }) =>
    request<AgreementPayment>(
      'PUT',
      `${svPath(code)}/agreement/payments/${encodeURIComponent(input.year)}/${encodeURIComponent(input.instalment)}`,
      { body: input.change },
    ),
  );

export const useCreateReturn = (code: string) =>
  useSafetyValveChange(code, (input: NewReturnInput) =>
    request<ReturnView>('POST', `${svPath(code)}/returns`, { body: input }),
  );

/**
 * Changes to one return. A refusal (it was locked meanwhile, say) also refreshes it, so the page shows the
 * return as it now stands behind the refusal.
 */
export function useReturnChanges(code: string, period: string) {
  const path = returnPath(code, period);
  return {
    update: useSafetyValveChange(code, (change: ReturnContentInput) =>
      request<ReturnView>('PATCH', path, { body: change }),
    ),
    setCondition: useSafetyValveChange(
      code,
      ({ number, change }: { number: string; change: ConditionProgressInput }) =>
        request<ReturnView>('PUT', `${path}/conditions/${encodeURIComponent(number)}`, { body: change }),
    ),
    sign: useSafetyValveChange(code, (input: SignOffInput) =>
      request<ReturnView>('POST', `${path}/sign-off`, { body: input }),
    ),
    reopen: useSafetyValveChange(code, (input: ReopenInput) =>
      request<ReturnView>('POST', `${path}/reopen`, { body: input }),
    ),
  };
}
