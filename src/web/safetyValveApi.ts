// The Safety Valve part of the API (docs/api.md, "Safety Valve"): the agreement, quarterly returns, their
// sign-off, and the report downloads. Amounts that come back are pence; amounts sent are pounds.
import { councilPath, rememberRevision, request, revisionRead, type Council } from './api.ts';
import type { CheckFailure, MonitoringRow, Pence, Rag } from './modelApi.ts';

export type AssuranceLevel = 'Good' | 'Medium' | 'Low';
export type ReturnStatus = 'draft' | 'signedByS151' | 'signedByDcs' | 'locked';
export type SignCapacity = 's151' | 'dcs';
export type PaymentKind = 'payment' | 'writeOff';
export type RiskTrend = 'increasing' | 'stable' | 'decreasing';
export type KpiUnit = 'count' | 'percent' | 'money';

export interface AgreementCondition {
  number: string;
  title: string;
  text: string | null;
}

export interface AgreementPayment {
  year: string;
  instalment: string;
  kind: PaymentKind;
  planned: Pence | null;
  received: Pence | null;
  withheld: Pence | null;
  dueDate: string | null;
  receivedDate: string | null;
  note: string | null;
}

export interface Agreement {
  name: string;
  startYear: string;
  endYear: string;
  signedOn: string | null;
  agreedVersion: string | null;
  totalFunding: Pence | null;
  finalPaymentYear: string | null;
  profileBasis: string;
  description: string | null;
  conditions: AgreementCondition[];
  deficitProfile: Array<{ year: string; maximum: Pence }>;
  payments: AgreementPayment[];
}

export interface PaymentTotals {
  planned: Pence;
  received: Pence;
  withheld: Pence;
}

/** One year-end (31 March of the year's end) of the deficit profile chart; null where not held. */
export interface DeficitProfilePoint {
  year: string;
  maximum: Pence | null;
  agreed: Pence | null;
  projected: Pence | null;
}

export interface DeficitProfile {
  agreedVersion: string | null;
  projectionVersion: string | null;
  points: DeficitProfilePoint[];
}

export interface AgreementView {
  agreement: Agreement;
  /** Row versions sent back with a change: the agreement's, and each instalment's by "year instalment". */
  revision?: number;
  paymentRevisions?: Record<string, number>;
  payments: {
    byYear: Array<PaymentTotals & { year: string; writtenOff: Pence }>;
    total: PaymentTotals;
    writtenOff: Pence;
    /** Promised funding not yet planned in any instalment; null when the total is not known. */
    notYetProfiled: Pence | null;
  };
  deficitProfile: DeficitProfile;
}

export interface SignOff {
  userId: number | null;
  email: string;
  name: string;
  at: string;
}

export interface ConditionProgress {
  number: string;
  assurance: AssuranceLevel | null;
  narrative: string;
  savingsAchieved: Pence | null;
  savingsTarget: Pence | null;
  keyKpis: string[];
}

export interface PartnerContribution {
  partner: string;
  change: Pence;
}

export interface Risk {
  risk: string;
  likelihood: number | null;
  impact: number | null;
  mitigation: string;
  owner: string | null;
  trend: RiskTrend | null;
}

export interface Appendix {
  letter: string;
  title: string;
}

export interface QuarterlyReturn {
  period: string;
  financialYear: string;
  dataDate: string;
  dateSubmitted: string | null;
  kpiPeriod: string;
  projectionVersion: string | null;
  summary: string;
  conditions: ConditionProgress[];
  partnerContributions: PartnerContribution[];
  risks: Risk[];
  appendices: Appendix[];
  ehcpKpis: string[];
  s151SignOff: SignOff | null;
  dcsSignOff: SignOff | null;
}

/** A KPI shown beside a condition or on the EHCP chart (figures in the KPI's unit, money in pence). */
export interface KeyKpi {
  ref: string;
  name: string;
  unit: KpiUnit;
  baseline: number | null;
  annualTarget: number | null;
  periodTarget: number | null;
  value: number | null;
  rag: Rag | null;
}

