import { z } from 'zod';
import { checkPlanVersion, type CheckFailure } from '../../core/checks';
import { computeModel, reservesView, type PlanVersion, type ReservesView } from '../../core/finance';
import {
  findPlanVersion,
  insertPlanVersion,
  listPlanVersions,
  loadPlanVersion,
  replacePlanVersion,
  type StoredVersion,
} from '../../db/planRepository';
import { readPlanJson } from '../../io/financialModel/readPlanJson';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, NotFoundError, ServiceError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';

/** Thrown when a frozen version is asked to change. */
export class FrozenVersionError extends ServiceError {
  constructor(name: string) {
    super(`"${name}" is frozen and cannot be edited. Copy it to a new version to make changes.`, 409);
  }
}

/** Finds a council's version by name, or a 404 naming it. */
export async function requireVersion(
  ctx: ServiceContext,
  council: Council,
  name: string,
): Promise<StoredVersion> {
  const version = await findPlanVersion(ctx.db, council.id, name);
  if (!version) throw new NotFoundError(`${council.name} has no plan version called "${name}".`);
  return version;
}

/** The council's plan versions, with each year's headline figures. */
export async function listVersions(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const versions = await listPlanVersions(ctx.db, council.id);
  return Promise.all(
    versions.map(async (v) => {
      const plan = await loadPlanVersion(ctx.db, council.code, v.id);
      return {
        ...versionView(v),
        years: computeModel(plan).map((y) => ({
          year: y.year,
          inYearDsgDeficit: y.inYearDsgDeficit,
          cumulativeDeficitAfterDfe: y.cumulativeDeficitAfterDfe,
        })),
      };
    }),
  );
}

export function versionView(v: StoredVersion) {
  return {
    id: v.id,
    name: v.name,
    description: v.description,
    status: v.status,
    basedOnId: v.basedOnId,
    updatedAt: v.updatedAt.toISOString(),
    frozenAt: v.frozenAt?.toISOString() ?? null,
    frozenBy: v.frozenBy,
  };
}

/** One version: its lines, its derived figures per year, and its reconciliation failures. */
export async function getVersion(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
): Promise<{
  version: ReturnType<typeof versionView>;
  plan: PlanVersion;
  years: ReturnType<typeof computeModel>;
  checks: CheckFailure[];
  /** The deficit against usable reserves and the end of the statutory override. */
  reserves: ReservesView;
  hasRecoveryPlan: boolean;
}> {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const stored = await requireVersion(ctx, council, name);
  const plan = await loadPlanVersion(ctx.db, council.code, stored.id);
  const document = await ctx.db
    .selectFrom('recovery_plan_documents')
    .select('id')
    .where('version_id', '=', stored.id)
    .executeTakeFirst();
  return {
    version: versionView(stored),
    plan,
    years: computeModel(plan),
    checks: checkPlanVersion(plan),
    reserves: reservesView(plan),
    hasRecoveryPlan: document !== undefined,
  };
}

/** Loads a version's plan for other services (role already checked by the caller). */
export async function loadVersionPlan(
  ctx: ServiceContext,
  council: Council,
  name: string,
): Promise<PlanVersion> {
  return loadPlanVersion(ctx.db, council.code, (await requireVersion(ctx, council, name)).id);
}

const importOptions = z
  .object({ replace: z.boolean().default(false), name: z.string().trim().min(1).max(200).optional() })
  .strict();

/**
 * Imports a plan version from the JSON format. All or nothing: any problem in the file is reported with
 * its path and nothing is saved. An existing draft of the same name is replaced only when asked; a
 * frozen one never is.
 */
export async function importVersion(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
  options: unknown = {},
) {
  const { replace, name } = parseInput(importOptions, options);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  const result = readPlanJson(input);
  if (!result.ok) {
    throw new PlanFileInvalidError(result.errors.map((e) => `${e.path || '(file)'}: ${e.message}`));
  }
  const plan = { ...result.data, ...(name ? { version: name } : {}) };
  if (plan.council !== council.code && plan.council !== council.newCode) {
    throw new ValidationError(
      `The file is for council ${plan.council}, not ${council.name} (${council.code}).`,
      'council',
    );
  }
  plan.council = council.code;
  return inTransaction(ctx, async (trx) => {
    const existing = await findPlanVersion(trx, council.id, plan.version);
    if (existing?.status === 'frozen') throw new FrozenVersionError(existing.name);
    if (existing && !replace)
      throw new ConflictError(
        `${council.name} already has a version called "${plan.version}". Replace it explicitly, or import under another name.`,
        'version',
      );
    let id: number;
    if (existing) {
      await replacePlanVersion(trx, existing.id, plan, ctx.now());
      id = existing.id;
    } else {
      id = await insertPlanVersion(trx, council.id, plan);
    }
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: existing ? 'replace' : 'import',
      entity: 'plan-version',
      entityId: plan.version,
      after: { years: plan.years, lines: plan.lines.length },
    });
    const stored = (await listPlanVersions(trx, council.id)).find((v) => v.id === id)!;
    return versionView(stored);
  });
}

/** A plan file with problems: every one is listed (the API answers 400 with them). */
export class PlanFileInvalidError extends ServiceError {
  constructor(readonly problems: string[]) {
    super(
      `The plan file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was saved:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      400,
    );
  }
}

/** Freezes a version (e.g. the agreed baseline): from then on it can only be copied. */
export async function freezeVersion(ctx: ServiceContext, actor: Actor, code: string, name: string) {
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const version = await requireVersion({ ...ctx, db: trx }, council, name);
    if (version.status === 'frozen') throw new FrozenVersionError(name);
    const frozenBy = actor.kind === 'user' ? actor.user.email : actor.label;
    await trx
      .updateTable('plan_versions')
      .set({ status: 'frozen', frozen_at: ctx.now(), frozen_by: frozenBy })
      .where('id', '=', version.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'freeze',
      entity: 'plan-version',
      entityId: name,
      before: { status: 'draft' },
      after: { status: 'frozen' },
    });
    return versionView((await listPlanVersions(trx, council.id)).find((v) => v.id === version.id)!);
  });
}

const copyInput = z
  .object({
    name: z.string().trim().min(1, 'Give the copy a name.').max(200),
    description: z.string().trim().max(2000).optional(),
  })
  .strict();

/** Copies a version (frozen or not) to a new draft. */
export async function copyVersion(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
  input: unknown,
) {
  const { name: newName, description } = parseInput(copyInput, input);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const source = await requireVersion({ ...ctx, db: trx }, council, name);
    if (await findPlanVersion(trx, council.id, newName))
      throw new ConflictError(`${council.name} already has a version called "${newName}".`, 'name');
    const plan = await loadPlanVersion(trx, council.code, source.id);
    const id = await insertPlanVersion(
      trx,
      council.id,
      { ...plan, version: newName, description: description ?? `Copy of "${name}".` },
      source.id,
    );
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'copy',
      entity: 'plan-version',
      entityId: newName,
      after: { copiedFrom: name },
    });
    return versionView((await listPlanVersions(trx, council.id)).find((v) => v.id === id)!);
  });
}

/** Deletes a draft version (frozen versions are the record of what was agreed and stay). */
export async function deleteVersion(ctx: ServiceContext, actor: Actor, code: string, name: string) {
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  await inTransaction(ctx, async (trx) => {
    const version = await requireVersion({ ...ctx, db: trx }, council, name);
    if (version.status === 'frozen') throw new FrozenVersionError(name);
    await trx.deleteFrom('plan_versions').where('id', '=', version.id).execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'delete',
      entity: 'plan-version',
      entityId: name,
      before: { name },
    });
  });
}
