import { divideRounded, type Pence } from '../money';
import {
  financialYearEnd,
  financialYearOf,
  nextFinancialYear,
  type FinancialYear,
  type IsoDate,
} from '../periods';

// Lines whose amounts follow from a rule rather than being typed in (the regime of 2026): the high needs
// stability grant, a share of the cumulative DSG deficit at a date, and DSG funding assumptions, the
// High Needs Block allocation of later years grown from the year before. computeModel works their
// amounts out year by year; a stability grant's amount typed in for its year is the DfE's confirmed
// figure and is used instead of the share.

/** Where a stability grant application has got to. */
export const stabilityGrantStatuses = ['expected', 'planSubmitted', 'approved', 'received'] as const;
export type StabilityGrantStatus = (typeof stabilityGrantStatuses)[number];

/** The statuses as a finance officer says them. */
export const stabilityGrantStatusNames: Record<StabilityGrantStatus, string> = {
  expected: 'expected',
  planSubmitted: 'plan submitted',
  approved: 'approved',
  received: 'received',
};

/** The rule of a `stabilityGrant` line. */
export interface StabilityGrantRule {
  /** The share of the cumulative deficit written off, from 0 to 1 (0.9: 90%). */
  share: number;
  /** The date the deficit is measured at: the end of a financial year (31 March). */
  asAt: IsoDate;
  status: StabilityGrantStatus;
  /** The statuses at which the council counts the grant in its cumulative balance (its choice). */
  countWhen: StabilityGrantStatus[];
  /** The financial year the grant is counted in; default the year after `asAt`. */
  year?: FinancialYear;
}

/** The rule of an `hnbGrowth` line: the growth of the HNB allocation over the year before, by year (0.03: 3%). */
export interface HnbGrowthRule {
  growth: Partial<Record<FinancialYear, number>>;
}

/** A line's rule; which one is said by the line's kind. */
export type LineRule = StabilityGrantRule | HnbGrowthRule;

/** The DfE's announced terms (early 2026): 90% of the deficit to 31 March 2026, counted once approved. */
export const defaultStabilityGrant: StabilityGrantRule = {
  share: 0.9,
  asAt: '2026-03-31',
  status: 'expected',
  countWhen: ['approved', 'received'],
};

/** The year a stability grant counts in: its own `year`, or the financial year after `asAt`. */
export function stabilityGrantYear(rule: StabilityGrantRule): FinancialYear {
  return rule.year ?? nextFinancialYear(financialYearOf(rule.asAt));
}

/** Whether the council counts the grant in its balance at its present status. */
export const stabilityGrantCounted = (rule: StabilityGrantRule): boolean =>
  rule.countWhen.includes(rule.status);

/** A decimal rate (0.9, 0.0325) as an exact number of ten-thousandths. */
const basisPoints = (rate: number) => Math.round(rate * 10_000);

/** share × deficit, to the penny (a surplus gets no grant). */
export function shareOfDeficit(share: number, deficit: Pence): Pence {
  if (deficit <= 0) return 0;
  return Number(divideRounded(BigInt(deficit) * BigInt(basisPoints(share)), 10_000n));
}

/** The allocation a year after `previous`, grown by `growth`, to the penny. */
export function grownAllocation(previous: Pence, growth: number): Pence {
  return Number(divideRounded(BigInt(previous) * BigInt(10_000 + basisPoints(growth)), 10_000n));
}

/**
 * What is wrong with a stability grant rule for a plan starting in `firstYear` and running to `years`,
 * in words a finance officer can act on (an empty list when nothing is).
 */
export function stabilityGrantProblems(rule: StabilityGrantRule, years: readonly FinancialYear[]): string[] {
  const problems: string[] = [];
  if (!(rule.share >= 0 && rule.share <= 1))
    problems.push(`share ${rule.share} is not a share: it must be from 0 to 1 (0.9 is 90%)`);
  for (const status of [rule.status, ...rule.countWhen])
    if (!(stabilityGrantStatuses as readonly string[]).includes(status))
      problems.push(`'${String(status)}' is not a status (use ${stabilityGrantStatuses.join(', ')})`);
  const measured = financialYearOf(rule.asAt);
  if (financialYearEnd(measured) !== rule.asAt) {
    problems.push(`${rule.asAt} is not the end of a financial year: the deficit is measured at 31 March`);
    return problems;
  }
  const first = years[0];
  if (!years.includes(measured) && (first === undefined || nextFinancialYear(measured) !== first))
    problems.push(
      `the plan has no cumulative deficit at ${rule.asAt}: its years are ${years.join(', ')}, and its opening balance is at the start of ${first ?? 'its first year'}`,
    );
  const year = stabilityGrantYear(rule);
  if (year <= measured)
    problems.push(
      `the grant cannot count in ${year}: it writes off the deficit at ${rule.asAt}, so it counts in a later year`,
    );
  else if (!years.includes(year))
    problems.push(
      `${year}, the year the grant counts in, is not one of the plan's years (${years.join(', ')})`,
    );
  return problems;
}

/** What is wrong with an HNB growth rule: rates must be plausible yearly growth (-50% to +50%). */
export function hnbGrowthProblems(rule: HnbGrowthRule, years: readonly FinancialYear[]): string[] {
  const problems: string[] = [];
  for (const [year, rate] of Object.entries(rule.growth)) {
    if (!years.includes(year)) problems.push(`${year} is not one of the plan's years (${years.join(', ')})`);
    if (typeof rate !== 'number' || !(rate >= -0.5 && rate <= 0.5))
      problems.push(`${year}: ${String(rate)} is not a yearly growth rate from -0.5 to 0.5 (0.03 is 3%)`);
  }
  if (years[0] !== undefined && rule.growth[years[0]] !== undefined)
    problems.push(
      `${years[0]} is the plan's first year: there is no year before it in the plan to grow from; enter its allocation`,
    );
  return problems;
}
