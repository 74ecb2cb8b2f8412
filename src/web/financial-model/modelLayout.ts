// How the financial model is laid out on screen: line groups in the council's spreadsheet order, the
// derived rows under them, and the years a set of versions covers.
import type { LineKind } from '../../core/finance/lineKinds';
import { previousFinancialYear } from '../../core/periods/financialYear';
import type { DerivedYear, PlanLine, VersionDetail, VersionSummary } from './queries.ts';

export interface KindGroup {
  kind: LineKind;
  title: string;
  /** The kind as a choice in the "add a line" form. */
  singular: string;
}

/** Groups in the order of the grid: income first, then spend, then what reduces the deficit. */
export const kindGroups: readonly KindGroup[] = [
  { kind: 'hnbAllocation', title: 'High Needs Block allocation', singular: 'High Needs Block allocation' },
  { kind: 'blockTransfer', title: 'Block transfers into High Needs', singular: 'Block transfer' },
  { kind: 'otherIncome', title: 'Other income', singular: 'Other income' },
  { kind: 'expenditure', title: 'Expenditure before savings', singular: 'Expenditure' },
  { kind: 'pressure', title: 'Pressures', singular: 'Pressure' },
  { kind: 'saving', title: 'Savings (reduce spend)', singular: 'Saving' },
  {
    kind: 'otherBlocksVariance',
    title: 'Other DSG blocks (overspend +, underspend −)',
    singular: 'Other DSG blocks variance',
  },
  {
    kind: 'generalFundContribution',
    title: 'General Fund contributions',
    singular: 'General Fund contribution',
  },
  {
    kind: 'dfeContribution',
    title: 'DfE contributions (Safety Valve, write-offs)',
    singular: 'DfE contribution',
  },
];

export interface LineGroup extends KindGroup {
  lines: PlanLine[];
}

/** The non-memorandum lines by kind, in kind order, leaving out kinds with no line. */
export function groupLines(lines: readonly PlanLine[]): LineGroup[] {
  return kindGroups
    .map((group) => ({ ...group, lines: lines.filter((line) => line.kind === group.kind && !line.memo) }))
    .filter((group) => group.lines.length > 0);
}

/** Memorandum lines: listed beside the model but outside its totals. */
export function memoLines(lines: readonly PlanLine[]): PlanLine[] {
  return lines.filter((line) => line.memo === true);
}

type NumericKey = {
  [K in keyof DerivedYear]: DerivedYear[K] extends number | null ? K : never;
}[keyof DerivedYear];

export interface DerivedRow {
  key: NumericKey;
  label: string;
  unit: 'pence' | 'percent';
  /** The rows a reader looks for first: shown in bold. */
  headline?: boolean;
}

/** The figures derived from the lines, in the order the council's model prints them. */
export const derivedRows: readonly DerivedRow[] = [
  { key: 'totalBudget', label: 'Total budget', unit: 'pence' },
  { key: 'spendBeforeSavings', label: 'Spend before savings', unit: 'pence' },
  { key: 'totalSavings', label: 'Savings', unit: 'pence' },
  { key: 'spendAfterSavings', label: 'Spend after savings', unit: 'pence' },
  { key: 'netHighNeedsDeficit', label: 'Net High Needs deficit', unit: 'pence' },
  { key: 'inYearDsgDeficit', label: 'In-year DSG deficit', unit: 'pence', headline: true },
  { key: 'cumulativeDeficitBeforeDfe', label: 'Cumulative deficit before DfE contributions', unit: 'pence' },
  { key: 'dfeContributionsToDate', label: 'DfE contributions to date', unit: 'pence' },
  {
    key: 'cumulativeDeficitAfterDfe',
    label: 'Cumulative deficit after DfE contributions',
    unit: 'pence',
    headline: true,
  },
  { key: 'fundingGapPct', label: 'Funding gap (% of HNB allocation)', unit: 'percent' },
  { key: 'spendPctOfFunding', label: 'Spend (% of High Needs funding)', unit: 'percent' },
];

/** Every year any of the versions covers, earliest first ('2018-19' sorts as text). */
export function yearsOf(versions: readonly Pick<VersionSummary, 'years'>[]): string[] {
  return [...new Set(versions.flatMap((v) => v.years.map((y) => y.year)))].sort();
}

export interface DeficitPoint {
  year: string;
  /** Pence at 31 March of the year. */
  value: number;
  /** The balance brought forward into the first year, rather than one the version derives. */
  broughtForward: boolean;
}

/**
 * The cumulative deficit after DfE contributions at the end of each year, starting from the balance the
 * version brings forward (its opening deficit less the DfE contributions already received).
 */
export function cumulativeDeficitPoints(detail: {
  plan: { opening: Pick<VersionDetail['plan']['opening'], 'cumulativeDeficit' | 'dfeContributionsToDate'> };
  years: ReadonlyArray<Pick<DerivedYear, 'year' | 'cumulativeDeficitAfterDfe'>>;
}): DeficitPoint[] {
  const first = detail.years[0];
  const opening: DeficitPoint[] =
    first === undefined
      ? []
      : [
          {
            year: previousFinancialYear(first.year),
            value: detail.plan.opening.cumulativeDeficit - detail.plan.opening.dfeContributionsToDate,
            broughtForward: true,
          },
        ];
  return [
    ...opening,
    ...detail.years.map((y) => ({ year: y.year, value: y.cumulativeDeficitAfterDfe, broughtForward: false })),
  ];
}

/** The default pair to compare: the latest frozen version (the agreed profile) against the latest draft. */
export function defaultComparison(versions: readonly VersionSummary[]): { from: string; to: string } | null {
  if (versions.length < 2) return null;
  const frozen = versions.filter((v) => v.status === 'frozen');
  const drafts = versions.filter((v) => v.status === 'draft');
  const from = frozen.at(-1) ?? versions.at(-2);
  const to =
    drafts.filter((v) => v.name !== from?.name).at(-1) ?? versions.find((v) => v.name !== from?.name);
  return from && to ? { from: from.name, to: to.name } : null;
}

/**
 * The version the Savings page opens on: a transformation (savings) plan when there is one, as that is
 * the document the savings were agreed in; otherwise the latest draft, otherwise the first.
 */
export function defaultSavingsVersion(versions: readonly VersionSummary[]): string | null {
  const plan = versions.find((v) => /transformation plan|savings plan/i.test(v.name));
  return (plan ?? versions.filter((v) => v.status === 'draft').at(-1) ?? versions[0])?.name ?? null;
}
