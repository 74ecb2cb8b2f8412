import type { PlanVersion } from '../finance';
import type { FinancialYear } from '../periods';
import type { KpiDefinition, KpiDirection, KpiSet, KpiUnit, KpiValueRecord, Rag } from './definition';
import { targetDerivationLabel } from './definition';
import { applyFormula, describeFormula, type KpiField } from './formula';
import { lookupModel } from './modelSource';
import { describePlacementSource, lookupPlacements, type PlacementFigures } from './placementSource';
import { monthsElapsed, parseKpiPeriod } from './period';
import { describeSen2Source, lookupSen2, type Sen2Figures } from './sen2Source';
import { kpiRag } from './rag';
import { periodTarget } from './targets';
import { isPlausibleStored } from './validate';

/** Where a KPI's value came from. */
export type ValueSource = 'entered' | 'computed' | 'recorded';

/** One KPI judged for one period. */
export interface KpiEvaluation {
  ref: string;
  name: string;
  category: string;
  unit: KpiUnit;
  direction: KpiDirection;
  baseline: number | null;
  annualTarget: number | null;
  periodTarget: number | null;
  value: number | null;
  /** The RAG reported: the council's override when there is one, otherwise the rule's. */
  rag: Rag | null;
  /** What the tolerance rule gives. */
  ruleRag: Rag | null;
  publishedRag: Rag | null | undefined;
  overridden: boolean;
  overrideReason?: string;
  comment?: string;
  targetHow: string;
  /** The return's "Target Derivation" column: Pro rata, Annual - In Plan, or Annual. */
  targetDerivation: ReturnType<typeof targetDerivationLabel>;
  valueSource: ValueSource;
  valueHow: string;
}

/** Every KPI of a set judged for one period, with the problems met on the way. */
export interface KpiSetEvaluation {
  period: string;
  financialYear: FinancialYear;
  monthsElapsed: number;
  kpis: KpiEvaluation[];
  problems: string[];
}

/**
 * What computed figures come from: the agreed model (targets), the projection (values), and the placement
 * registers in force at the period's data date (values) and at the baseline date (checked baselines).
 */
export interface EvaluationPlans {
  target?: PlanVersion;
  value?: PlanVersion;
  placements?: { value?: PlacementFigures; baseline?: PlacementFigures };
  /** The SEN2 returns' figures for the period (first day to data date). */
  sen2?: Sen2Figures;
}

/** The value records of one period by KPI reference (empty when the period has none). */
export function recordsOf(set: KpiSet, period: string): Map<string, KpiValueRecord> {
  const found = set.periods.find((p) => p.period === period);
  return new Map((found?.values ?? []).map((v) => [v.ref, v]));
}

/**
 * Judges every KPI of the set for a period: the period target (annual, pro rata, or from the target plan),
 * the value (entered, computed from other KPIs, or from the value plan), and the RAG by the KPI's tolerance,
 * unless the council overrode it. Computed values that cannot be computed are null, with the reason.
 */
