import { sql, type Kysely } from 'kysely';

/** Plan versions of the DSG financial model, their lines and amounts, and recovery plan documents. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_versions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'frozen')`),
    )
    .addColumn('years', 'jsonb', (c) => c.notNull())
    .addColumn('opening_cumulative_deficit', 'bigint', (c) => c.notNull())
    .addColumn('opening_dfe_contributions', 'bigint', (c) => c.notNull())
    .addColumn('opening_basis', 'text')
    .addColumn('published', 'jsonb')
    .addColumn('published_rounded_to', 'bigint')
    .addColumn('outturn', 'jsonb')
    .addColumn('based_on_id', 'integer', (c) => c.references('plan_versions.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('frozen_at', 'timestamptz')
    .addColumn('frozen_by', 'text')
    .addUniqueConstraint('plan_versions_council_name', ['council_id', 'name'])
    .execute();

  await db.schema
    .createTable('plan_lines')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('plan_versions.id').onDelete('cascade'))
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('links', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('memo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('plan_lines_version_key', ['version_id', 'line_key'])
    .execute();

  await db.schema
    .createTable('plan_line_amounts')
    .addColumn('line_id', 'integer', (c) => c.notNull().references('plan_lines.id').onDelete('cascade'))
    .addColumn('financial_year', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_line_amounts_pkey', ['line_id', 'financial_year'])
    .execute();

  await db.schema
    .createTable('recovery_plan_documents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('version_id', 'integer', (c) =>
      c.notNull().unique().references('plan_versions.id').onDelete('cascade'),
    )
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .execute();

  // The council's RAG tolerance for comparing versions (absolute pence and/or % bands).
  await db.schema.alterTable('councils').addColumn('variance_tolerance', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('councils').dropColumn('variance_tolerance').execute();
  for (const table of ['recovery_plan_documents', 'plan_line_amounts', 'plan_lines', 'plan_versions']) {
    await db.schema.dropTable(table).execute();
  }
}
