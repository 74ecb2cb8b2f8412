import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { returnStatus, type ReturnStatus, type SignOff } from '../../core/safetyValve';
import type { Database } from '../../db/schema';

// The repository boundary of signed returns' snapshots (migration 010): what a return showed when it was
// first signed, as JSON text with its SHA-256, and the plan versions it was drawn from.

/** Which part of a return a plan version feeds. */
export type HeldRole = 'agreed' | 'projection' | 'kpiTarget' | 'kpiValue';

/** A stored snapshot: the content as captured, its hash, who captured it (the first signer) and when. */
export interface StoredSnapshot {
  content: string;
  sha256: string;
  capturedAt: Date;
  capturedBy: string;
}

/** A return that holds a version: its period and status. */
export interface VersionHolder {
  period: string;
  status: ReturnStatus;
}

/** The SHA-256 of a snapshot's text, in hex. */
export function snapshotHash(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Stores a return's snapshot and the versions it holds (the return has none yet). */
export async function saveSnapshot(
  db: Kysely<Database>,
  returnId: number,
  content: string,
  captured: { by: string; at: Date },
  versions: ReadonlyArray<{ versionId: number; role: HeldRole }>,
): Promise<StoredSnapshot> {
  const sha256 = snapshotHash(content);
  await db
    .insertInto('sv_return_snapshots')
    .values({
      return_id: returnId,
      content,
      content_sha256: sha256,
      captured_at: captured.at,
      captured_by: captured.by,
    })
    .execute();
  if (versions.length > 0)
    await db
      .insertInto('sv_return_versions')
      .values(versions.map((v) => ({ return_id: returnId, version_id: v.versionId, role: v.role })))
      .execute();
  return { content, sha256, capturedAt: captured.at, capturedBy: captured.by };
}

/** A return's snapshot, or undefined while it is a draft. */
export async function findSnapshot(
  db: Kysely<Database>,
  returnId: number,
): Promise<StoredSnapshot | undefined> {
  const row = await db
    .selectFrom('sv_return_snapshots')
    .selectAll()
    .where('return_id', '=', returnId)
    .executeTakeFirst();
  return (
    row && {
      content: row.content,
      sha256: row.content_sha256,
      capturedAt: row.captured_at,
      capturedBy: row.captured_by,
    }
  );
}

/** Discards a return's snapshot (and so releases the versions it held); returns the discarded hash. */
export async function discardSnapshot(db: Kysely<Database>, returnId: number): Promise<string | null> {
  const row = await db
    .deleteFrom('sv_return_snapshots')
    .where('return_id', '=', returnId)
    .returning('content_sha256')
    .executeTakeFirst();
  return row?.content_sha256 ?? null;
}

/** The versions a return's snapshot holds, with the part each feeds. */
export async function heldVersionsOf(db: Kysely<Database>, returnId: number) {
  return db
    .selectFrom('sv_return_versions')
    .innerJoin('plan_versions', 'plan_versions.id', 'sv_return_versions.version_id')
    .select(['plan_versions.name as name', 'sv_return_versions.role as role'])
    .where('sv_return_versions.return_id', '=', returnId)
    .orderBy('sv_return_versions.role')
    .orderBy('plan_versions.name')
    .execute();
}

/** For each of these versions, the signed returns holding it (oldest period first). */
export async function holdersOfVersions(
  db: Kysely<Database>,
  versionIds: readonly number[],
): Promise<Map<number, VersionHolder[]>> {
  const holders = new Map<number, VersionHolder[]>();
  if (versionIds.length === 0) return holders;
  const rows = await db
    .selectFrom('sv_return_versions')
    .innerJoin('sv_returns', 'sv_returns.id', 'sv_return_versions.return_id')
    .select([
      'sv_return_versions.version_id as versionId',
      'sv_returns.period as period',
      'sv_returns.s151_sign_off as s151',
      'sv_returns.dcs_sign_off as dcs',
    ])
    .where('sv_return_versions.version_id', 'in', [...versionIds])
    .orderBy('sv_returns.period')
    .execute();
  for (const row of rows) {
    const list = holders.get(row.versionId) ?? [];
    if (list.some((h) => h.period === row.period)) continue;
    list.push({
      period: row.period,
      status: returnStatus({
        s151SignOff: (row.s151 as SignOff | null) ?? null,
        dcsSignOff: (row.dcs as SignOff | null) ?? null,
      }),
    });
    holders.set(row.versionId, list);
  }
  return holders;
}
