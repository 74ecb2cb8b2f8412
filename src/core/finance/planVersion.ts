import type { Pence } from '../money';
import type { FinancialYear, IsoDate } from '../periods';
import type { LineKind } from './lineKinds';
import type { LineRule } from './lineRules';

/** Optional links from a line to the ways councils and the DfE slice the money. */
export interface LineLinks {
  workstream?: string;
  /** DfE recovery-plan reference such as `S5` or `P1`. */
  drpRef?: string;
  /** DSG block, e.g. `High Needs`, `Early Years`, `CSSB`, `Schools`. */
  block?: string;
  /** Type of provision, e.g. `Mainstream Schools`, `Post 16`, `All`. */
  provisionType?: string;
  /** The DfE's action category (recovery plan 2019 list). */
  actionCategory?: string;
  s251Line?: string;
  placementCategory?: string;
  /** Row of the recovery-plan roll-forward this line belongs to, for lines that are not S or P lines. */
  drpRow?: 'forecastOverspend' | 'hnbChange' | 'schoolsBlockTransfer' | 'otherAdjustments';
  /** Age phase a saving applies to, for KPIs that split savings (`under16`, `over16`). */
  phase?: 'under16' | 'over16';
}

/** One line of a plan version: a kind, a label, links, and an amount per financial year. */
export interface PlanLine {
  /** Stable within the version (e.g. `S5`, or generated); comparison matches lines by it. */
  id: string;
  kind: LineKind;
  label: string;
  links: LineLinks;
  /**
   * A memorandum line: shown with the plan but outside the DSG totals (e.g. home to school travel
   * savings, which are General Fund money listed beside the High Needs workstreams).
   */
  memo?: boolean;
  amounts: Partial<Record<FinancialYear, Pence>>;
  /**
   * Lines of the rule kinds (`stabilityGrant`, `hnbGrowth`) only: how their amounts follow from the other
   * figures. A stability grant's amount typed in for its year is the DfE's confirmed figure.
   */
  rule?: LineRule;
}

/** Where the plan starts: the balance brought forward into its first year. */
export interface OpeningPosition {
  /** Cumulative DSG deficit before DfE contributions (a deficit is positive, as the DfE asks). */
  cumulativeDeficit: Pence;
  /** DfE contributions received to date (Safety Valve payments, debt write-offs). */
  dfeContributionsToDate: Pence;
  /** Where the opening figure comes from, in words (e.g. "31 March 2021 outturn"). */
  basis?: string;
}

/** A figure as printed in a source document, kept beside the model so checks can compare. */
export type PublishedFigures = Partial<Record<FinancialYear, Partial<Record<DerivedFigure, Pence>>>>;

/** The figures the model derives per year. */
export type DerivedFigure =
  | 'totalBudget'
  | 'spendBeforeSavings'
  | 'totalSavings'
  | 'spendAfterSavings'
  | 'netHighNeedsDeficit'
  | 'inYearDsgDeficit'
  | 'cumulativeDeficitBeforeDfe'
  | 'dfeContributionsToDate'
  | 'cumulativeDeficitAfterDfe';

/** One council's multi-year DSG model as one named version. */
export interface PlanVersion {
  council: string;
  version: string;
  description?: string;
  years: FinancialYear[];
  opening: OpeningPosition;
  lines: PlanLine[];
  /** Figures the source document printed, for reconciliation checks (never used to compute). */
  published?: PublishedFigures;
  /** The unit the published figures were rounded to (e.g. £1,000 for tables in £m to 3 decimals); default 1p. */
  publishedRoundedTo?: Pence;
  /** Actual closing cumulative deficits (before DfE contributions) for years before or in the plan. */
  outturn?: Partial<Record<FinancialYear, Pence>>;
  /** The council's usable reserves at each year end, for the reserves view once the override ends. */
  usableReserves?: Partial<Record<FinancialYear, Pence>>;
  /** The last day the statutory override covers DSG deficits; default 31 March 2028 (overrideEnd.ts). */
  overrideEndsAfter?: IsoDate;
}
