import type { PlanVersion } from '../finance';
import type { FinancialYear } from '../periods';
import { decimalsOf, type KpiDefinition } from './definition';
import { formatKpiValue } from './format';
import { lookupModel } from './modelSource';
import { roundKpi } from './rounding';

/** A KPI's target for a period, how it was derived, and any problem deriving it. */
export interface PeriodTarget {
  value: number | null;
  how: string;
  problem?: string;
}

/**
 * The target for a period. `annual`: the stated annual target. `proRata`: start + (annual − start) ×
 * months/12, rounded half away from zero to the KPI's published precision (seed 003, KPI 1:
 * 1,429 + (1,537 − 1,429) × 2/12 = 1,447; KPI 2: 0% + 7% × 2/12 = 1.1667% → 1.17%). `planLine`: the
 * figure of the target plan version; without one, the stated annual target.
 */
export function periodTarget(
  kpi: KpiDefinition,
  year: FinancialYear,
  months: number,
  targetPlan?: PlanVersion,
): PeriodTarget {
  const show = (v: number) => formatKpiValue(kpi, v);
  const derivation = kpi.target;
  if (derivation.kind === 'annual') {
    return { value: kpi.annualTarget, how: kpi.annualTarget === null ? 'no target' : 'annual target' };
  }
  if (derivation.kind === 'proRata') {
    const start = derivation.start ?? kpi.baseline;
    if (kpi.annualTarget === null || start === null)
      return { value: null, how: 'pro rata, but the annual target or the starting value is missing' };
    const exact = start + ((kpi.annualTarget - start) * months) / 12;
    const value = roundKpi(exact, kpi.unit, decimalsOf(kpi));
    return {
      value,
      how: `pro rata: ${show(start)} + (${show(kpi.annualTarget)} − ${show(start)}) × ${months}/12`,
    };
  }
  if (!targetPlan)
    return { value: kpi.annualTarget, how: 'stated annual target (no target plan version given)' };
  const found = lookupModel(targetPlan, year, derivation.source);
  if (!found.ok)
    return {
      value: null,
      how: 'from the target plan version',
      problem: `KPI ${kpi.ref} target: ${found.problem}`,
    };
  return { value: found.value, how: found.how };
}
