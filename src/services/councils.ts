import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { CouncilsTable, Database } from '../db/schema';
import {
  nextRevision,
  requireFresh,
  rowVersionOf,
  takeExpectedRevision,
  type RowVersion,
} from './rowVersion';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { ConflictError, ForbiddenError, NotFoundError } from './errors';
import { can, canSee, capabilitiesIn, type Action, type Actor, type CouncilRole } from './permissions';
import { text } from './fields';
import { parseInput } from './validation';

export interface Council {
  id: number;
  code: string;
  newCode: string;
  name: string;
  region: string;
  s151Officer: string | null;
  directorOfChildrensServices: string | null;
}

function toCouncil(row: Selectable<CouncilsTable>): Council {
  return {
    id: row.id,
    code: row.code,
    newCode: row.new_code,
    name: row.name,
    region: row.region,
    s151Officer: row.s151_officer,
    directorOfChildrensServices: row.director_of_childrens_services,
  };
}

/** The public view of a council (no internal id). */
export function councilView(council: Council) {
  const { id: _id, ...rest } = council;
  return rest;
}

const notFound = (code: string) => new NotFoundError(`No council with code ${code} is available to you.`);

/**
 * The council with this code (old LA code like 314, or new code like E09000021), checked for `action`.
 * A council the actor cannot see is reported as not found, so its existence does not leak.
 */
export async function requireCouncil(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  action: Action,
): Promise<Council> {
  const row = await ctx.db
    .selectFrom('councils')
    .selectAll()
    .where((eb) => eb.or([eb('code', '=', code), eb('new_code', '=', code.toUpperCase())]))
    .executeTakeFirst();
  if (!row || !canSee(actor, row.id)) throw notFound(code);
  if (actor.kind === 'user' && actor.user.mustChangePassword === true)
    throw new ForbiddenError(
      'Choose a new password before you carry on: you signed in with a one-time password your administrator set.',
    );
  if (!can(actor, action, row.id)) {
    throw new ForbiddenError(`Your role in ${row.name} does not allow this (${action}).`);
  }
  return toCouncil(row);
}

/** Councils the actor can see, with the actor's role in each and what it allows (capabilities). */
export async function listCouncils(ctx: ServiceContext, actor: Actor) {
  const rows = await ctx.db.selectFrom('councils').selectAll().orderBy('name').execute();
  return rows
    .filter((row) => canSee(actor, row.id))
    .map((row) => ({
      ...councilView(toCouncil(row)),
      role: roleIn(actor, row.id),
      capabilities: capabilitiesIn(actor, row.id),
    }));
}

/** The actor's role in a council; system administrators and the command line count as admin. */
export function roleIn(actor: Actor, councilId: number): CouncilRole {
  if (actor.kind === 'system') return 'admin';
  return actor.user.roles.get(councilId) ?? (actor.user.isSystemAdmin ? 'admin' : 'viewer');
}

/** The row version of a council's own row (its officers' names and variance tolerance). */
export async function councilRowVersion(db: Kysely<Database>, councilId: number): Promise<RowVersion> {
  return rowVersionOf(
    await db
      .selectFrom('councils')
      .select(['revision', 'updated_by', 'updated_at'])
      .where('id', '=', councilId)
      .executeTakeFirstOrThrow(),
  );
}

/**
 * Locks a council's row for this transaction and checks the revision the client read (when it sent
 * one): edits of the council's details and tolerance take turns, and a stale one is refused.
 */
export async function requireFreshCouncilRow(
  db: Kysely<Database>,
  council: Council,
  expected: number | undefined,
  what: string,
  current: unknown,
): Promise<void> {
  await db.selectFrom('councils').select('id').where('id', '=', council.id).forUpdate().execute();
  requireFresh(expected, await councilRowVersion(db, council.id), what, current);
}

