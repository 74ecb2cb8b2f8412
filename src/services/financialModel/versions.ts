import { z } from 'zod';
import { checkPlanVersion, type CheckFailure } from '../../core/checks';
import { computeModel, reservesView, type PlanVersion, type ReservesView } from '../../core/finance';
import type { Kysely } from 'kysely';
import {
  findPlanVersion,
  insertPlanVersion,
  listPlanVersions,
  loadPlanRevisions,
  loadPlanVersion,
  lockPlanVersion,
  replacePlanVersion,
  type StoredVersion,
  type WriteStamp,
} from '../../db/planRepository';
import type { Database } from '../../db/schema';
import { readPlanJson } from '../../io/financialModel/readPlanJson';
import { actorLabel, recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, NotFoundError, ServiceError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { checkedRevision, nextRevision, requireFresh } from '../rowVersion';
import { holdersOfVersions, type VersionHolder } from '../safetyValve/snapshotStore';
import { text } from '../fields';
import { parseInput } from '../validation';
import { versionNameField } from './nameFields';
import { returnPeriodWords, versionUsers } from './versionReferences';

/** Thrown when a frozen version is asked to change. */
export class FrozenVersionError extends ServiceError {
  constructor(name: string) {
    super(`"${name}" is frozen and cannot be edited. Copy it to a new version to make changes.`, 409);
  }
}

/** Thrown when a version a signed Safety Valve return was drawn from is asked to change. */
export class HeldVersionError extends ServiceError {
  constructor(name: string, holders: readonly VersionHolder[]) {
    const returns = holders.map((h) => returnPeriodWords(h.period)).join(' and ');
    super(
      `"${name}" is used by the signed Safety Valve return ${returns}; copy it to change it (or an administrator reopens the return).`,
      409,
    );
  }
}

/** Who writes and when, for the rows a write stamps. */
export const stampOf = (actor: Actor, now: Date): WriteStamp => ({ by: actorLabel(actor).email, at: now });

/**
 * The version, locked for this transaction and checked that it may change: not frozen, not held by a
 * signed return, and (when the client sent the revision it read) not changed since. Call inside a transaction.
 */
export async function requireEditableVersion(
  trx: Kysely<Database>,
  council: Council,
  name: string,
  expectedRevision?: number,
): Promise<StoredVersion> {
  const found = await findPlanVersion(trx, council.id, name);
  if (!found) throw noSuchVersion(council, name);
  await lockPlanVersion(trx, found.id);
  const version = (await findPlanVersion(trx, council.id, name))!;
  requireFresh(expectedRevision, version, `the plan version "${name}"`, versionView(version));
  await refuseUnlessEditable(trx, version);
  return version;
}

/** Refuses a change to a frozen version, or to one a signed return holds (409 naming the return). */
export async function refuseUnlessEditable(db: Kysely<Database>, version: StoredVersion): Promise<void> {
  if (version.status === 'frozen') throw new FrozenVersionError(version.name);
  const holders = (await holdersOfVersions(db, [version.id])).get(version.id) ?? [];
  if (holders.length > 0) throw new HeldVersionError(version.name, holders);
}

/** Finds a council's version by name, or a 404 naming it. */
export async function requireVersion(
  ctx: ServiceContext,
  council: Council,
  name: string,
): Promise<StoredVersion> {
  const version = await findPlanVersion(ctx.db, council.id, name);
  if (!version) throw noSuchVersion(council, name);
  return version;
}

const noSuchVersion = (council: Council, name: string) =>
  new NotFoundError(`${council.name} has no plan version called "${name}".`);

/** The council's plan versions, with each year's headline figures. */
export async function listVersions(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const versions = await listPlanVersions(ctx.db, council.id);
  const holders = await holdersOfVersions(
    ctx.db,
    versions.map((v) => v.id),
  );
  return Promise.all(
    versions.map(async (v) => {
      const plan = await loadPlanVersion(ctx.db, council.code, v.id);
      return {
        ...versionView(v, holders.get(v.id)),
        years: computeModel(plan).map((y) => ({
          year: y.year,
          inYearDsgDeficit: y.inYearDsgDeficit,
          cumulativeDeficitAfterDfe: y.cumulativeDeficitAfterDfe,
        })),
      };
    }),
  );
}

/** A version as the API shows it, with its revision and the signed returns that hold it (none: `[]`). */
export function versionView(v: StoredVersion, heldBy: readonly VersionHolder[] = []) {
  return {
    id: v.id,
    name: v.name,
    description: v.description,
    status: v.status,
    basedOnId: v.basedOnId,
    updatedAt: v.updatedAt.toISOString(),
    updatedBy: v.updatedBy,
    frozenAt: v.frozenAt?.toISOString() ?? null,
    frozenBy: v.frozenBy,
    revision: v.revision,
    heldBy: heldBy.map((h) => ({ period: h.period, status: h.status })),
  };
}

/** A version's view read back in the transaction that changed it. */
async function storedView(db: Kysely<Database>, councilId: number, id: number) {
  const stored = (await listPlanVersions(db, councilId)).find((v) => v.id === id)!;
  return versionView(stored, (await holdersOfVersions(db, [id])).get(id));
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
  revisions: Awaited<ReturnType<typeof loadPlanRevisions>>;
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
    version: versionView(stored, (await holdersOfVersions(ctx.db, [stored.id])).get(stored.id)),
    plan,
    years: computeModel(plan),
    checks: checkPlanVersion(plan),
    reserves: reservesView(plan),
    hasRecoveryPlan: document !== undefined,
    // The row versions the grid sends back with an edit: each line's, and each amount's by year.
    revisions: await loadPlanRevisions(ctx.db, stored.id),
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
  .object({
    replace: z.boolean().default(false),
    name: versionNameField.optional(),
    expectedRevision: z.unknown().optional(),
  })
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
  const { replace, name, expectedRevision } = parseInput(importOptions, options);
  const expected = checkedRevision(expectedRevision);
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
    const found = await findPlanVersion(trx, council.id, plan.version);
    if (found) await refuseUnlessEditable(trx, found);
    if (found && !replace)
      throw new ConflictError(
        `${council.name} already has a version called "${plan.version}". Replace it explicitly, or import under another name.`,
        'version',
      );
    const existing = found && (await requireEditableVersion(trx, council, found.name, expected));
    if (!existing) requireFresh(expected, undefined, `the plan version "${plan.version}"`, null);
    let id: number;
    if (existing) {
      await replacePlanVersion(trx, existing.id, plan, stampOf(actor, ctx.now()));
      id = existing.id;
    } else {
      id = await insertPlanVersion(trx, council.id, plan, null, stampOf(actor, ctx.now()));
    }
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: existing ? 'replace' : 'import',
      entity: 'plan-version',
      entityId: plan.version,
      after: { years: plan.years, lines: plan.lines.length },
    });
    return storedView(trx, council.id, id);
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

