import { computeModel, withDerivedAmounts, type PlanVersion } from '../finance';
import { sumPence } from '../money';
import type { FinancialYear } from '../periods';
import type { ModelFigure, ModelSource } from './definition';
import { roundToStep } from './rounding';

/** A plan version's figure for a KPI, or why there is none. */
export type ModelLookup = { ok: true; value: number; how: string } | { ok: false; problem: string };

/** The model's figures as the council's model prints them (shown to people, never the field names). */
export const modelFigureLabels: Record<ModelFigure, string> = {
  hnbAllocation: 'HNB allocation',
  blockTransfers: 'block transfers',
  otherIncome: 'other income',
  totalBudget: 'total budget',
  spendBeforeSavings: 'spend before savings',
  totalSavings: 'savings',
  spendAfterSavings: 'spend after savings',
  netHighNeedsDeficit: 'net High Needs deficit',
  otherBlocksVariance: 'variance in other DSG blocks',
  generalFundContribution: 'General Fund contribution',
  inYearDsgDeficit: 'in-year DSG deficit',
  cumulativeDeficitBeforeDfe: 'cumulative deficit before DfE contributions',
  dfeContributionsToDate: 'DfE contributions to date',
  cumulativeDeficitAfterDfe: 'cumulative deficit after DfE contributions',
  fundingGapPct: 'funding gap (% of HNB allocation)',
  spendPctOfFunding: 'spend (% of High Needs funding)',
};

/** Names a model source in words, for "how was this computed" and check messages. */
export function describeSource(source: ModelSource): string {
  return 'figure' in source
    ? `the ${modelFigureLabels[source.figure]} figure`
    : `the model line "${source.line}"`;
}

/**
 * The figure of `plan` for `year`: a derived figure of computeModel, or the total of one line (by id),
 * rounded to `roundTo` when given (pence for money figures).
 */
export function lookupModel(plan: PlanVersion, year: FinancialYear, source: ModelSource): ModelLookup {
  const where = `"${plan.version}" ${year}`;
  if (!plan.years.includes(year))
    return { ok: false, problem: `${where}: the plan version does not cover ${year}` };
  let raw: number | null;
  if ('figure' in source) {
    const position = computeModel(plan).find((p) => p.year === year)!;
    raw = position[source.figure];
  } else {
    // Rule lines (stability grant, grown allocations) read as the model works them out.
    const lines = withDerivedAmounts(plan).lines.filter((l) => l.id === source.line);
    if (lines.length === 0)
      return { ok: false, problem: `${where}: the plan version has no line "${source.line}"` };
    raw = sumPence(lines.map((l) => l.amounts[year] ?? 0));
  }
  if (raw === null)
    return { ok: false, problem: `${where}: ${describeSource(source)} has no value (division by zero)` };
  const value = source.roundTo ? roundToStep(raw, source.roundTo) : raw;
  return {
    ok: true,
    value,
    how: `${describeSource(source)} of ${where}${source.roundTo ? ', rounded' : ''}`,
  };
}
