import { compareFinancialYears, type FinancialYear } from '../periods';
import type { PlanRun, YearEffect, YearMeans } from './runPlan';

// A stored plan covers a plan period (e.g. 2026-27 to 2028-29): the forecast may project further, but
// the plan's effects, bridge and pushed lines speak only of the years in it.

/** The plan period, both ends included. */
export interface PlanPeriod {
  from: FinancialYear;
  until: FinancialYear;
}

/** Whether a financial year is in the period. */
export const inPeriod = (period: PlanPeriod, year: FinancialYear): boolean =>
  compareFinancialYears(year, period.from) >= 0 && compareFinancialYears(year, period.until) <= 0;

/** The run's years that fall in the plan period (the others are dropped from every figure). */
export function runInPeriod(run: PlanRun, period: PlanPeriod): PlanRun {
  const keep = <T extends YearMeans | YearEffect>(years: readonly T[]) =>
    years.filter((y) => inPeriod(period, y.financialYear));
  return {
    order: run.order,
    unmitigated: keep(run.unmitigated),
    mitigated: keep(run.mitigated),
    effects: run.effects.map((e) => ({ ...e, sequential: keep(e.sequential), alone: keep(e.alone) })),
  };
}
