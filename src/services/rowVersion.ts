import { sql } from 'kysely';
import { longDate } from '../core/safetyValve';
import { actorLabel } from './audit';
import { ConflictError, ValidationError } from './errors';
import type { Actor } from './permissions';

// Optimistic concurrency: every edited row carries a `revision` (bumped by each write) with who made the
// last write and when. A client sends the revision it read (`expectedRevision` in the body, or the HTTP
// If-Match header); a write made from a stale read is refused with the current value instead of silently
// overwriting it. A client that sends no revision is not checked (the command line edits what it has just
// read, in one transaction).

/** What a row's version says: its revision and who wrote it last, when. */
export interface RowVersion {
  revision: number;
  updatedBy: string | null;
  updatedAt: Date | null;
}

/** The 409 a stale write gets: the current value, its revision, and who changed it when. */
export interface StaleWrite {
  revision: number;
  changedBy: string | null;
  changedAt: string | null;
  current: unknown;
}

/** A write made from a stale read (409): the answer carries `conflict` so the client can show both. */
export class StaleWriteError extends ConflictError {
  constructor(
    message: string,
    readonly conflict: StaleWrite,
  ) {
    super(message, 'expectedRevision');
  }
}

/** The row version of a row with `revision`, `updated_by` and `updated_at` columns. */
export function rowVersionOf(row: {
  revision: number;
  updated_by: string | null;
  updated_at: Date | null;
}): RowVersion {
  return { revision: row.revision, updatedBy: row.updated_by, updatedAt: row.updated_at };
}

/**
 * Takes `expectedRevision` out of an edit's input, so the input's own schema stays as it was: the
 * revision the client read (a whole number), or undefined when it sent none.
 */
export function takeExpectedRevision(input: unknown): { expected: number | undefined; rest: unknown } {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !('expectedRevision' in input))
    return { expected: undefined, rest: input };
  const { expectedRevision, ...rest } = input as Record<string, unknown>;
  return { expected: checkedRevision(expectedRevision), rest };
}

/** A revision sent by a client, checked: a whole number from 0 (0: the row did not exist yet). */
export function checkedRevision(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 2_147_483_647)
    throw new ValidationError(
      `expectedRevision: ${JSON.stringify(value)} is not a revision: send the whole number "revision" you read.`,
      'expectedRevision',
    );
  return value;
}

function when(at: Date | null): string {
  if (!at) return '';
  const iso = at.toISOString();
  return ` at ${iso.slice(11, 16)} UTC on ${longDate(iso.slice(0, 10))}`;
}

/**
 * Refuses a write made from a stale read: `expected` (the revision the client read; 0 when it read no
 * row) must be the row's revision now (0 when there is no row). `what` names the thing in words
 * ("the 2021-22 amount of line E1 of “Latest forecast”"); `current` is what the client should see instead,
 * and `currentInWords` says it in the message when it is short ("£662,911").
 */
export function requireFresh(
  expected: number | undefined,
  row: RowVersion | undefined,
  what: string,
  current: unknown,
  currentInWords?: string,
): void {
  const revision = row?.revision ?? 0;
  if (expected === undefined || expected === revision) return;
  const by = row?.updatedBy ? ` by ${row.updatedBy}` : '';
  const message = row
    ? `${upperFirst(what)} was changed${by}${when(row.updatedAt)} after you read it${currentInWords ? `: it is now ${currentInWords}` : ''} (you read revision ${expected}; it is now revision ${revision}). Nothing was saved: look at the current value and make your change again.`
    : `${upperFirst(what)} no longer exists: it was removed after you read it. Nothing was saved.`;
  throw new StaleWriteError(message, {
    revision,
    changedBy: row?.updatedBy ?? null,
    changedAt: row?.updatedAt?.toISOString() ?? null,
    current,
  });
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The columns every write sets on a versioned row: the next revision, and who and when. */
export function nextRevision(actor: Actor, now: Date) {
  return { revision: sql<number>`revision + 1`, updated_by: actorLabel(actor).email, updated_at: now };
}

/** The columns a new versioned row starts with: revision 1, who and when. */
export function firstRevision(actor: Actor, now: Date) {
  return { revision: 1, updated_by: actorLabel(actor).email, updated_at: now };
}
