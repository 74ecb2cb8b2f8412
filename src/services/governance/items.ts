import type { Kysely } from 'kysely';
import { isOutstanding, kindNames, type ItemStatus } from '../../core/governance';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil, type Council } from '../councils';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { insertItem } from '../papers/governanceStore';
import { itemInput, itemStatusInput } from './inputs';

// The governance tracker's entries: decisions, actions with owner and due date, recommendations (the
// peer review's), and the progress and issues log. Audited by kind, title length and status, never the
// text: an entry can name a child's case.

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

/** The date an entry was completed: kept while it stays done or closed, today when it becomes so. */
function completedOn(ctx: ServiceContext, status: ItemStatus, before: string | null): string | null {
  if (isOutstanding({ status })) return null;
  return before ?? today(ctx);
}

async function requireMeeting(trx: Kysely<Database>, council: Council, id: number | null) {
  if (id === null) return;
  const found = await trx
    .selectFrom('meetings')
    .select('id')
    .where('id', '=', id)
    .where('council_id', '=', council.id)
    .executeTakeFirst();
  if (!found)
    throw new ValidationError(
      `${council.name} has no meeting ${id}: choose one of its meetings, or none.`,
      'meetingId',
    );
}

async function currentItem(trx: Kysely<Database>, council: Council, id: number, revision?: number) {
  const row = await trx
    .selectFrom('governance_items')
    .select(['kind', 'status', 'revision', 'completed_on', 'progress'])
    .where('id', '=', id)
    .where('council_id', '=', council.id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`${council.name} has no tracker entry ${id}.`);
  if (revision !== undefined && revision !== row.revision)
    throw new ConflictError(
      `Entry ${id} was changed by someone else since you opened it (revision ${row.revision}, yours ${revision}). Reload it and make your change again.`,
    );
  return row;
}

/** Records a tracker entry: an action with its owner and due date, a decision, a recommendation, a log entry. */
export async function addItem(ctx: ServiceContext, actor: Actor, code: string, input: unknown) {
  const council = await requireCouncil(ctx, actor, code, 'governance.edit');
  const { revision: _unused, ...i } = parseInput(itemInput, input);
  return inTransaction(ctx, async (trx) => {
    await requireMeeting(trx, council, i.meetingId);
    const id = await insertItem(trx, council.id, {
      ...i,
      completedOn: completedOn(ctx, i.status, null),
      recordedOn: today(ctx),
    });
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'governance.item.create',
      entity: 'governance_item',
      entityId: id,
      after: {
        kind: i.kind,
        status: i.status,
        dueOn: i.dueOn,
        ...(i.reference ? { reference: i.reference } : {}),
      },
    });
    return id;
  });
}

/** Changes a tracker entry whole (from the revision the writer read, when given). */
export async function updateItem(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  id: number,
  input: unknown,
) {
  const council = await requireCouncil(ctx, actor, code, 'governance.edit');
  const { revision, ...i } = parseInput(itemInput, input);
  return inTransaction(ctx, async (trx) => {
    const before = await currentItem(trx, council, id, revision);
    await requireMeeting(trx, council, i.meetingId);
    await trx
      .updateTable('governance_items')
      .set({
        kind: i.kind,
        meeting_id: i.meetingId,
        reference: i.reference,
        source: i.source,
        title: i.title,
        detail: i.detail,
        owner: i.owner,
        due_on: i.dueOn,
        status: i.status,
        completed_on: completedOn(ctx, i.status, before.completed_on),
        progress: i.progress,
        workstream: i.workstream,
        revision: before.revision + 1,
        updated_at: ctx.now(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'governance.item.update',
      entity: 'governance_item',
      entityId: id,
      before: { kind: before.kind, status: before.status },
      after: { kind: i.kind, status: i.status, dueOn: i.dueOn },
    });
    return id;
  });
}

/**
 * Marks an entry done, closed, in progress or open again, keeping a progress note if one is given. A
 * note that would replace the entry's progress with nothing is not asked for: the note stays.
 */
export async function setItemStatus(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  id: number,
  input: unknown,
) {
  const council = await requireCouncil(ctx, actor, code, 'governance.edit');
  const s = parseInput(itemStatusInput, input);
  return inTransaction(ctx, async (trx) => {
    const before = await currentItem(trx, council, id, s.revision);
    await trx
      .updateTable('governance_items')
      .set({
        status: s.status,
        completed_on: completedOn(ctx, s.status, before.completed_on),
        progress: s.progress ?? before.progress,
        revision: before.revision + 1,
        updated_at: ctx.now(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'governance.item.status',
      entity: 'governance_item',
      entityId: id,
      before: { status: before.status },
      after: { status: s.status },
    });
    return { id, kind: kindNames[before.kind].one, status: s.status };
  });
}
