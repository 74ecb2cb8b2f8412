import { missingModelReferences, type KpiDefinition, type MissingModelReference } from '../../core/kpi';
import type { PlanVersion } from '../../core/finance';
import { findPlanVersion, loadPlanVersion } from '../../db/planRepository';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';

async function planNamed(
  ctx: ServiceContext,
  council: Council,
  name: string | null | undefined,
): Promise<PlanVersion | undefined> {
  if (!name) return undefined;
  const stored = await findPlanVersion(ctx.db, council.id, name);
  return stored ? loadPlanVersion(ctx.db, council.code, stored.id) : undefined;
}

/**
 * The model references of these KPIs that the council's named plan versions cannot answer (a line the
 * agreed model does not have, say). Versions the council does not hold are not checked here: evaluating
 * against them answers 404 naming them.
 */
export async function modelReferenceProblems(
  ctx: ServiceContext,
  council: Council,
  kpis: KpiDefinition[],
  year: string,
  targetVersion: string | null | undefined,
  valueVersions: Array<string | null | undefined>,
): Promise<MissingModelReference[]> {
  const target = await planNamed(ctx, council, targetVersion);
  const values: PlanVersion[] = [];
  for (const name of new Set(valueVersions)) {
    const plan = await planNamed(ctx, council, name);
    if (plan) values.push(plan);
  }
  return missingModelReferences(kpis, year, { ...(target ? { target } : {}), values });
}
