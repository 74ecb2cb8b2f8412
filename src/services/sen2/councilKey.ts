import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { Actor } from '../permissions';

// Each council's secret key for the keyed hashes of children's identities: 32 random bytes, made on the
// council's first SEN2 import (or preview) and kept in the database. Without it, a person id cannot be
// turned back into a UPN even by someone holding a list of UPNs; with it and such a list, it can: the
// data are pseudonymised, not anonymous, and the database is protected as personal data (docs/sen2.md).

/** The council's key, made (and the making audited) on first use, in the caller's transaction. */
export async function councilKey(db: Kysely<Database>, actor: Actor, councilId: number): Promise<Buffer> {
  const existing = await db
    .selectFrom('sen2_keys')
    .select('secret')
    .where('council_id', '=', councilId)
    .executeTakeFirst();
  if (existing) return Buffer.from(existing.secret, 'base64');
  await db
    .insertInto('sen2_keys')
    .values({ council_id: councilId, secret: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('council_id').doNothing())
    .execute();
  await recordAudit(db, actor, {
    councilId,
    action: 'create',
    entity: 'sen2-key',
    entityId: councilId,
    after: { purpose: 'pseudonymous ids for SEN2 returns' },
  });
  const made = await db
    .selectFrom('sen2_keys')
    .select('secret')
    .where('council_id', '=', councilId)
    .executeTakeFirstOrThrow();
  return Buffer.from(made.secret, 'base64');
}