const revisionOption = z.object({ expectedRevision: z.unknown().optional() }).strict();

/**
 * Freezes a version (e.g. the agreed baseline): from then on it can only be copied. A version a signed
 * return holds may be frozen (its figures do not change).
 */
export async function freezeVersion(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
  options: unknown = {},
) {
  const expected = checkedRevision(parseInput(revisionOption, options).expectedRevision);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  return inTransaction(ctx, async (trx) => {
    const found = await requireVersion({ ...ctx, db: trx }, council, name);
    await lockPlanVersion(trx, found.id);
    const version = (await findPlanVersion(trx, council.id, name))!;
    requireFresh(expected, version, `the plan version "${name}"`, versionView(version));
    if (version.status === 'frozen') throw new FrozenVersionError(name);
    const frozenBy = actorLabel(actor).email;
    await trx
      .updateTable('plan_versions')
      .set({
        status: 'frozen',
        frozen_at: ctx.now(),
        frozen_by: frozenBy,
        ...nextRevision(actor, ctx.now()),
      })
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
    return storedView(trx, council.id, version.id);
  });
}

const copyInput = z
  .object({
    name: versionNameField,
    description: text('the description', { max: 2000, required: false, multiline: true }).optional(),
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
      stampOf(actor, ctx.now()),
    );
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'copy',
      entity: 'plan-version',
      entityId: newName,
      after: { copiedFrom: name },
    });
    return storedView(trx, council.id, id);
  });
}

/**
 * Deletes a draft version. Frozen versions are the record of what was agreed and stay; so does a version
 * a signed return holds, and one the agreement, a KPI set or period, or a return reads (409 saying which).
 */
export async function deleteVersion(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  name: string,
  options: unknown = {},
) {
  const expected = checkedRevision(parseInput(revisionOption, options).expectedRevision);
  const council = await requireCouncil(ctx, actor, code, 'finance.edit');
  await inTransaction(ctx, async (trx) => {
    const version = await requireEditableVersion(trx, council, name, expected);
    const users = await versionUsers(trx, council, name);
    if (users.length > 0)
      throw new ConflictError(
        `"${name}" cannot be deleted: ${users.join('; ')} ${users.length === 1 ? 'reads' : 'read'} it. Point ${users.length === 1 ? 'it' : 'them'} at another version first.`,
      );
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

// What the web receives (it imports these types; the server sends them as JSON).
/** A plan version as listed: its facts and each year's headline deficits. */
export type VersionSummaryView = Awaited<ReturnType<typeof listVersions>>[number];
/** A plan version's facts (name, status, when frozen and by whom). */
export type VersionInfoView = ReturnType<typeof versionView>;
/** One version with its lines, derived figures and failing checks. */
export type VersionDetailView = Awaited<ReturnType<typeof getVersion>>;
/** What copying a version takes: the new name and, if wanted, a description. */
export type CopyVersionInput = z.input<typeof copyInput>;
