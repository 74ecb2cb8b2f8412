import { percentage, sumPence, type Pence } from '../money';
import type { FinancialYear } from '../periods';
import type { LineKind } from './lineKinds';
import type { DerivedFigure, PlanLine, PlanVersion } from './planVersion';

/** The derived figures of one financial year of a plan version. Money in pence. */
export interface YearPosition extends Record<DerivedFigure, Pence> {
  year: FinancialYear;
  hnbAllocation: Pence;
  blockTransfers: Pence;
  otherIncome: Pence;
  otherBlocksVariance: Pence;
  generalFundContribution: Pence;
  dfeContributionsInYear: Pence;
  /** (HNB allocation − spend after savings) / HNB allocation, in %, 2 decimals; negative is a gap. */
  fundingGapPct: number | null;
  /** Spend after savings as % of total High Needs funding (allocation + transfers + other income). */
  spendPctOfFunding: number | null;
}

/** The sum of a kind's lines in a year, leaving out memorandum lines. */
export function kindTotal(lines: readonly PlanLine[], kind: LineKind, year: FinancialYear): Pence {
  return sumPence(lines.filter((l) => l.kind === kind && !l.memo).map((l) => l.amounts[year] ?? 0));
}

/**
 * Rolls a plan version forward year by year:
 * total budget = allocation + block transfers + other income;
 * spend after savings = expenditure + pressures − savings;
 * net High Needs deficit = spend after savings − total budget;
 * in-year DSG deficit = net High Needs deficit + variance in other blocks − General Fund contribution;
 * cumulative before DfE = previous cumulative (or the opening balance) + in-year DSG deficit;
 * cumulative after DfE = cumulative before DfE − DfE contributions to date.
 */
export function computeModel(plan: PlanVersion): YearPosition[] {
  let cumulativeBefore = plan.opening.cumulativeDeficit;
  let dfeToDate = plan.opening.dfeContributionsToDate;
  return plan.years.map((year) => {
    const total = (kind: LineKind) => kindTotal(plan.lines, kind, year);
    const hnbAllocation = total('hnbAllocation');
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
      cumulativeDeficitAfterDfe: cumulativeBefore - dfeToDate,
      fundingGapPct: percentage(hnbAllocation - spendAfterSavings, hnbAllocation, 2),
      spendPctOfFunding: percentage(spendAfterSavings, totalBudget, 2),
    };
  });
}