/** One KPI of the return's KPI table (the KPI evaluation of docs/api.md, "KPIs"). */
export interface ReturnKpi extends KeyKpi {
  category: string;
  direction: 'lower' | 'higher' | 'closeToTarget';
  ruleRag: Rag | null;
  publishedRag: Rag | null | undefined;
  overridden: boolean;
  overrideReason?: string;
  comment?: string;
  targetHow: string;
  valueSource: 'entered' | 'computed' | 'recorded';
  valueHow: string;
}

export interface ReturnKpiTable {
  period: string;
  financialYear: string;
  monthsElapsed: number;
  targetVersion: string | null;
  valueVersion: string | null;
  kpis: ReturnKpi[];
  problems: string[];
  checks: CheckFailure[];
}

export interface ReturnCondition extends AgreementCondition {
  assurance: AssuranceLevel | null;
  narrative: string;
  savingsAchieved: Pence | null;
  savingsTarget: Pence | null;
  keyKpis: KeyKpi[];
}

/** Everything a return shows (the answer of every returns/:period route). */
export interface ReturnView {
  council: Council;
  agreement: Pick<Agreement, 'name' | 'startYear' | 'endYear' | 'agreedVersion' | 'profileBasis'>;
  return: QuarterlyReturn;
  updatedAt: string;
  /** The return's row version, sent back with every change, sign-off and reopening. */
  revision?: number;
  /** What the first signature captured (the figures shown come from it), or null for a draft. */
  snapshot?: {
    capturedAt: string;
    capturedBy: string;
    sha256: string;
    versions: Array<{ name: string; role: string }>;
  } | null;
  status: ReturnStatus;
  statusText: string;
  /** Who signed and how to reopen, when locked. */
  lockMessage: string | null;
  /** What the signed-in user may do to this return now. */
  can: {
    /** Change the details and tables (finance, s151, admin). */
    edit: boolean;
    /** Record progress against a condition (also the SEND service). */
    editConditions: boolean;
    signAsS151: boolean;
    signAsDcs: boolean;
    reopen: boolean;
  };
  conditions: ReturnCondition[];
  summaries: {
    assurance: Record<AssuranceLevel, number> & { notAssessed: number };
    kpiRag: Record<Rag, number> & { none: number };
  };
  kpis: ReturnKpiTable | null;
  kpiProblem: string | null;
  monitoring: { year: string; fromVersion: string; toVersion: string; rows: MonitoringRow[] } | null;
  monitoringProblem: string | null;
  partnerContributions: { rows: PartnerContribution[]; total: Pence };
  risks: Array<Risk & { score: number | null }>;
  deficitProfile: DeficitProfile;
  ehcpChart: KeyKpi[];
}

export interface ReturnSummary {
  period: string;
  dataDate: string;
  dateSubmitted: string | null;
  status: ReturnStatus;
  s151SignOff: SignOff | null;
  dcsSignOff: SignOff | null;
  updatedAt: string;
}

// What is sent: money in pounds.
export interface PaymentChange {
  kind?: PaymentKind;
  planned?: number | null;
  received?: number | null;
  withheld?: number | null;
  dueDate?: string | null;
  receivedDate?: string | null;
  note?: string | null;
}

export interface ReturnChange {
  dataDate?: string;
  dateSubmitted?: string | null;
  kpiPeriod?: string;
  projectionVersion?: string | null;
  summary?: string;
  partnerContributions?: Array<{ partner: string; change: number }>;
  risks?: Array<{
    risk: string;
    likelihood?: number | null;
    impact?: number | null;
    mitigation?: string;
    owner?: string | null;
    trend?: RiskTrend | null;
  }>;
  appendices?: Appendix[];
  ehcpKpis?: string[];
}

export interface ConditionChange {
  assurance?: AssuranceLevel | null;
  narrative?: string;
  savingsAchieved?: number | null;
  savingsTarget?: number | null;
  keyKpis?: string[];
}

export interface NewReturn extends ReturnChange {
  period: string;
  dataDate: string;
  /** Start from this return's words and tables, with every assurance level cleared. */
  copyFrom?: string;
  conditions?: Array<ConditionChange & { number: string }>;
}

const svPath = (code: string) => `${councilPath(code)}/safety-valve`;
const returnPath = (code: string, period: string) => `${svPath(code)}/returns/${encodeURIComponent(period)}`;

