import {
  applyFormula,
  describeFormula,
  describeSource,
  evaluateKpis,
  formatKpiValue,
  isUnpinned,
  lookupModel,
  lookupPlacements,
  lookupSen2,
  recordsOf,
  type EvaluationPlans,
  type KpiDefinition,
  type KpiField,
  type KpiFormula,
  type KpiSet,
} from '../kpi';
import { compare, type CheckFailure } from './checkResult';

const unitOf = (kpi: KpiDefinition): CheckFailure['unit'] => (kpi.unit === 'money' ? 'pence' : kpi.unit);
// Rounded figures compared with rounded figures agree exactly; this only absorbs binary noise.
const noise = 1e-9;

/**
 * The identities a KPI set must satisfy for one period: a KPI that is the sum (or ratio, or growth) of others
 * equals it, for the baseline and annual target when the formula follows the field, and for the recorded
 * value; a published period target equals the derived one (pro rata from the annual target, or the agreed
 * plan's figure); a stated `planLine` target equals the target plan's figure; a KPI taken from, or expected
 * to equal, a model figure equals the value plan's figure within the rounding it was published to.
 */
export function checkKpis(set: KpiSet, period: string, plans: EvaluationPlans = {}): CheckFailure[] {
  const failures: CheckFailure[] = [];
  const push = (f: CheckFailure | null) => f && failures.push(f);
  const byRef = new Map(set.kpis.map((k) => [k.ref, k]));
  const records = recordsOf(set, period);
  const where = (kpi: KpiDefinition, what: string) => `KPI ${kpi.ref} "${kpi.name}", ${what}`;
  // Formulas are checked on the figures as stated: baselines, annual targets, recorded values.
  const read = (ref: string, f: KpiField) => {
    const kpi = byRef.get(ref);
    if (!kpi) return null;
    return f === 'value' ? (records.get(ref)?.value ?? null) : kpi[f];
  };

  const checkFormula = (kpi: KpiDefinition, formula: KpiFormula) => {
    const show = (v: number) => formatKpiValue(kpi, v);
    const words = describeFormula(formula, kpi.unit === 'percent');
    const check = formula.kind === 'sum' ? 'kpi-sum-equals-parts' : 'kpi-formula';
    const fields: KpiField[] = isUnpinned(formula) ? ['baseline', 'annualTarget', 'value'] : ['value'];
    for (const field of fields) {
      const stated = field === 'value' ? (records.get(kpi.ref)?.value ?? null) : kpi[field];
      const computed = applyFormula(formula, field, kpi, read);
      if (stated === null || computed === null) continue;
      const label =
        field === 'value' ? `${period} value` : field === 'annualTarget' ? 'annual target' : 'baseline';
      push(
        compare(
          check,
          where(kpi, label),
          { label: `stated ${label}`, value: stated },
          { label: words, value: computed },
          unitOf(kpi),
          `KPI ${kpi.ref} ${label} is ${show(stated)} but ${words} gives ${show(computed)}`,
          noise,
        ),
      );
    }
  };

  const checkModel = (kpi: KpiDefinition, formula: Extract<KpiFormula, { kind: 'model' }>) => {
    const recorded = records.get(kpi.ref)?.value ?? null;
    if (!plans.value || recorded === null) return;
    const { roundTo: _r, ...unrounded } = formula.source;
    const found = lookupModel(plans.value, set.financialYear, unrounded);
    if (!found.ok) return;
    const show = (v: number) => formatKpiValue(kpi.unit === 'percent' ? { ...kpi, decimals: 4 } : kpi, v);
    push(
      compare(
        'kpi-equals-model',
        where(kpi, `${period} value`),
        { label: `recorded ${period} value`, value: recorded },
        { label: `${describeSource(formula.source)} of "${plans.value.version}"`, value: found.value },
        unitOf(kpi),
        `KPI ${kpi.ref} ${period} is ${show(recorded)} but ${describeSource(formula.source)} of "${plans.value.version}" is ${show(found.value)}`,
        (formula.source.roundTo ?? 0) / 2 + noise,
      ),
    );
  };

  // A KPI taken from the placement register: its recorded value against the register in force at the
  // period's date, and its stated baseline against the register in force at the baseline date.
  const checkPlacements = (kpi: KpiDefinition, formula: Extract<KpiFormula, { kind: 'placements' }>) => {
    const show = (v: number) => formatKpiValue(kpi, v);
    const sides = [
      {
        label: `${period} value`,
        stated: records.get(kpi.ref)?.value ?? null,
        figures: plans.placements?.value,
      },
      { label: 'baseline', stated: kpi.baseline, figures: plans.placements?.baseline },
    ];
    for (const { label, stated, figures } of sides) {
      if (!figures || stated === null) continue;
      const found = lookupPlacements(figures, formula.source, kpi);
      if (!found.ok) continue;
      push(
        compare(
          'kpi-equals-placements',
          where(kpi, label),
          { label: `stated ${label}`, value: stated },
          { label: found.how, value: found.value },
          unitOf(kpi),
          `KPI ${kpi.ref} ${label} is ${show(stated)} but the ${found.how} is ${show(found.value)}`,
          noise,
        ),
      );
    }
  };

  // A KPI taken from the SEN2 returns: its recorded value against the returns' figure for the period.
  const checkSen2 = (kpi: KpiDefinition, formula: Extract<KpiFormula, { kind: 'sen2' }>) => {
    const recorded = records.get(kpi.ref)?.value ?? null;
    if (!plans.sen2 || recorded === null) return;
    const found = lookupSen2(plans.sen2, formula.source, kpi);
    if (!found.ok) return;
    const show = (v: number) => formatKpiValue(kpi, v);
    push(
      compare(
        'kpi-equals-sen2',
        where(kpi, `${period} value`),
        { label: `recorded ${period} value`, value: recorded },
        { label: found.how, value: found.value },
        unitOf(kpi),
        `KPI ${kpi.ref} ${period} value is ${show(recorded)} but the ${found.how} is ${show(found.value)}`,
        noise,
      ),
    );
  };

  const evaluation = evaluateKpis(set, period, plans);
  for (const kpi of set.kpis) {
    for (const formula of [kpi.computed, kpi.expected]) {
      if (!formula) continue;
      if (formula.kind === 'model') checkModel(kpi, formula);
      else if (formula.kind === 'placements') checkPlacements(kpi, formula);
      else if (formula.kind === 'sen2') checkSen2(kpi, formula);
      else checkFormula(kpi, formula);
    }
    const show = (v: number) => formatKpiValue(kpi, v);
    const derived = evaluation.kpis.find((e) => e.ref === kpi.ref)!;
    const published = records.get(kpi.ref)?.publishedTarget;
    if (published !== undefined && published !== null && derived.periodTarget !== null) {
      push(
        compare(
          'kpi-period-target',
          where(kpi, `${period} target`),
          { label: `published ${period} target`, value: published },
          { label: derived.targetHow, value: derived.periodTarget },
          unitOf(kpi),
          `KPI ${kpi.ref} published target for ${period} is ${show(published)} but ${derived.targetHow} gives ${show(derived.periodTarget)}`,
          noise,
        ),
      );
    }
    if (kpi.target.kind === 'planLine' && plans.target && kpi.annualTarget !== null) {
      const found = lookupModel(plans.target, set.financialYear, kpi.target.source);
      if (found.ok) {
        push(
          compare(
            'kpi-target-equals-plan',
            where(kpi, 'annual target'),
            { label: 'stated annual target', value: kpi.annualTarget },
            { label: found.how, value: found.value },
            unitOf(kpi),
            `KPI ${kpi.ref} states an annual target of ${show(kpi.annualTarget)} but ${found.how} is ${show(found.value)}`,
            noise,
          ),
        );
      }
    }
  }
  return failures;
}
