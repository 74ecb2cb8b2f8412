import type { PlanVersion } from '../finance';
import type { KpiDefinition, KpiFormula, ModelSource } from './definition';
import { lookupModel } from './modelSource';

/** A model line or figure a KPI needs from a plan version, and which part of the KPI needs it. */
function sourcesOf(
  kpi: KpiDefinition,
): Array<{ part: 'target' | 'computed' | 'expected'; source: ModelSource }> {
  const found: Array<{ part: 'target' | 'computed' | 'expected'; source: ModelSource }> = [];
  if (kpi.target.kind === 'planLine') found.push({ part: 'target', source: kpi.target.source });
  const model = (part: 'computed' | 'expected', f: KpiFormula | undefined) =>
    f?.kind === 'model' && found.push({ part, source: f.source });
  model('computed', kpi.computed);
  model('expected', kpi.expected);
  return found;
}

/** One KPI that names a model line (or figure) a plan version it is judged against cannot give. */
export interface MissingModelReference {
  ref: string;
  part: 'target' | 'computed' | 'expected';
  message: string;
}

/**
 * Every model reference of the KPIs that the plan versions they use cannot answer: `planLine` targets
 * against the target version, computed and expected model figures against each value version. A KPI
 * naming a line the agreed model does not have would otherwise show no target without saying why.
 */
export function missingModelReferences(
  kpis: KpiDefinition[],
  year: string,
  plans: { target?: PlanVersion; values?: PlanVersion[] },
): MissingModelReference[] {
  const problems: MissingModelReference[] = [];
  for (const kpi of kpis) {
    for (const { part, source } of sourcesOf(kpi)) {
      const against = part === 'target' ? (plans.target ? [plans.target] : []) : (plans.values ?? []);
      for (const plan of against) {
        const found = lookupModel(plan, year, source);
        if (!found.ok)
          problems.push({ ref: kpi.ref, part, message: `KPI ${kpi.ref} ${part}: ${found.problem}` });
      }
    }
  }
  return problems;
}
