import type { Kysely } from 'kysely';
import { cadenceText } from '../../core/governance';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { bodyInput, meetingInput } from './inputs';

// The meeting cycle as the council keeps it: the bodies that oversee the High Needs Block (boards,
// committees, the Schools Forum, DfE meetings) with their cadence, and their meetings with the papers
// attached. Finance and SEND leads keep it (governance.edit); every change is audited.

async function requireBody(trx: Kysely<Database>, council: Council, id: number, field = 'bodyId') {
  const body = await trx
    .selectFrom('governance_bodies')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('council_id', '=', council.id)
    .executeTakeFirst();
  if (!body)
    throw new ValidationError(
      `${council.name} has no body ${id} in its meeting cycle: choose one of its boards or committees.`,
      field,
    );
  return body;
}

async function refuseSameName(trx: Kysely<Database>, council: Council, name: string, except?: number) {
  let query = trx
    .selectFrom('governance_bodies')
    .select('id')
    .where('council_id', '=', council.id)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (except !== undefined) query = query.where('id', '!=', except);
  if (await query.executeTakeFirst())
    throw new ConflictError(
      `${council.name} already has a body called "${name}": give this one another name.`,
    );
}

/** Adds a body to the council's meeting cycle (its name must be new to the council). */
export async function addBody(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const council = await requireCouncil(ctx, actor, code, 'governance.edit');
  const b = parseInput(bodyInput, input);
  return inTransaction(ctx, async (trx) => {
    await refuseSameName(trx, council, b.name);
    const { id } = await trx
      .insertInto('governance_bodies')
      .values({
        council_id: council.id,
        name: b.name,
        kind: b.kind,
        cadence_months: b.cadenceMonths,
        chair: b.chair,
        remit: b.remit,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'governance.body.create',
      entity: 'governance_body',
      entityId: id,
      after: { name: b.name, kind: b.kind, cadence: cadenceText(b.cadenceMonths) },
    });
    return id;
  });
}

/** Changes a body's name, kind, cadence, chair or remit. */
export async function updateBody(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  id: number,
  input: unknown,
) {
  const council = await requireCouncil(ctx, actor, code, 'governance.edit');
  const b = parseInput(bodyInput, input);
  return inTransaction(ctx, async (trx) => {
    const before = await trx
      .selectFrom('governance_bodies')
      .select(['name', 'kind', 'cadence_months'])
      .where('id', '=', id)
      .where('council_id', '=', council.id)
      .executeTakeFirst();
    if (!before) throw new NotFoundError(`${council.name} has no body ${id} in its meeting cycle.`);
    await refuseSameName(trx, council, b.name, id);
    await trx
      .updateTable('governance_bodies')
      .set({ name: b.name, kind: b.kind, cadence_months: b.cadenceMonths, chair: b.chair, remit: b.remit })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'governance.body.update',
      entity: 'governance_body',
      entityId: id,
      before: { name: before.name, kind: before.kind, cadence: cadenceText(before.cadence_months) },
      after: { name: b.name, kind: b.kind, cadence: cadenceText(b.cadenceMonths) },
    });
    return id;
  });
}

/** Replaces the papers attached to a meeting with those named, each checked to be the council's. */
async function attachPapers(trx: Kysely<Database>, council: Council, meetingId: number, ids: number[]) {
  const unique = [...new Set(ids)];
  const papers =
    unique.length === 0
      ? []
      : await trx
          .selectFrom('papers')
          .select(['id', 'title'])
          .where('council_id', '=', council.id)
          .where('id', 'in', unique)
          .execute();
  const missing = unique.find((id) => !papers.some((p) => p.id === id));
  if (missing !== undefined)
    throw new ValidationError(
      `${council.name} has no paper ${missing} to attach to the meeting: choose one of its papers.`,
      'paperIds',
    );
  await trx
    .deleteFrom('meeting_documents')
    .where('meeting_id', '=', meetingId)
    .where('paper_id', 'is not', null)
    .execute();
  for (const p of papers)
    await trx
      .insertInto('meeting_documents')
      .values({ meeting_id: meetingId, paper_id: p.id, title: p.title, url: null })
      .execute();
}

async function writeMeeting(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  input: unknown,
  id: number | undefined,
) {
  const council = await requireCouncil(ctx, actor, code, 'governance.edit');
  const m = parseInput(meetingInput, input);
  return inTransaction(ctx, async (trx) => {
    const body = await requireBody(trx, council, m.bodyId);
    const values = {
      body_id: m.bodyId,
      meets_on: m.meetsOn,
      title: m.title,
      status: m.status,
      notes: m.notes,
    };
    let meetingId: number;
    if (id === undefined) {
      meetingId = (
        await trx
          .insertInto('meetings')
          .values({ ...values, council_id: council.id })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      const found = await trx
        .updateTable('meetings')
        .set(values)
        .where('id', '=', id)
        .where('council_id', '=', council.id)
        .executeTakeFirst();
      if (found.numUpdatedRows === 0n) throw new NotFoundError(`${council.name} has no meeting ${id}.`);
      meetingId = id;
    }
    await attachPapers(trx, council, meetingId, m.paperIds);
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: id === undefined ? 'governance.meeting.create' : 'governance.meeting.update',
      entity: 'meeting',
      entityId: meetingId,
      after: { body: body.name, meetsOn: m.meetsOn, status: m.status, papers: m.paperIds.length },
    });
    return meetingId;
  });
}

/** Adds a meeting of one of the council's bodies, with papers attached. */
export function addMeeting(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  return writeMeeting(ctx, actor, code, input, undefined);
}

/** Changes a meeting: its date, status (held, cancelled), notes and the papers attached. */
export function updateMeeting(ctx: ServiceContext, actor: Actor, code: string, id: number, input: unknown) {
  return writeMeeting(ctx, actor, code, input, id);
}
