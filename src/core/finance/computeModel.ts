import { percentage, sumPence, type Pence } from '../money';
import { financialYearEnd, previousFinancialYear, type FinancialYear } from '../periods';
import type { LineKind } from './lineKinds';
import {
  grownAllocation,
  shareOfDeficit,
  stabilityGrantCounted,
  stabilityGrantYear,
  type HnbGrowthRule,
  type StabilityGrantRule,
} from './lineRules';
import type { DerivedFigure, PlanLine, PlanVersion } from './planVersion';

/** The derived figures of one financial year of a plan version. Money in pence. */
export interface YearPosition extends Record<DerivedFigure, Pence> {
  year: FinancialYear;
  /** Typed-in allocations plus any grown by a DSG funding assumption. */
  hnbAllocation: Pence;
  blockTransfers: Pence;
  otherIncome: Pence;
  otherBlocksVariance: Pence;
  generalFundContribution: Pence;
  dfeContributionsInYear: Pence;
  /** High needs stability grant falling in this year, whatever its status. */
  stabilityGrant: Pence;
  /** The part of it the council counts at its present status (cumulativeDeficitAfterDfe takes this off). */
  stabilityGrantCounted: Pence;
  /** The cumulative deficit after DfE contributions, shown both ways: with every stability grant... */
  cumulativeDeficitWithGrant: Pence;
  /** ...and with none. */
  cumulativeDeficitWithoutGrant: Pence;
  /** (HNB allocation − spend after savings) / HNB allocation, in %, 2 decimals; negative is a gap. */
  fundingGapPct: number | null;
  /** Spend after savings as % of total High Needs funding (allocation + transfers + other income). */
  spendPctOfFunding: number | null;
}

/** The sum of a kind's lines in a year, leaving out memorandum lines. */
export function kindTotal(lines: readonly PlanLine[], kind: LineKind, year: FinancialYear): Pence {
  return sumPence(lines.filter((l) => l.kind === kind && !l.memo).map((l) => l.amounts[year] ?? 0));
}

/** Amounts the rules gave, by line id and year. */
export type DerivedAmounts = Record<string, Partial<Record<FinancialYear, Pence>>>;

/** Whether any typed-in allocation line has an amount for the year (then growth does not apply). */
const allocationEntered = (lines: readonly PlanLine[], year: FinancialYear) =>
  lines.some((l) => l.kind === 'hnbAllocation' && !l.memo && l.amounts[year] !== undefined);

