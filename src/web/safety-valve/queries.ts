// How the Safety Valve pages talk to the server (docs/api.md, "Safety Valve"): the agreement, quarterly
// returns, their sign-off, and the report downloads. Amounts that come back are pence; amounts sent are pounds.
import { queryOptions, useMutation } from '@tanstack/react-query';
import type {
  AgreementView as AgreementServiceView,
  PaymentInput,
  RecordedPaymentView,
} from '../../services/safetyValve/agreement';
import type {
  ConditionProgressInput,
  NewReturnInput,
  ReturnContentInput,
  ReturnSummaryView,
} from '../../services/safetyValve/returns';
import type { ReturnView as ReturnServiceView } from '../../services/safetyValve/returnView';
import type { ReopenInput, SignOffInput } from '../../services/safetyValve/signOff';
import {
  councilPath,
  matchingRead,
  queryString,
  rememberRevision,
  request,
  revisionRead,
  type Wire,
} from '../app/api.ts';
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
// Where the revisions read are remembered: the agreement, and each instalment by "year instalment".
const agreementKey = (code: string) => `${svPath(code)}/agreement`;
const paymentKey = (code: string, yearInstalment: string) =>
  `${svPath(code)}/agreement/payments/${yearInstalment}`;

/** Remembers the row versions an agreement view carries, for the next change. */
function rememberAgreement(code: string, view: AgreementView): AgreementView {
  rememberRevision(agreementKey(code), view.revision);
  for (const [key, revision] of Object.entries(view.paymentRevisions))
    rememberRevision(paymentKey(code, key), revision);
  return view;
}

/** Remembers a return view's revision, for the next change, sign-off or reopening. */
function rememberReturn(code: string, view: ReturnView): ReturnView {
  rememberRevision(returnPath(code, view.return.period), view.revision);
  return view;
}

/** The agreement, payment totals and deficit profile series; 404 when none is recorded. */
export const agreementQuery = (code: string, projectionVersion?: string) =>
  queryOptions({
    queryKey: councilKey(code, 'safety-valve', 'agreement', projectionVersion ?? ''),
    queryFn: async () =>
      rememberAgreement(
        code,
        await request<AgreementView>('GET', `${svPath(code)}/agreement${queryString({ projectionVersion })}`),
      ),
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
    queryFn: async () => rememberReturn(code, await request<ReturnView>('GET', returnPath(code, period))),
  });

/** Where the browser downloads the quarterly report (PDF or Excel). */
export const reportUrl = (code: string, period: string, format: 'pdf' | 'xlsx') =>
  `/api${returnPath(code, period)}/report.${format}`;

/** A change to the council's Safety Valve data; each refreshes the council's data when it is done. */
function useSafetyValveChange<TInput, TResult>(code: string, change: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshCouncil(code);
  return useMutation({ mutationFn: change, onSettled: () => refresh() });
}

/**
 * Records one DfE instalment (money in pounds) with its revision as the page read it: an instalment not in
 * the agreement the page read is new to it (revision 0), so one recorded meanwhile by someone else is refused.
 */
export const useRecordPayment = (code: string) =>
  useSafetyValveChange(code, async (input: { year: string; instalment: string; change: PaymentInput }) => {
    const key = paymentKey(code, `${input.year} ${input.instalment}`);
    const saved = await request<Wire<RecordedPaymentView>>(
      'PUT',
      `${svPath(code)}/agreement/payments/${encodeURIComponent(input.year)}/${encodeURIComponent(input.instalment)}`,
      {
        body: input.change,
        ifMatch: revisionRead(key) ?? (revisionRead(agreementKey(code)) !== undefined ? 0 : undefined),
      },
    );
    rememberRevision(key, saved.revision);
    return saved;
  });

export const useCreateReturn = (code: string) =>
  useSafetyValveChange(code, async (input: NewReturnInput) =>
    rememberReturn(code, await request<ReturnView>('POST', `${svPath(code)}/returns`, { body: input })),
  );

/**
 * Changes to one return. A refusal (it was locked meanwhile, say) also refreshes it, so the page shows the
 * return as it now stands behind the refusal.
 */
export function useReturnChanges(code: string, period: string) {
  const path = returnPath(code, period);
  // Each change goes with the return's revision as the page read it; the answer's revision is remembered.
  const change = async (method: string, at: string, body: unknown) =>
    rememberReturn(code, await request<ReturnView>(method, at, { body, ...matchingRead(path) }));
  return {
    update: useSafetyValveChange(code, (input: ReturnContentInput) => change('PATCH', path, input)),
    setCondition: useSafetyValveChange(
      code,
      ({ number, change: progress }: { number: string; change: ConditionProgressInput }) =>
        change('PUT', `${path}/conditions/${encodeURIComponent(number)}`, progress),
    ),
    sign: useSafetyValveChange(code, (input: SignOffInput) => change('POST', `${path}/sign-off`, input)),
    reopen: useSafetyValveChange(code, (input: ReopenInput) => change('POST', `${path}/reopen`, input)),
  };
}
