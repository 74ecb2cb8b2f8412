import type { Kysely } from 'kysely';
import type { PlanLine } from '../../core/finance';
import type { Database } from '../../db/schema';

/**
 * Writes a line into a stored version by its id: a new line goes last; an existing one keeps its place
 * and gets the new label, links and amounts (its old amounts go). Returns what happened, for the audit.
 */
export async function upsertPlanLine(db: Kysely<Database>, versionId: number, line: PlanLine) {
  let row = await db
    .selectFrom('plan_lines')
    .select(['id'])
    .where('version_id', '=', versionId)
    .where('line_key', '=', line.id)
    .executeTakeFirst();
  const created = row === undefined;
  if (!row) {
    const positions = await db
      .selectFrom('plan_lines')
      .select('position')
      .where('version_id', '=', versionId)
      .execute();
    row = await db
      .insertInto('plan_lines')
      .values({
        version_id: versionId,
        line_key: line.id,
        position: Math.max(-1, ...positions.map((p) => p.position)) + 1,
        kind: line.kind,
        label: line.label,
        links: JSON.stringify(line.links),
        memo: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  } else {
    await db
      .updateTable('plan_lines')
      .set({ kind: line.kind, label: line.label, links: JSON.stringify(line.links) })
      .where('id', '=', row.id)
      .execute();
    await db.deleteFrom('plan_line_amounts').where('line_id', '=', row.id).execute();
  }
  const lineId = row.id;
  const amounts = Object.entries(line.amounts).map(([financial_year, amount]) => ({
    line_id: lineId,
    financial_year,
    amount: amount ?? 0,
  }));
  if (amounts.length > 0) await db.insertInto('plan_line_amounts').values(amounts).execute();
  // Counts and ids only in the audit: amounts are in the version itself.
  return { line: line.id, created, years: amounts.length };
}
