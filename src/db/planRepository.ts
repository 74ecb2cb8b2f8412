import type { Kysely } from 'kysely';
import { isLineKind, type PlanLine, type PlanVersion } from '../core/finance';
import type { Database } from './schema';

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
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Writes a plan version's lines and amounts (the version row must exist and have no lines). */
async function insertLines(
  db: Kysely<Database>,
  versionId: number,
  lines: readonly PlanLine[],
): Promise<void> {
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
        rule: json(line.rule),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const amounts = Object.entries(line.amounts).map(([financial_year, amount]) => ({
      line_id: id,
      financial_year,
      amount: amount ?? 0,
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
): Promise<number> {
  const { id } = await db
    .insertInto('plan_versions')
    .values({
      council_id: councilId,
      name: plan.version,
      status: 'draft',
      based_on_id: basedOnId,
      ...versionColumns(plan),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLines(db, id, plan.lines);
  return id;
}

/** Replaces everything in a stored version by `plan` (same id, so links to it survive); in a transaction. */
export async function replacePlanVersion(
  db: Kysely<Database>,
  versionId: number,
  plan: PlanVersion,
  now: Date,
): Promise<void> {
  await db.deleteFrom('plan_lines').where('version_id', '=', versionId).execute();
  await db
    .updateTable('plan_versions')
    .set({ name: plan.version, ...versionColumns(plan), updated_at: now })
    .where('id', '=', versionId)
    .execute();
  await insertLines(db, versionId, plan.lines);
}

/** The stored versions of a council, oldest first. */
export async function listPlanVersions(db: Kysely<Database>, councilId: number): Promise<StoredVersion[]> {
  const rows = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
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
  }));
}

/** The stored version with this name, or undefined. */
export async function findPlanVersion(
  db: Kysely<Database>,
  councilId: number,
  name: string,
): Promise<StoredVersion | undefined> {
  return (await listPlanVersions(db, councilId)).find((v) => v.name === name);
}

/** Loads a stored version as the domain's PlanVersion. */
export async function loadPlanVersion(
  db: Kysely<Database>,
  councilCode: string,
  versionId: number,
): Promise<PlanVersion> {
  const row = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
  const lineRows = await db
    .selectFrom('plan_lines')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  const amountRows = lineRows.length
    ? await db
        .selectFrom('plan_line_amounts')
        .selectAll()
        .where(
          'line_id',
          'in',
          lineRows.map((l) => l.id),
        )
        .execute()
    : [];
  const amountsByLine = new Map<number, PlanLine['amounts']>();
  for (const a of amountRows) {
    const amounts = amountsByLine.get(a.line_id) ?? {};
    amounts[a.financial_year] = a.amount;
    amountsByLine.set(a.line_id, amounts);
  }
  const lines: PlanLine[] = lineRows.map((l) => {
    if (!isLineKind(l.kind))
      throw new Error(`Stored line ${l.line_key} of version ${row.name} has unknown kind ${l.kind}`);
    return {
      id: l.line_key,
      kind: l.kind,
      label: l.label,
      links: l.links,
      amounts: amountsByLine.get(l.id) ?? {},
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
