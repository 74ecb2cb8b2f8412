import { sql, type Kysely } from 'kysely';

/** Every table a person edits through the API, and whether it has an `updated_at` column already. */
const editedTables: Array<{ table: string; hasUpdatedAt: boolean }> = [
  { table: 'councils', hasUpdatedAt: false },
  { table: 'plan_versions', hasUpdatedAt: true },
  { table: 'plan_lines', hasUpdatedAt: false },
  { table: 'plan_line_amounts', hasUpdatedAt: false },
  { table: 'kpi_sets', hasUpdatedAt: false },
  { table: 'kpi_definitions', hasUpdatedAt: true },
  { table: 'kpi_periods', hasUpdatedAt: false },
  { table: 'sv_agreements', hasUpdatedAt: true },
  { table: 'sv_payments', hasUpdatedAt: false },
  { table: 'sv_returns', hasUpdatedAt: true },
  { table: 'placement_settings', hasUpdatedAt: true },
  { table: 'placement_snapshots', hasUpdatedAt: false },
];

/**
 * Trust in the figures (issue 16):
 * - a row version on every edited row (`revision`, bumped by each write, with who and when), so a write
 *   made from a stale read is refused instead of silently overwriting (KPI values already record who and
 *   when in `recorded_by`/`recorded_at`);
 * - a signed Safety Valve return's snapshot: what it shows, captured at its first signature as JSON text
 *   (text, not jsonb, so it reads back byte for byte) with its SHA-256, and the plan versions it holds
 *   (which cannot then change, nor be deleted);
 * - a link on plan lines written by a push of a modelled cost (a forecast run), saying what they replaced.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table, hasUpdatedAt } of editedTables) {
    let alter = db.schema
      .alterTable(table)
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_by', 'text');
    if (!hasUpdatedAt) alter = alter.addColumn('updated_at', 'timestamptz');
    await alter.execute();
  }
  await db.schema
    .alterTable('kpi_values')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('plan_lines').addColumn('pushed', 'jsonb').execute();

  await db.schema
    .createTable('sv_return_snapshots')
    .addColumn('return_id', 'integer', (c) => c.primaryKey().references('sv_returns.id').onDelete('cascade'))
    .addColumn('captured_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('captured_by', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .execute();

  // restrict: a version a signed return holds cannot be deleted, whatever path tries.
  await db.schema
    .createTable('sv_return_versions')
    .addColumn('return_id', 'integer', (c) =>
      c.notNull().references('sv_return_snapshots.return_id').onDelete('cascade'),
    )
    .addColumn('version_id', 'integer', (c) =>
      c.notNull().references('plan_versions.id').onDelete('restrict'),
    )
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sv_return_versions_pkey', ['return_id', 'version_id', 'role'])
    .execute();
  await db.schema
    .createIndex('sv_return_versions_version')
    .on('sv_return_versions')
    .column('version_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sv_return_versions').execute();
  await db.schema.dropTable('sv_return_snapshots').execute();
  await db.schema.alterTable('plan_lines').dropColumn('pushed').execute();
  await db.schema.alterTable('kpi_values').dropColumn('revision').execute();
  for (const { table, hasUpdatedAt } of editedTables) {
    let alter = db.schema.alterTable(table).dropColumn('revision').dropColumn('updated_by');
    if (!hasUpdatedAt) alter = alter.dropColumn('updated_at');
    await alter.execute();
  }
}
