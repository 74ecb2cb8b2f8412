import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from './permissions';

export interface AuditRecord {
  councilId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Who to write in the audit trail for an actor. */
export function actorLabel(actor: Actor): { id: number | null; email: string } {
  return actor.kind === 'user'
    ? { id: actor.user.id, email: actor.user.email }
    : { id: null, email: actor.label };
}

/** Writes one audit entry in the caller's transaction, so the entry and the change stand or fall together. */
export async function recordAudit(
  trx: Transaction<Database> | Kysely<Database>,
  actor: Actor,
  record: AuditRecord,
) {
  const who = actorLabel(actor);
  await trx
    .insertInto('audit_log')
    .values({
      actor_user_id: who.id,
      actor_email: who.email,
      council_id: record.councilId,
      action: record.action,
      entity: record.entity,
      entity_id: String(record.entityId),
      before: record.before ? JSON.stringify(record.before) : null,
      after: record.after ? JSON.stringify(record.after) : null,
    })
    .execute();
}
