import { sql, type Kysely, type Selectable } from 'kysely';
import type { Placement } from '../../core/placements';
import type { PlacementRecordsTable, PlacementSnapshotsTable } from '../../db/placementsSchema';
import type { Database } from '../../db/schema';

// Storage of placement snapshots. Lives with the placement services (its only users); bigint pence come
// back as numbers (see openDatabase), dates as the ISO text they were stored as.

/** A stored snapshot without its rows. */
export interface StoredSnapshot {
  id: number;
  asAt: string;
  source: string | null;
  placements: number;
  children: number;
  createdAt: Date;
  /** Made-up rows (the demo register): label them synthetic wherever they show. */
  synthetic: boolean;
  /** The row version: a replacement of the register at this date moves it on. */
  revision: number;
  createdBy: string;
}

const toSnapshot = (row: Selectable<PlacementSnapshotsTable>): StoredSnapshot => ({
  id: row.id,
  asAt: row.as_at,
  source: row.source,
  placements: row.placements,
  children: row.children,
  createdAt: row.created_at,
  synthetic: row.synthetic,
  revision: row.revision,
  createdBy: row.created_by,
});

/** The council's snapshots, oldest first. */
export async function listSnapshots(db: Kysely<Database>, councilId: number): Promise<StoredSnapshot[]> {
  const rows = await db
    .selectFrom('placement_snapshots')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('as_at')
    .execute();
  return rows.map(toSnapshot);
}

/** The snapshot dated exactly `asAt`, if any. */
export async function findSnapshot(
  db: Kysely<Database>,
  councilId: number,
  asAt: string,
): Promise<StoredSnapshot | undefined> {
  const row = await db
    .selectFrom('placement_snapshots')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('as_at', '=', asAt)
    .executeTakeFirst();
  return row && toSnapshot(row);
}

/** The latest snapshot dated on or before `date` (the latest of all when date is undefined). */
export async function latestSnapshot(
  db: Kysely<Database>,
  councilId: number,
  date?: string,
): Promise<StoredSnapshot | undefined> {
  let query = db.selectFrom('placement_snapshots').selectAll().where('council_id', '=', councilId);
  if (date !== undefined) query = query.where('as_at', '<=', date);
  const row = await query.orderBy('as_at', 'desc').limit(1).executeTakeFirst();
  return row && toSnapshot(row);
}

const BATCH = 1000; // 21 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters per statement

/** Stores a snapshot and its placements (call inside a transaction); returns its id. */
export async function insertSnapshot(
  db: Kysely<Database>,
  councilId: number,
  snapshot: {
    asAt: string;
    source: string | null;
    createdBy: string;
    children: number;
    synthetic?: boolean;
    /** Carried on from the register this one replaces, so a stale replacement is still refused. */
    revision?: number;
  },
  placements: readonly Placement[],
): Promise<number> {
  const { id } = await db
    .insertInto('placement_snapshots')
    .values({
      council_id: councilId,
      as_at: snapshot.asAt,
      source: snapshot.source,
      placements: placements.length,
      children: snapshot.children,
      created_by: snapshot.createdBy,
      synthetic: snapshot.synthetic ?? false,
      revision: snapshot.revision ?? 1,
      updated_by: snapshot.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < placements.length; start += BATCH) {
    const rows = placements.slice(start, start + BATCH).map((p, i) => toRecord(id, start + i + 1, p));
    try {
      await db.insertInto('placement_records').values(rows).execute();
    } catch (error) {
      // PostgreSQL puts the failing row (child id, date of birth) in the error's detail: keep only the code,
      // so that nothing child-level reaches the server log.
      const code = (error as { code?: unknown }).code;
      throw new Error(
        `storing placement rows ${String(start + 1)}-${String(start + rows.length)} failed (PostgreSQL error ${typeof code === 'string' ? code : 'unknown'})`,
      );
    }
  }
  return id;
}

/** Deletes a snapshot and its placements. */
export async function deleteSnapshot(db: Kysely<Database>, snapshotId: number): Promise<void> {
  await db.deleteFrom('placement_snapshots').where('id', '=', snapshotId).execute();
}

/**
 * A snapshot's placements in file order. The rows come as one JSON array (json_agg): about three times
 * faster than decoding 20 columns row by row, on PGlite and on PostgreSQL.
 */
export async function loadPlacements(db: Kysely<Database>, snapshotId: number): Promise<Placement[]> {
  const result = await sql<{ rows: Array<Selectable<PlacementRecordsTable>> }>`
    select coalesce(json_agg(r order by r.row_number), '[]'::json) as rows from placement_records r where r.snapshot_id = ${snapshotId}`.execute(
    db,
  );
  return (result.rows[0]?.rows ?? []).map(toPlacement);
}

function toRecord(snapshotId: number, rowNumber: number, p: Placement): PlacementRecordsTable {
  return {
    snapshot_id: snapshotId,
    row_number: rowNumber,
    child_id: p.childId,
    date_of_birth: p.dateOfBirth,
    ncy: p.ncy,
    primary_need: p.primaryNeed,
    setting_type: p.settingType,
    provider: p.provider,
    urn: p.urn,
    in_borough: p.inBorough,
    start_date: p.startDate,
    end_date: p.endDate,
    cost_basis: p.costBasis,
    place_funding: p.placeFunding,
    top_up: p.topUp,
    other_cost: p.otherCost,
    health_contribution: p.contributions.health,
    social_care_contribution: p.contributions.socialCare,
    adult_social_care_contribution: p.contributions.adultSocialCare,
    adult_health_contribution: p.contributions.adultHealth,
    council_category: p.councilCategory,
  };
}

function toPlacement(r: Selectable<PlacementRecordsTable>): Placement {
  return {
    childId: r.child_id,
    dateOfBirth: r.date_of_birth,
    ncy: r.ncy,
    primaryNeed: r.primary_need,
    settingType: r.setting_type,
    provider: r.provider,
    urn: r.urn,
    inBorough: r.in_borough,
    startDate: r.start_date,
    endDate: r.end_date,
    costBasis: r.cost_basis,
    placeFunding: Number(r.place_funding),
    topUp: Number(r.top_up),
    otherCost: Number(r.other_cost),
    contributions: {
      health: Number(r.health_contribution),
      socialCare: Number(r.social_care_contribution),
      adultSocialCare: Number(r.adult_social_care_contribution),
      adultHealth: Number(r.adult_health_contribution),
    },
    councilCategory: r.council_category,
  };
}
