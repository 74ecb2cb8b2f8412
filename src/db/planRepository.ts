import { sql, type Kysely, type Selectable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { isLineKind, type PlanLine, type PlanVersion } from '../core/finance';
import type { Database, PlanVersionsTable } from './schema';

/** A stored plan version's row, without its lines. */
export interface StoredVersion {
  id: number;
  name: string;
  description: string | null;
  status: 'draft' | 'frozen';
  years: string[];
  basedOnId: number | null;
  createdAt: Date;
  updatedAt: Date;
  frozenAt: Date | null;
  frozenBy: string | null;
  /** The version's row version: bumped by every change to it, its lines or its amounts. */
  revision: number;
  updatedBy: string | null;
}

/** Who writes, and when: stamped on the rows a write creates or changes. */
export interface WriteStamp {
  by: string;
  at: Date;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Writes a plan version's lines and amounts (the version row must exist and have no lines). */
async function insertLines(
  db: Kysely<Database>,
  versionId: number,
  lines: readonly PlanLine[],
  stamp: WriteStamp | undefined,
): Promise<void> {
  const who = stamp ? { updated_by: stamp.by, updated_at: stamp.at } : {};
  for (const [position, line] of lines.entries()) {
    const { id } = await db
      .insertInto('plan_lines')
      .values({
        version_id: versionId,
        line_key: line.id,
        position,
        kind: line.kind,
        label: line.label,
        links: JSON.stringify(line.links),
        memo: Boolean(line.memo),
        ...who,
        rule: json(line.rule),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const amounts = Object.entries(line.amounts).map(([financial_year, amount]) => ({
      line_id: id,
      financial_year,
      amount: amount ?? 0,
      ...who,
    }));
    if (amounts.length > 0) await db.insertInto('plan_line_amounts').values(amounts).execute();
  }
}

function versionColumns(plan: PlanVersion) {
  return {
    description: plan.description ?? null,
    years: JSON.stringify(plan.years),
    opening_cumulative_deficit: plan.opening.cumulativeDeficit,
    opening_dfe_contributions: plan.opening.dfeContributionsToDate,
    opening_basis: plan.opening.basis ?? null,
    published: json(plan.published),
    published_rounded_to: plan.publishedRoundedTo ?? null,
    outturn: json(plan.outturn),
    usable_reserves: json(plan.usableReserves),
    override_ends_after: plan.overrideEndsAfter ?? null,
  };
}

/** Stores a new plan version; call inside a transaction. Returns its id. */
export async function insertPlanVersion(
  db: Kysely<Database>,
  councilId: number,
  plan: PlanVersion,
  basedOnId: number | null = null,
  stamp?: WriteStamp,
): Promise<number> {
  const { id } = await db
    .insertInto('plan_versions')
    .values({
      council_id: councilId,
      name: plan.version,
      status: 'draft',
      based_on_id: basedOnId,
      ...versionColumns(plan),
      ...(stamp ? { updated_by: stamp.by, updated_at: stamp.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLines(db, id, plan.lines, stamp);
  return id;
}

/** Replaces everything in a stored version by `plan` (same id, so links to it survive); in a transaction. */
export async function replacePlanVersion(
  db: Kysely<Database>,
  versionId: number,
  plan: PlanVersion,
  stamp: WriteStamp,
): Promise<void> {
  await db.deleteFrom('plan_lines').where('version_id', '=', versionId).execute();
  await db
    .updateTable('plan_versions')
    .set({
      name: plan.version,
      ...versionColumns(plan),
      revision: sql<number>`revision + 1`,
      updated_at: stamp.at,
      updated_by: stamp.by,
    })
    .where('id', '=', versionId)
    .execute();
  await insertLines(db, versionId, plan.lines, stamp);
}

/** Marks a version changed (any write to it, its lines or amounts): the next revision, who and when. */
export async function touchPlanVersion(db: Kysely<Database>, versionId: number, stamp: WriteStamp) {
  await db
    .updateTable('plan_versions')
    .set({ revision: sql<number>`revision + 1`, updated_at: stamp.at, updated_by: stamp.by })
    .where('id', '=', versionId)
    .execute();
}

/**
 * Locks a version's row until the transaction ends, so edits of one version (and the signing of a return
 * that reads it) take turns under PostgreSQL; PGlite runs one transaction at a time anyway.
 */
export async function lockPlanVersion(db: Kysely<Database>, versionId: number): Promise<void> {
  await db.selectFrom('plan_versions').select('id').where('id', '=', versionId).forUpdate().execute();
}

/** The row versions of a version's lines and of each of their amounts, by line id and year. */
export async function loadPlanRevisions(
  db: Kysely<Database>,
  versionId: number,
): Promise<Record<string, { revision: number; amounts: Record<string, number> }>> {
  const lines = await db
    .selectFrom('plan_lines')
    .select(['id', 'line_key', 'revision'])
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  const amounts = lines.length
    ? await db
        .selectFrom('plan_line_amounts')
        .select(['line_id', 'financial_year', 'revision'])
        .where(
          'line_id',
          'in',
          lines.map((l) => l.id),
        )
        .execute()
    : [];
  const byId = new Map(lines.map((l) => [l.id, l.line_key]));
  const result: Record<string, { revision: number; amounts: Record<string, number> }> = {};
  for (const l of lines) result[l.line_key] = { revision: l.revision, amounts: {} };
  for (const a of amounts) result[byId.get(a.line_id)!]!.amounts[a.financial_year] = a.revision;
  return result;
}

function storedVersion(r: Selectable<PlanVersionsTable>): StoredVersion {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    status: r.status,
    years: r.years,
    basedOnId: r.based_on_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    frozenAt: r.frozen_at,
    frozenBy: r.frozen_by,
    revision: r.revision,
    updatedBy: r.updated_by,
  };
}

/** The stored versions of a council, oldest first. */
export async function listPlanVersions(db: Kysely<Database>, councilId: number): Promise<StoredVersion[]> {
  const rows = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('id')
    .execute();
  return rows.map(storedVersion);
}

/** The stored version with this name, or undefined. */
export async function findPlanVersion(
  db: Kysely<Database>,
  councilId: number,
  name: string,
): Promise<StoredVersion | undefined> {
  const row = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row && storedVersion(row);
}

/** Loads a stored version as the domain's PlanVersion. */
export async function loadPlanVersion(
  db: Kysely<Database>,
  councilCode: string,
  versionId: number,
): Promise<PlanVersion> {
  // One query for the version, its lines and their amounts: every page loads a plan, and on the embedded
  // database each query waits its turn, so round trips are what a busy server runs out of (bench/http).
  const row = await db
    .selectFrom('plan_versions')
    .selectAll()
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('plan_lines')
          .select(['plan_lines.line_key', 'plan_lines.position', 'plan_lines.kind', 'plan_lines.label'])
          .select(['plan_lines.links', 'plan_lines.memo', 'plan_lines.rule'])
          .select((line) =>
            jsonArrayFrom(
              line
                .selectFrom('plan_line_amounts')
                .select(['plan_line_amounts.financial_year', 'plan_line_amounts.amount'])
                .whereRef('plan_line_amounts.line_id', '=', 'plan_lines.id'),
            ).as('amounts'),
          )
          .whereRef('plan_lines.version_id', '=', 'plan_versions.id'),
      ).as('lines'),
    )
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
  const lineRows = [...row.lines].sort((a, b) => a.position - b.position);
  const lines: PlanLine[] = lineRows.map((l) => {
    if (!isLineKind(l.kind))
      throw new Error(`Stored line ${l.line_key} of version ${row.name} has unknown kind ${l.kind}`);
    return {
      id: l.line_key,
      kind: l.kind,
      label: l.label,
      links: l.links,
      amounts: Object.fromEntries(l.amounts.map((a) => [a.financial_year, Number(a.amount)])),
      ...(l.memo ? { memo: true } : {}),
      ...(l.rule ? { rule: l.rule as PlanLine['rule'] } : {}),
    };
  });
  return {
    council: councilCode,
    version: row.name,
    ...(row.description ? { description: row.description } : {}),
    years: row.years,
    opening: {
      cumulativeDeficit: row.opening_cumulative_deficit,
      dfeContributionsToDate: row.opening_dfe_contributions,
      ...(row.opening_basis ? { basis: row.opening_basis } : {}),
    },
    lines,
    ...(row.published ? { published: row.published as PlanVersion['published'] } : {}),
    ...(row.published_rounded_to !== null ? { publishedRoundedTo: row.published_rounded_to } : {}),
    ...(row.outturn ? { outturn: row.outturn as PlanVersion['outturn'] } : {}),
    ...(row.usable_reserves ? { usableReserves: row.usable_reserves as PlanVersion['usableReserves'] } : {}),
    ...(row.override_ends_after ? { overrideEndsAfter: row.override_ends_after } : {}),
  };
}