/** The agreement, payment totals and deficit profile series; rejects with 404 when none is recorded. */
export async function getAgreement(code: string, projectionVersion?: string): Promise<AgreementView> {
  const query = projectionVersion ? `?${new URLSearchParams({ projectionVersion }).toString()}` : '';
  return remembered(code, await request<AgreementView>('GET', `${svPath(code)}/agreement${query}`));
}

const agreementKey = (code: string) => `${svPath(code)}/agreement`;
const paymentKey = (code: string, year: string, instalment: string) =>
  `${svPath(code)}/agreement/payments/${year} ${instalment}`;
const matching = (key: string) => {
  const ifMatch = revisionRead(key);
  return ifMatch !== undefined ? { ifMatch } : {};
};

/** Remembers the row versions an agreement view carries, for the next change. */
function remembered(code: string, view: AgreementView): AgreementView {
  rememberRevision(agreementKey(code), view.revision);
  for (const [key, revision] of Object.entries(view.paymentRevisions ?? {}))
    rememberRevision(`${svPath(code)}/agreement/payments/${key}`, revision);
  return view;
}

/** Remembers a return view's revision, for the next change, sign-off or reopening. */
function rememberedReturn(code: string, view: ReturnView): ReturnView {
  rememberRevision(returnPath(code, view.return.period), view.revision);
  return view;
}

/** Records the agreement whole (money in pounds). */
export const saveAgreement = async (code: string, agreement: unknown) =>
  remembered(
    code,
    await request<AgreementView>('PUT', agreementKey(code), {
      body: agreement,
      ...matching(agreementKey(code)),
    }),
  );

/** Records one DfE instalment (money in pounds); a new instalment is sent as revision 0. */
export async function recordPayment(code: string, year: string, instalment: string, change: PaymentChange) {
  const key = paymentKey(code, year, instalment);
  const saved = await request<AgreementPayment & { revision?: number }>(
    'PUT',
    `${svPath(code)}/agreement/payments/${encodeURIComponent(year)}/${encodeURIComponent(instalment)}`,
    {
      body: change,
      // An instalment this page did not see in the agreement it read is new to it: revision 0.
      ifMatch: revisionRead(key) ?? (revisionRead(agreementKey(code)) !== undefined ? 0 : undefined),
    },
  );
  rememberRevision(key, saved.revision);
  return saved;
}

export const listReturns = (code: string) =>
  request<{ returns: ReturnSummary[] }>('GET', `${svPath(code)}/returns`);

export const createReturn = async (code: string, input: NewReturn) =>
  rememberedReturn(code, await request<ReturnView>('POST', `${svPath(code)}/returns`, { body: input }));

export const getReturn = async (code: string, period: string) =>
  rememberedReturn(code, await request<ReturnView>('GET', returnPath(code, period)));

/** A change of the return, sent with the revision this page read; the answer's revision is remembered. */
const changeReturn = async (code: string, period: string, method: string, path: string, body: unknown) =>
  rememberedReturn(
    code,
    await request<ReturnView>(method, path, { body, ...matching(returnPath(code, period)) }),
  );

/** Changes a return's details or tables; a 409 ApiError carries the lock message when it is locked. */
export const updateReturn = (code: string, period: string, change: ReturnChange) =>
  changeReturn(code, period, 'PATCH', returnPath(code, period), change);

export const setConditionProgress = (code: string, period: string, number: string, change: ConditionChange) =>
  changeReturn(
    code,
    period,
    'PUT',
    `${returnPath(code, period)}/conditions/${encodeURIComponent(number)}`,
    change,
  );

/** Signs the return as S151 officer or DCS; 403 for a user without that role. */
export const signReturn = (code: string, period: string, as: SignCapacity) =>
  changeReturn(code, period, 'POST', `${returnPath(code, period)}/sign-off`, { as });

/** Reopens a signed return (administrators), clearing both sign-offs. */
export const reopenReturn = (code: string, period: string, reason: string) =>
  changeReturn(code, period, 'POST', `${returnPath(code, period)}/reopen`, { reason });

/** Where the browser downloads the quarterly report (PDF or Excel). */
export const reportUrl = (code: string, period: string, format: 'pdf' | 'xlsx') =>
  `/api${returnPath(code, period)}/report.${format}`;
