import { z } from 'zod';
import { checkPlanVersion, checkRecoveryPlan, type CheckFailure } from '../../core/checks';
import {
  compareVersions,
  monitoringTable,
  type RagTolerance,
  type RecoveryPlanDocument,
} from '../../core/finance';
import { pounds } from '../../core/money';
import { parseFinancialYear } from '../../core/periods';
import { listPlanVersions, loadPlanVersion } from '../../db/planRepository';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, requireFreshCouncilRow, type Council } from '../councils';
import { nextRevision, takeExpectedRevision } from '../rowVersion';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { loadVersionPlan } from './versions';

/** Used when a council has not set its own: amber above £50,000 adverse, red above £1,000,000. */
export const defaultTolerance: RagTolerance = {
  amber: { absolute: 5_000_000 },
  red: { absolute: 100_000_000 },
};

/** The council's RAG tolerance for version comparisons. */
export async function varianceTolerance(ctx: ServiceContext, council: Council): Promise<RagTolerance> {
  const row = await ctx.db
    .selectFrom('councils')
    .select('variance_tolerance')
    .where('id', '=', council.id)
    .executeTakeFirstOrThrow();
  return (row.variance_tolerance as RagTolerance | null) ?? defaultTolerance;
}

const band = z
  .object({
    absolute: z
      .number()
      .nonnegative()
      .multipleOf(0.01, 'must be pounds with at most 2 decimal places')
      .optional(),
    percent: z.number().nonnegative().max(1000).optional(),
  })
  .strict()
  .refine(
    (b) => b.absolute !== undefined || b.percent !== undefined,
    'give an absolute amount in pounds, a percentage, or both',
  );
const toleranceInput = z.object({ amber: band, red: band }).strict();

/** Sets the council's RAG tolerance (amounts in pounds); audited. */
export async function setVarianceTolerance(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { expected, rest } = takeExpectedRevision(input);
  const data = parseInput(toleranceInput, rest);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  const toPence = (b: z.infer<typeof band>) => ({
    ...(b.absolute !== undefined ? { absolute: pounds(b.absolute) } : {}),
    ...(b.percent !== undefined ? { percent: b.percent } : {}),
  });
  const tolerance: RagTolerance = { amber: toPence(data.amber), red: toPence(data.red) };
  return inTransaction(ctx, async (trx) => {
    const before = await varianceTolerance({ ...ctx, db: trx }, council);
    await requireFreshCouncilRow(trx, council, expected, `the variance tolerance of ${council.name}`, before);
    await trx
      .updateTable('councils')
      .set({ variance_tolerance: JSON.stringify(tolerance), ...nextRevision(actor, ctx.now()) })
      .where('id', '=', council.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'variance-tolerance',
      entityId: council.code,
      before: { ...before },
      after: { ...tolerance },
    });
    return tolerance;
  });
}

const compareInput = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  year: z.string().optional(),
});

/** Compares two versions line by line for a year (default: the first year both cover), with RAG. */
export async function compareCouncilVersions(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
) {
  const { from, to, year } = parseInput(compareInput, input);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const [a, b] = [await loadVersionPlan(ctx, council, from), await loadVersionPlan(ctx, council, to)];
  const common = a.years.filter((y) => b.years.includes(y));
  let chosen: string | undefined;
  if (year) {
    try {
      chosen = parseFinancialYear(year);
    } catch (error) {
      throw new ValidationError((error as Error).message, 'year');
    }
    if (!common.includes(chosen))
      throw new ValidationError(
        `${chosen} is not a year both versions cover (${common.join(', ') || 'none'}).`,
        'year',
      );
  } else chosen = common[0];
  if (!chosen) throw new ValidationError(`"${from}" and "${to}" have no financial year in common.`, 'year');
  const tolerance = await varianceTolerance(ctx, council);
  return {
    ...compareVersions(a, b, chosen, tolerance),
    commonYears: common,
    tolerance,
    monitoring: monitoringTable(a, b, chosen, tolerance),
  };
}

/** Every reconciliation failure in a council's plan versions and recovery plan documents. */
export async function councilChecks(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
): Promise<CheckFailure[]> {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const failures: CheckFailure[] = [];
  for (const version of await listPlanVersions(ctx.db, council.id)) {
    const plan = await loadPlanVersion(ctx.db, council.code, version.id);
    failures.push(...checkPlanVersion(plan));
    const doc = await ctx.db
      .selectFrom('recovery_plan_documents')
      .select('content')
      .where('version_id', '=', version.id)
      .executeTakeFirst();
    if (doc) failures.push(...checkRecoveryPlan(doc.content as RecoveryPlanDocument, plan));
  }
  return failures;
}

// What the web receives.
/** Two versions compared for a year: lines, totals, the DfE monitoring table and the tolerance used. */
export type ComparisonView = Awaited<ReturnType<typeof compareCouncilVersions>>;
/** The comparison's choice: the two versions and, if not the first they share, the year. */
export type ComparisonInput = z.input<typeof compareInput>;
