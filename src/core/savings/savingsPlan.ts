import { computeModel, type PlanLine, type PlanVersion } from '../finance';
import { sumPence, type Pence } from '../money';
import type { FinancialYear } from '../periods';

/** A workstream's savings lines and its totals per year. */
export interface WorkstreamSavings {
  workstream: string;
  /** Memorandum workstreams (outside the DSG totals) are listed separately, as councils print them. */
  memo: boolean;
  lines: PlanLine[];
  totals: Record<FinancialYear, Pence>;
}

const UNASSIGNED = 'No workstream';

/**
 * The version's saving lines grouped by workstream, in first-appearance order. These are the model's own
 * `saving` lines, so an edit to one shows in both the model and the savings plan.
 */
export function savingsByWorkstream(plan: PlanVersion): WorkstreamSavings[] {
  const groups = new Map<string, WorkstreamSavings>();
  for (const line of plan.lines.filter((l) => l.kind === 'saving')) {
    const name = line.links.workstream ?? UNASSIGNED;
    const memo = Boolean(line.memo);
    const key = `${memo ? 'memo' : 'dsg'}:${name}`;
    const group = groups.get(key) ?? { workstream: name, memo, lines: [], totals: {} };
    group.lines.push(line);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    for (const year of plan.years)
      group.totals[year] = sumPence(group.lines.map((l) => l.amounts[year] ?? 0));
  }
  return [...groups.values()];
}

/** Running totals of a series over the plan's years. */
export function cumulative(
  years: readonly FinancialYear[],
  amounts: Record<FinancialYear, Pence>,
): Record<FinancialYear, Pence> {
  let running = 0;
  return Object.fromEntries(years.map((year) => [year, (running += amounts[year] ?? 0)]));
}

/** The savings plan's financial summary per year (seed 001's "Financial summary" table). */
export interface SavingsSummaryYear {
  year: FinancialYear;
  highNeedsBudget: Pence;
  forecastSpendIncludingNewDemand: Pence;
  savingsRequiredToBalance: Pence;
  totalSavingsIdentified: Pence;
  cumulativeSavings: Pence;
  inYearPosition: Pence;
  cumulativeDeficit: Pence;
}

/** Budget, forecast spend, savings required and identified, in-year position and cumulative deficit. */
export function savingsSummary(plan: PlanVersion): SavingsSummaryYear[] {
  const positions = computeModel(plan);
  const totals = Object.fromEntries(positions.map((p) => [p.year, p.totalSavings]));
  const running = cumulative(plan.years, totals);
  return positions.map((p) => ({
    year: p.year,
    highNeedsBudget: p.totalBudget,
    forecastSpendIncludingNewDemand: p.spendBeforeSavings,
    savingsRequiredToBalance: p.spendBeforeSavings - p.totalBudget,
    totalSavingsIdentified: p.totalSavings,
    cumulativeSavings: running[p.year] ?? 0,
    inYearPosition: p.netHighNeedsDeficit,
    cumulativeDeficit: p.cumulativeDeficitBeforeDfe,
  }));
}