function roll(plan: PlanVersion): { positions: YearPosition[]; derived: DerivedAmounts } {
  const derived: DerivedAmounts = {};
  const ruled = plan.lines.filter((l) => l.rule && !l.memo);
  const growthLines = ruled.filter((l) => l.kind === 'hnbGrowth');
  const grantLines = ruled.filter((l) => l.kind === 'stabilityGrant');
  // The balance (after DfE contributions and counted grants) at each 31 March, for grants measured then.
  const balanceAt = new Map<string, Pence>();
  const firstYear = plan.years[0];
  let cumulativeBefore = plan.opening.cumulativeDeficit;
  let dfeToDate = plan.opening.dfeContributionsToDate;
  let grantsCounted = 0;
  let grantsAll = 0;
  let previousAllocation: Pence | undefined;
  const positions = plan.years.map((year, i) => {
    if (i === 0 && firstYear) balanceAt.set(previousYearEnd(firstYear), cumulativeBefore - dfeToDate);
    const total = (kind: LineKind) => kindTotal(plan.lines, kind, year);
    let hnbAllocation = total('hnbAllocation');
    if (!allocationEntered(plan.lines, year) && previousAllocation !== undefined) {
      for (const line of growthLines) {
        const rate = (line.rule as HnbGrowthRule).growth[year];
        if (rate === undefined) continue;
        const grown = grownAllocation(previousAllocation, rate);
        (derived[line.id] ??= {})[year] = grown;
        hnbAllocation += grown;
        break; // one assumption per year: the first line that has one
      }
    }
    previousAllocation = hnbAllocation;
    let stabilityGrant = 0;
    let counted = 0;
    for (const line of grantLines) {
      const rule = line.rule as StabilityGrantRule;
      if (stabilityGrantYear(rule) !== year) continue;
      const confirmed = line.amounts[year];
      const amount = confirmed ?? shareOfDeficit(rule.share, balanceAt.get(rule.asAt) ?? 0);
      (derived[line.id] ??= {})[year] = amount;
      stabilityGrant += amount;
      if (stabilityGrantCounted(rule)) counted += amount;
    }
    const blockTransfers = total('blockTransfer');
    const otherIncome = total('otherIncome');
    const totalBudget = sumPence([hnbAllocation, blockTransfers, otherIncome]);
    const spendBeforeSavings = sumPence([total('expenditure'), total('pressure')]);
    const totalSavings = total('saving');
    const spendAfterSavings = spendBeforeSavings - totalSavings;
    const netHighNeedsDeficit = spendAfterSavings - totalBudget;
    const otherBlocksVariance = total('otherBlocksVariance');
    const generalFundContribution = total('generalFundContribution');
    const inYearDsgDeficit = netHighNeedsDeficit + otherBlocksVariance - generalFundContribution;
    const dfeContributionsInYear = total('dfeContribution');
    cumulativeBefore += inYearDsgDeficit;
    dfeToDate += dfeContributionsInYear;
    grantsCounted += counted;
    grantsAll += stabilityGrant;
    const cumulativeDeficitAfterDfe = cumulativeBefore - dfeToDate - grantsCounted;
    balanceAt.set(financialYearEnd(year), cumulativeDeficitAfterDfe);
    return {
      year,
      hnbAllocation,
      blockTransfers,
      otherIncome,
      totalBudget,
      spendBeforeSavings,
      totalSavings,
      spendAfterSavings,
      netHighNeedsDeficit,
      otherBlocksVariance,
      generalFundContribution,
      inYearDsgDeficit,
      cumulativeDeficitBeforeDfe: cumulativeBefore,
      dfeContributionsInYear,
      dfeContributionsToDate: dfeToDate,
      cumulativeDeficitAfterDfe,
      stabilityGrant,
      stabilityGrantCounted: counted,
      cumulativeDeficitWithGrant: cumulativeBefore - dfeToDate - grantsAll,
      cumulativeDeficitWithoutGrant: cumulativeBefore - dfeToDate,
      fundingGapPct: percentage(hnbAllocation - spendAfterSavings, hnbAllocation, 2),
      spendPctOfFunding: percentage(spendAfterSavings, totalBudget, 2),
    };
  });
  return { positions, derived };
}

/** 31 March before a financial year starts. */
const previousYearEnd = (year: FinancialYear) => financialYearEnd(previousFinancialYear(year));

/**
 * Rolls a plan version forward year by year:
 * HNB allocation = the typed-in allocations, or (when a year has none) last year's grown by the DSG
 * funding assumption; total budget = allocation + block transfers + other income;
 * spend after savings = expenditure + pressures − savings;
 * net High Needs deficit = spend after savings − total budget;
 * in-year DSG deficit = net High Needs deficit + variance in other blocks − General Fund contribution;
 * cumulative before DfE = previous cumulative (or the opening balance) + in-year DSG deficit;
 * stability grant = its share of the balance after DfE at its date (or the confirmed amount);
 * cumulative after DfE = cumulative before DfE − DfE contributions to date − the stability grants the
 * council counts at their status (and, shown both ways, with every grant and with none).
 */
export function computeModel(plan: PlanVersion): YearPosition[] {
  return roll(plan).positions;
}

/** The amounts the rule lines come to (stability grants, grown allocations), by line id and year. */
export function derivedAmounts(plan: PlanVersion): DerivedAmounts {
  return roll(plan).derived;
}

/**
 * The version with each rule line's amounts as the model works them out, so tables, comparisons and
 * exports read them like typed-in lines (computing the model of the result gives the same figures).
 */
export function withDerivedAmounts(plan: PlanVersion): PlanVersion {
  const derived = derivedAmounts(plan);
  if (!plan.lines.some((l) => l.rule)) return plan;
  return {
    ...plan,
    lines: plan.lines.map((line) =>
      line.rule && !line.memo ? { ...line, amounts: derived[line.id] ?? {} } : line,
    ),
  };
}
