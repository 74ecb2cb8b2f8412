// The Safety Valve part of the API (docs/api.md, "Safety Valve"): the agreement, quarterly returns, their
// sign-off, and the report downloads. Amounts that come back are pence; amounts sent are pounds.
import { councilPath, request, type Council } from '../app/api.ts';
import type { CheckFailure, MonitoringRow, Pence, Rag } from '../financial-model/modelApi.ts';

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
export function getAgreement(code: string, projectionVersion?: string): Promise<AgreementView> {
  const query = projectionVersion ? `?${new URLSearchParams({ projectionVersion }).toString()}` : '';
  return request('GET', `${svPath(code)}/agreement${query}`);
}

/** Records the agreement whole (money in pounds). */
export const saveAgreement = (code: string, agreement: unknown) =>
  request<AgreementView>('PUT', `${svPath(code)}/agreement`, { body: agreement });

/** Records one DfE instalment (money in pounds). */
export const recordPayment = (code: string, year: string, instalment: string, change: PaymentChange) =>
  request<AgreementPayment>(
    'PUT',
    `${svPath(code)}/agreement/payments/${encodeURIComponent(year)}/${encodeURIComponent(instalment)}`,
    { body: change },
  );

export const listReturns = (code: string) =>
  request<{ returns: ReturnSummary[] }>('GET', `${svPath(code)}/returns`);

export const createReturn = (code: string, input: NewReturn) =>
  request<ReturnView>('POST', `${svPath(code)}/returns`, { body: input });

export const getReturn = (code: string, period: string) =>
  request<ReturnView>('GET', returnPath(code, period));

/** Changes a return's details or tables; a 409 ApiError carries the lock message when it is locked. */
export const updateReturn = (code: string, period: string, change: ReturnChange) =>
  request<ReturnView>('PATCH', returnPath(code, period), { body: change });

export const setConditionProgress = (code: string, period: string, number: string, change: ConditionChange) =>
  request<ReturnView>('PUT', `${returnPath(code, period)}/conditions/${encodeURIComponent(number)}`, {
    body: change,
  });

/** Signs the return as S151 officer or DCS; 403 for a user without that role. */
export const signReturn = (code: string, period: string, as: SignCapacity) =>
  request<ReturnView>('POST', `${returnPath(code, period)}/sign-off`, { body: { as } });

/** Reopens a signed return (administrators), clearing both sign-offs. */
export const reopenReturn = (code: string, period: string, reason: string) =>
  request<ReturnView>('POST', `${returnPath(code, period)}/reopen`, { body: { reason } });

/** Where the browser downloads the quarterly report (PDF or Excel). */
export const reportUrl = (code: string, period: string, format: 'pdf' | 'xlsx') =>
  `/api${returnPath(code, period)}/report.${format}`;
