import {
  deficitProfileSeries,
  type DeficitProfilePoint,
  type SafetyValveAgreement,
} from '../../core/safetyValve';
import type { PlanVersion } from '../../core/finance';
import { findPlanVersion, loadPlanVersion } from '../../db/planRepository';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';

/** A plan version by name, or undefined when the name is not given or the council has no such version. */
export async function optionalPlan(
  ctx: ServiceContext,
  council: Council,
  name: string | null,
): Promise<PlanVersion | undefined> {
  if (!name) return undefined;
  const stored = await findPlanVersion(ctx.db, council.id, name);
  return stored ? loadPlanVersion(ctx.db, council.code, stored.id) : undefined;
}

/** The deficit profile chart's series with the names of the versions it was drawn from. */
export async function deficitSeries(
  ctx: ServiceContext,
  council: Council,
  agreement: SafetyValveAgreement,
  projectionVersion: string | null,
): Promise<{
  agreedVersion: string | null;
  projectionVersion: string | null;
  points: DeficitProfilePoint[];
}> {
  const agreed = await optionalPlan(ctx, council, agreement.agreedVersion);
  const projection = await optionalPlan(ctx, council, projectionVersion);
  return {
    agreedVersion: agreed ? agreed.version : null,
    projectionVersion: projection ? projection.version : null,
    points: deficitProfileSeries(agreement, agreed, projection),
  };
}