/** A council with what the actor may do there, for the web app to show or hide controls. */
export async function councilForActor(ctx: ServiceContext, actor: Actor, code: string) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  return {
    revision: (await councilRowVersion(ctx.db, council.id)).revision,
    council: councilView(council),
    role: roleIn(actor, council.id),
    permissions: {
      edit: can(actor, 'finance.edit', council.id) || can(actor, 'send.edit', council.id),
      editCouncil: can(actor, 'council.edit', council.id),
      viewAudit: can(actor, 'audit.read', council.id),
      manageUsers: can(actor, 'users.manage', council.id),
      readPlacementRecords: can(actor, 'placements.readRecords', council.id),
      importPlacements: can(actor, 'placements.import', council.id),
    },
  };
}

const personName = (label: string) =>
  text(label, { required: false })
    .transform((s) => (s === '' ? null : s))
    .nullable();

const councilDetailsInput = z
  .object({
    s151Officer: personName('the S151 officer’s name').optional(),
    directorOfChildrensServices: personName('the Director of Children’s Services’ name').optional(),
  })
  .strict();

/** Changes the named officers of a council (shown on returns to the DfE); audited. */
export async function updateCouncilDetails(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const { expected, rest } = takeExpectedRevision(input);
  const changes = parseInput(councilDetailsInput, rest);
  const council = await requireCouncil(ctx, actor, code, 'council.edit');
  return inTransaction(ctx, async (trx) => {
    await requireFreshCouncilRow(
      trx,
      council,
      expected,
      `the details of ${council.name}`,
      councilView(council),
    );
    const row = await trx
      .updateTable('councils')
      .set({
        ...nextRevision(actor, ctx.now()),
        ...(changes.s151Officer !== undefined ? { s151_officer: changes.s151Officer } : {}),
        ...(changes.directorOfChildrensServices !== undefined
          ? { director_of_childrens_services: changes.directorOfChildrensServices }
          : {}),
      })
      .where('id', '=', council.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const updated = toCouncil(row);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'council',
      entityId: council.code,
      before: {
        s151Officer: council.s151Officer,
        directorOfChildrensServices: council.directorOfChildrensServices,
      },
      after: {
        s151Officer: updated.s151Officer,
        directorOfChildrensServices: updated.directorOfChildrensServices,
      },
    });
    return { ...councilView(updated), revision: row.revision };
  });
}

const newCouncilInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}$/, 'must be a three-digit old LA code such as 314'),
  newCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^E0[6-9]\d{6}$/, 'must be a nine-character ONS code such as E09000021'),
  name: text('the council’s name'),
  region: text('the region', { max: 100 }),
});

/** Adds a council to this instance (system administrators and the command line only). */
export async function createCouncil(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Council> {
  const data = parseInput(newCouncilInput, input);
  if (actor.kind === 'user' && !actor.user.isSystemAdmin) {
    throw new ForbiddenError('Only a system administrator can add a council.');
  }
  return inTransaction(ctx, async (trx) => {
    const clash = await trx
      .selectFrom('councils')
      .select('name')
      .where((eb) => eb.or([eb('code', '=', data.code), eb('new_code', '=', data.newCode)]))
      .executeTakeFirst();
    if (clash)
      throw new ConflictError(
        `A council with code ${data.code} or ${data.newCode} already exists (${clash.name}).`,
        'code',
      );
    const row = await trx
      .insertInto('councils')
      .values({ code: data.code, new_code: data.newCode, name: data.name, region: data.region })
      .returningAll()
      .executeTakeFirstOrThrow();
    const council = toCouncil(row);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'create',
      entity: 'council',
      entityId: council.code,
      after: councilView(council),
    });
    return council;
  });
}

// What the web sends and receives.
/** A council without its internal id. */
export type CouncilView = ReturnType<typeof councilView>;
/** A council the user can see, with their role and what they may do there. */
export type CouncilMembershipView = Awaited<ReturnType<typeof listCouncils>>[number];
/** A council with the actor's role and permissions. */
export type CouncilForActorView = Awaited<ReturnType<typeof councilForActor>>;
/** A change to the officers named on the council's returns. */
export type CouncilDetailsInput = z.input<typeof councilDetailsInput>;
/** The council as its details were saved, with its new revision. */
export type CouncilDetailsView = Awaited<ReturnType<typeof updateCouncilDetails>>;
