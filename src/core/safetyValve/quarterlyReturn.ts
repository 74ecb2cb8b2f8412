import type { Pence } from '../money';
import type { FinancialYear, IsoDate } from '../periods';
import { parseKpiPeriod } from '../kpi/period';
import { agreementCovers, type SafetyValveAgreement } from './agreement';

/** How sure the council is that a condition will be met, as the DfE return asks. */
export const assuranceLevels = ['Good', 'Medium', 'Low'] as const;
export type AssuranceLevel = (typeof assuranceLevels)[number];

/** Progress against one agreement condition in a return. */
export interface ConditionProgress {
  number: string;
  assurance: AssuranceLevel | null;
  narrative: string;
  /** Savings or cost mitigation achieved to date, and the year's target (e.g. £139k of £191k). */
  savingsAchieved: Pence | null;
  savingsTarget: Pence | null;
  /** KPIs shown beside the condition as "key indicators" (SVA target against projected), by reference. */
  keyKpis: string[];
}

/** One partner's change in contribution relative to the previous year (condition 3.5's table). */
export interface PartnerContribution {
  partner: string;
  change: Pence;
}

/** Which way a risk is moving. */
export const riskTrends = ['increasing', 'stable', 'decreasing'] as const;
export type RiskTrend = (typeof riskTrends)[number];

/** One entry of the risk register; likelihood and impact are scored 1 to 5 when scored at all. */
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

/** Who signed, in which capacity, and when. */
export interface SignOff {
  userId: number | null;
  email: string;
  name: string;
  at: string;
}

/** A quarterly Safety Valve return to the DfE, as the council writes it. */
export interface QuarterlyReturn {
  period: string;
  financialYear: FinancialYear;
  dataDate: IsoDate;
  dateSubmitted: IsoDate | null;
  /** The KPI period whose values the return reports (e.g. the month of the data date, 2021-05). */
  kpiPeriod: string;
  /** The latest projection compared with the agreed model in the monitoring table. */
  projectionVersion: string | null;
  summary: string;
  conditions: ConditionProgress[];
  partnerContributions: PartnerContribution[];
  risks: Risk[];
  appendices: Appendix[];
  /** KPIs drawn on the "EHCPs against target" chart. */
  ehcpKpis: string[];
  s151SignOff: SignOff | null;
  dcsSignOff: SignOff | null;
}

/** Where a return is in its sign-off. */
export type ReturnStatus = 'draft' | 'signedByS151' | 'signedByDcs' | 'locked';

/** The status that follows from the sign-offs: both signed is locked. */
export function returnStatus(r: Pick<QuarterlyReturn, 's151SignOff' | 'dcsSignOff'>): ReturnStatus {
  if (r.s151SignOff && r.dcsSignOff) return 'locked';
  if (r.s151SignOff) return 'signedByS151';
  if (r.dcsSignOff) return 'signedByDcs';
  return 'draft';
}

/** The status in words, for the report and messages. */
export function describeStatus(status: ReturnStatus): string {
  return {
    draft: 'draft',
    signedByS151: 'signed by the S151 officer (awaiting the Director of Children’s Services)',
    signedByDcs: 'signed by the Director of Children’s Services (awaiting the S151 officer)',
    locked: 'signed off by both and locked',
  }[status];
}

/**
 * Reads a return period: a quarter of a financial year the agreement covers (`2021-22-Q1`).
 * Throws a message a person can act on.
 */
export function parseReturnPeriod(
  text: string,
  agreement: Pick<SafetyValveAgreement, 'startYear' | 'endYear'>,
): { period: string; financialYear: FinancialYear; end: IsoDate } {
  const parsed = parseKpiPeriod(text);
  if (parsed.kind !== 'quarter')
    throw new RangeError(`'${text}' is a month: a Safety Valve return is for a quarter, e.g. 2021-22-Q1`);
  if (!agreementCovers(agreement, parsed.financialYear)) {
    throw new RangeError(
      `${text} is outside the agreement, which covers ${agreement.startYear} to ${agreement.endYear}`,
    );
  }
  return { period: parsed.period, financialYear: parsed.financialYear, end: parsed.end };
}

/** A risk's score: likelihood × impact, or null until both are scored. */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number | null {
  return risk.likelihood !== null && risk.impact !== null ? risk.likelihood * risk.impact : null;
}
