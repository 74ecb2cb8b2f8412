import type { FinancialYear, IsoDate } from '../periods';

/** What a KPI counts: a number of children or plans, a percentage, or money (pence in the core). */
export type KpiUnit = 'count' | 'percent' | 'money';

/** Which way is good news: a lower value, a higher value, or as close to the target as possible. */
export type KpiDirection = 'lower' | 'higher' | 'closeToTarget';

/** Red, amber, green. */
export type Rag = 'G' | 'A' | 'R';

/** A figure of a plan version for the KPI's financial year: a derived figure or the sum of one line. */
export type ModelSource = { figure: ModelFigure; roundTo?: number } | { line: string; roundTo?: number };

/** The figures of `computeModel` a KPI may be taken from. */
export const modelFigures = [
  'hnbAllocation',
  'blockTransfers',
  'otherIncome',
  'totalBudget',
  'spendBeforeSavings',
  'totalSavings',
  'spendAfterSavings',
  'netHighNeedsDeficit',
  'otherBlocksVariance',
  'generalFundContribution',
  'inYearDsgDeficit',
  'cumulativeDeficitBeforeDfe',
  'dfeContributionsToDate',
  'cumulativeDeficitAfterDfe',
  'fundingGapPct',
  'spendPctOfFunding',
] as const;
export type ModelFigure = (typeof modelFigures)[number];

/**
 * Another KPI's figure used in a formula. Without `field` the formula takes the same field it is computing
 * (baseline from baselines, value from values); `field` pins it (KPI 2 divides by KPI 1's baseline).
 */
export interface KpiTerm {
  ref: string;
  field?: 'baseline' | 'annualTarget';
}

/**
 * A figure of the council's placement register in force at the KPI's date (the period's data date for the
 * value, the baseline date for the baseline): an average annual placement cost (by council category, phase
 * or DfE category), the average cost of an EHCP, or the independent sector's share of spend.
 */
export type PlacementSource =
  | { measure: 'averageCost'; councilCategory: string }
  | { measure: 'averageCost'; phase: 'under16' | 'over16' }
  | { measure: 'averageCost'; category: string }
  | { measure: 'averageCostOfEhcp' }
  | { measure: 'independentSectorSharePct' };

/**
 * A figure of the council's SEN2 returns for the KPI's period (its first day to its data date): requests
 * per month, new plans, ceased plans, % of new plans within 20 weeks (the DfE's headline excludes the
 * exception cases), or the EHCPs open on the data date.
 */
export type Sen2Source =
  | { measure: 'requestsPerMonth' }
  | { measure: 'newPlans' }
  | { measure: 'ceasedPlans' }
  | { measure: 'pctWithin20Weeks'; exceptions?: 'included' | 'excluded' }
  | { measure: 'ehcps' };

/** How a KPI is computed from other KPIs, from a plan version, from the placement register or the SEN2 returns. */
export type KpiFormula =
  | { kind: 'sum'; terms: KpiTerm[] }
  | { kind: 'ratio'; add: KpiTerm[]; subtract?: KpiTerm[]; over: KpiTerm }
  | { kind: 'growth'; of: KpiTerm; over: KpiTerm }
  | { kind: 'model'; source: ModelSource }
  | { kind: 'placements'; source: PlacementSource }
  | { kind: 'sen2'; source: Sen2Source };

/** How the target for a period follows from the annual target. */
export type TargetDerivation =
  /** inPlan: the annual target is a figure of the recovery plan (seed 003's "Annual - In Plan"). */
  | { kind: 'annual'; inPlan?: boolean }
  /** start + (annual − start) × months elapsed / 12; start defaults to the baseline. */
  | { kind: 'proRata'; start?: number }
  /** The figure of the set's target plan version (the agreed model); falls back to the stated annual target. */
  | { kind: 'planLine'; source: ModelSource };

/** How the return's "Target Derivation" column writes a KPI's target (seed 003). */
export function targetDerivationLabel(target: TargetDerivation): 'Pro rata' | 'Annual - In Plan' | 'Annual' {
  if (target.kind === 'proRata') return 'Pro rata';
  return target.kind === 'planLine' || target.inPlan === true ? 'Annual - In Plan' : 'Annual';
}

/** When an adverse difference turns amber or red: absolute (in the KPI's unit) and/or % of the target. */
export interface KpiBand {
  absolute?: number;
  percent?: number;
}
export interface KpiTolerance {
  amber: KpiBand;
  /** Omitted: the KPI never turns red by rule. */
  red?: KpiBand;
}

/** One KPI as the council defines it. Money figures are pence; percentages are numbers such as 22.76. */
export interface KpiDefinition {
  ref: string;
  name: string;
  category: string;
  unit: KpiUnit;
  /** Decimal places the KPI is published with (pounds for money); default 0, or 2 for percentages. */
  decimals?: number;
  direction: KpiDirection;
  baseline: number | null;
  baselineDate: IsoDate;
  annualTarget: number | null;
  target: TargetDerivation;
  /** The value is computed, not entered. */
  computed?: KpiFormula;
  /** The value is entered, but should equal this (a reconciliation check, never used to compute). */
  expected?: KpiFormula;
  /** Overrides the set's default tolerance. */
  tolerance?: KpiTolerance;
  /** The values the KPI can possibly take (e.g. 0 to 100 for a share of pupils); figures outside are refused. */
  range?: { min?: number; max?: number };
}

/** What the council decided instead of the rule's RAG, and why. */
export interface RagOverride {
  rag: Rag | null;
  reason: string;
}

/** One KPI's record for one period. */
export interface KpiValueRecord {
  ref: string;
  /** Entered (or, for a computed KPI, the figure as published, which the checks compare). */
  value: number | null;
  comment?: string;
  /** The period target as the council published it (checked against the derived one). */
  publishedTarget?: number | null;
  /** The RAG as the council published it (kept for comparison; never used to compute). */
  publishedRag?: Rag | null;
  ragOverride?: RagOverride;
}

/** A reporting period: a month (`2021-05`) or a quarter of a financial year (`2021-22-Q1`). */
export interface KpiPeriod {
  period: string;
  /** The date the figures are as at; months elapsed count to it. Default: the period's last day. */
  dataDate?: IsoDate;
  /** Plan version the computed values come from (e.g. "Latest forecast, May 2021"). */
  valueVersion?: string;
  values: KpiValueRecord[];
}

/** A council's KPIs for one financial year, with their values per period. */
export interface KpiSet {
  council: string;
  financialYear: FinancialYear;
  /** Plan version the `planLine` targets come from (e.g. "Safety Valve agreement, March 2021"). */
  targetVersion?: string;
  defaultTolerance: KpiTolerance;
  kpis: KpiDefinition[];
  periods: KpiPeriod[];
}

/** Decimal places of a KPI (pounds for money). */
export function decimalsOf(kpi: Pick<KpiDefinition, 'unit' | 'decimals'>): number {
  return kpi.decimals ?? (kpi.unit === 'percent' ? 2 : 0);
}
