import { z } from 'zod';
import type { ServiceContext } from './context';
import { requireCouncil } from './councils';
import type { Actor } from './permissions';
import { parseInput } from './validation';

const query = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().positive().optional(),
});

/** The council's audit trail, newest first, for its administrators. */
export async function listAuditTrail(ctx: ServiceContext, actor: Actor, councilCode: string, input: unknown) {
  const { limit, before } = parseInput(query, input);
  const council = await requireCouncil(ctx, actor, councilCode, 'audit.read');
  let q = ctx.db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_email', 'action', 'entity', 'entity_id', 'before', 'after'])
    .where('council_id', '=', council.id)
    .orderBy('id', 'desc')
    .limit(limit);
  if (before !== undefined) q = q.where('id', '<', before);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorEmail: r.actor_email,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  }));
}

/** One audit entry as the audit page lists it. */
export type AuditEntryView = Awaited<ReturnType<typeof listAuditTrail>>[number];