export function evaluateKpis(set: KpiSet, period: string, plans: EvaluationPlans = {}): KpiSetEvaluation {
  const parsed = parseKpiPeriod(period);
  if (parsed.financialYear !== set.financialYear) {
    throw new RangeError(
      `${period} is in ${parsed.financialYear}, outside this KPI set's year ${set.financialYear}`,
    );
  }
  const periodEntry = set.periods.find((p) => p.period === period);
  const months = monthsElapsed(parsed, periodEntry?.dataDate);
  const records = recordsOf(set, period);
  const byRef = new Map(set.kpis.map((k) => [k.ref, k]));
  const problems: string[] = [];
  const values = new Map<string, { value: number | null; source: ValueSource; how: string }>();
  const visiting = new Set<string>();

  const valueOf = (ref: string): { value: number | null; source: ValueSource; how: string } => {
    const known = values.get(ref);
    if (known) return known;
    const kpi = byRef.get(ref);
    if (!kpi) {
      problems.push(`A formula refers to KPI ${ref}, which the set does not define.`);
      return { value: null, source: 'computed', how: `KPI ${ref} is not defined` };
    }
    if (visiting.has(ref)) {
      problems.push(`KPI ${ref} is computed from itself (a circular formula).`);
      return { value: null, source: 'computed', how: 'circular formula' };
    }
    visiting.add(ref);
    let result: { value: number | null; source: ValueSource; how: string };
    try {
      result = computeValue(kpi);
    } catch (error) {
      // One figure that cannot be worked out (an overflow, say) must not stop the other KPIs.
      if (!(error instanceof RangeError)) throw error;
      problems.push(`KPI ${ref} value: could not be worked out (${error.message}).`);
      result = { value: null, source: 'computed', how: `could not be worked out: ${error.message}` };
    }
    visiting.delete(ref);
    values.set(ref, result);
    return result;
  };

  const read = (ref: string, field: KpiField): number | null => {
    if (field === 'value') return valueOf(ref).value;
    const kpi = byRef.get(ref);
    if (!kpi) problems.push(`A formula refers to KPI ${ref}, which the set does not define.`);
    return kpi ? kpi[field] : null;
  };

  /** The recorded value, unless it is no plausible figure (stored before the limits were checked). */
  function recordedValue(kpi: KpiDefinition): number | null {
    const recorded = records.get(kpi.ref)?.value ?? null;
    if (recorded === null || isPlausibleStored(kpi.unit, recorded)) return recorded;
    problems.push(
      `KPI ${kpi.ref}: the recorded value ${String(recorded)} is not a plausible figure and is left out; record it again.`,
    );
    return null;
  }

  function computeValue(kpi: KpiDefinition): { value: number | null; source: ValueSource; how: string } {
    const recorded = recordedValue(kpi);
    const formula = kpi.computed;
    if (!formula) return { value: recorded, source: 'entered', how: 'entered' };
    if (formula.kind === 'model') {
      if (!plans.value)
        return {
          value: recorded,
          source: 'recorded',
          how: `as recorded (no value plan version given for the ${describeFormula(formula, false)})`,
        };
      const found = lookupModel(plans.value, set.financialYear, formula.source);
      if (!found.ok) {
        problems.push(`KPI ${kpi.ref} value: ${found.problem}`);
        return { value: null, source: 'computed', how: found.problem };
      }
      return { value: found.value, source: 'computed', how: found.how };
    }
    if (formula.kind === 'placements') {
      const figures = plans.placements?.value;
      if (!figures)
        return {
          value: recorded,
          source: 'recorded',
          how: `as recorded (no placement register to take the ${describePlacementSource(formula.source)} from)`,
        };
      const found = lookupPlacements(figures, formula.source, kpi);
      if (!found.ok) {
        problems.push(`KPI ${kpi.ref} value: ${found.problem}`);
        return { value: null, source: 'computed', how: found.problem };
      }
      return { value: found.value, source: 'computed', how: found.how };
    }
    if (formula.kind === 'sen2') {
      if (!plans.sen2)
        return {
          value: recorded,
          source: 'recorded',
          how: `as recorded (no SEN2 return to take the ${describeSen2Source(formula.source)} from)`,
        };
      const found = lookupSen2(plans.sen2, formula.source, kpi);
      if (!found.ok) {
        problems.push(`KPI ${kpi.ref} value: ${found.problem}`);
        return { value: null, source: 'computed', how: found.problem };
      }
      return { value: found.value, source: 'computed', how: found.how };
    }
    const value = applyFormula(formula, 'value', kpi, read);
    return {
      value,
      source: 'computed',
      how: `${describeFormula(formula, kpi.unit === 'percent')}${value === null ? ' (an input is missing)' : ''}`,
    };
  }

  const kpis = set.kpis.map((kpi): KpiEvaluation => {
    const target = safely(
      () => periodTarget(kpi, set.financialYear, months, plans.target),
      (message) => ({
        value: null,
        how: `could not be worked out: ${message}`,
        problem: `KPI ${kpi.ref} target: could not be worked out (${message}).`,
      }),
    );
    if (target.problem) problems.push(target.problem);
    const value = valueOf(kpi.ref);
    const record = records.get(kpi.ref);
    const ruleRag = safely(
      () => kpiRag(kpi.direction, target.value, value.value, kpi.tolerance ?? set.defaultTolerance),
      (message) => {
        problems.push(`KPI ${kpi.ref} RAG: could not be worked out (${message}).`);
        return null;
      },
    );
    const override = record?.ragOverride;
    return {
      ref: kpi.ref,
      name: kpi.name,
      category: kpi.category,
      unit: kpi.unit,
      direction: kpi.direction,
      baseline: kpi.baseline,
      annualTarget: kpi.annualTarget,
      periodTarget: target.value,
      value: value.value,
      rag: override ? override.rag : ruleRag,
      ruleRag,
      publishedRag: record?.publishedRag,
      overridden: override !== undefined,
      ...(override ? { overrideReason: override.reason } : {}),
      ...(record?.comment ? { comment: record.comment } : {}),
      targetHow: target.how,
      targetDerivation: targetDerivationLabel(kpi.target),
      valueSource: value.source,
      valueHow: value.how,
    };
  });
  return { period, financialYear: set.financialYear, monthsElapsed: months, kpis, problems };
}

/** The result of `work`, or of `instead` when it fails with a RangeError (a figure out of range). */
function safely<T>(work: () => T, instead: (message: string) => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError) return instead(error.message);
    throw error;
  }
}
