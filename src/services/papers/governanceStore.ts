import type { Kysely, Selectable } from 'kysely';
import {
  nextMeeting,
  overdueItems,
  type GovernanceBody,
  type GovernanceItem,
  type Meeting,
} from '../../core/governance';
import { compareIsoDates, type IsoDate } from '../../core/periods';
import type { Database } from '../../db/schema';
import type { GovernanceItemsTable } from '../../db/papersSchema';

// The repository boundary of the governance tables: rows in, core types out.

function toItem(row: Selectable<GovernanceItemsTable>): GovernanceItem {
  return {
    id: row.id,
    kind: row.kind,
    meetingId: row.meeting_id,
    reference: row.reference,
    source: row.source,
    title: row.title,
    detail: row.detail,
    owner: row.owner,
    dueOn: row.due_on,
    status: row.status,
    completedOn: row.completed_on,
    progress: row.progress,
    workstream: row.workstream,
    recordedOn: row.recorded_on,
  };
}

/** Every tracker entry of the council, in the order recorded. */
export async function listItems(db: Kysely<Database>, councilId: number): Promise<GovernanceItem[]> {
  const rows = await db
    .selectFrom('governance_items')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('recorded_on')
    .orderBy('id')
    .execute();
  return rows.map(toItem);
}

/** Records a tracker entry (the caller checks the role, validates and audits). */
export async function insertItem(
  db: Kysely<Database>,
  councilId: number,
  item: Omit<GovernanceItem, 'id'>,
): Promise<number> {
  const row = await db
    .insertInto('governance_items')
    .values({
      council_id: councilId,
      kind: item.kind,
      meeting_id: item.meetingId,
      reference: item.reference,
      source: item.source,
      title: item.title,
      detail: item.detail,
      owner: item.owner,
      due_on: item.dueOn,
      status: item.status,
      completed_on: item.completedOn,
      progress: item.progress,
      workstream: item.workstream,
      recorded_on: item.recordedOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The council's bodies and their meetings, oldest meeting first. */
export async function listCycle(
  db: Kysely<Database>,
  councilId: number,
): Promise<{ bodies: GovernanceBody[]; meetings: Meeting[] }> {
  const bodies = await db
    .selectFrom('governance_bodies')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('name')
    .execute();
  const meetings = await db
    .selectFrom('meetings')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('meets_on')
    .execute();
  return {
    bodies: bodies.map((b) => ({
      id: b.id,
      name: b.name,
      kind: b.kind,
      cadenceMonths: b.cadence_months,
      chair: b.chair,
      remit: b.remit,
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      bodyId: m.body_id,
      meetsOn: m.meets_on,
      title: m.title,
      status: m.status,
      notes: m.notes,
    })),
  };
}

/**
 * The governance tracker as a paper dated `asAt` shows it: entries recorded by then, the overdue ones on
 * that date, and each body's next meeting from that date.
 */
export async function governanceAsAt(db: Kysely<Database>, councilId: number, asAt: IsoDate) {
  const items = (await listItems(db, councilId)).filter((i) => compareIsoDates(i.recordedOn, asAt) <= 0);
  const { bodies, meetings } = await listCycle(db, councilId);
  return {
    items,
    overdue: overdueItems(items, asAt),
    bodies: bodies.map((b) => ({ ...b, next: nextMeeting(b, meetings, asAt) })),
  };
}
