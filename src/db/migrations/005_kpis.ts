import { sql, type Kysely } from 'kysely';

/**
 * KPIs for Safety Valve monitoring: a council's set per financial year (with the agreed plan version the
 * targets come from), the KPI definitions, reporting periods (with the projection the values come from),
 * and one value per KPI and period. Figures are `double precision` in the KPI's unit (pence for money,
 * 22.76 for 22.76%): exact for whole pence and two-decimal percentages, and they come back as numbers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kpi_sets')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('financial_year', 'text', (c) => c.notNull())
    .addColumn('target_version', 'text')
    .addColumn('default_tolerance', 'jsonb', (c) => c.notNull())
    .addUniqueConstraint('kpi_sets_council_year', ['council_id', 'financial_year'])
    .execute();

  await db.schema
    .createTable('kpi_definitions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('set_id', 'integer', (c) => c.notNull().references('kpi_sets.id').onDelete('cascade'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().check(sql`unit in ('count', 'percent', 'money')`))
    .addColumn('decimals', 'integer')
    .addColumn('direction', 'text', (c) =>
      c.notNull().check(sql`direction in ('lower', 'higher', 'closeToTarget')`),
    )
    .addColumn('baseline', 'double precision')
    .addColumn('baseline_date', 'text', (c) => c.notNull())
    .addColumn('annual_target', 'double precision')
    .addColumn('target', 'jsonb', (c) => c.notNull())
    .addColumn('computed', 'jsonb')
    .addColumn('expected', 'jsonb')
    .addColumn('tolerance', 'jsonb')
    .addColumn('range', 'jsonb')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('kpi_definitions_set_ref', ['set_id', 'ref'])
    .execute();

  await db.schema
    .createTable('kpi_periods')
    .addColumn('set_id', 'integer', (c) => c.notNull().references('kpi_sets.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('data_date', 'text')
    .addColumn('value_version', 'text')
    .addPrimaryKeyConstraint('kpi_periods_pkey', ['set_id', 'period'])
    .execute();

  await db.schema
    .createTable('kpi_values')
    .addColumn('definition_id', 'integer', (c) =>
      c.notNull().references('kpi_definitions.id').onDelete('cascade'),
    )
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('comment', 'text')
    .addColumn('published_target', 'double precision')
    .addColumn('published_rag', 'text', (c) => c.check(sql`published_rag in ('G', 'A', 'R')`))
    .addColumn('rag_override', 'jsonb')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('kpi_values_pkey', ['definition_id', 'period'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['kpi_values', 'kpi_periods', 'kpi_definitions', 'kpi_sets'])
    await db.schema.dropTable(table).execute();
}
