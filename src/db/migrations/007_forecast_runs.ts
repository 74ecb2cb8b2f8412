import { sql, type Kysely } from 'kysely';

/**
 * Forecasts: a council's stored witan.send input sets (uploaded, or the demo's synthetic one) and its
 * forecast runs with their options, seed, progress and per-year results.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('forecast_input_sets')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('inputs', 'jsonb', (c) => c.notNull())
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('warnings', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('forecast_input_sets_council_name', ['council_id', 'name'])
    .execute();

  await db.schema
    .createTable('forecast_runs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('input_set_id', 'integer', (c) =>
      c.notNull().references('forecast_input_sets.id').onDelete('cascade'),
    )
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('scenario', 'jsonb')
    .addColumn('seed', 'bigint', (c) => c.notNull())
    .addColumn('simulations', 'integer', (c) => c.notNull())
    .addColumn('baseline_run_id', 'integer', (c) => c.references('forecast_runs.id').onDelete('set null'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued', 'running', 'completed', 'failed')`),
    )
    .addColumn('simulations_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('seed_year', 'integer')
    // json, not jsonb: jsonb reorders object keys, and breakdowns keep the engine's order (age groups youngest first).
    .addColumn('results', 'json')
    .addColumn('warnings', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('completed_at', 'timestamptz')
    .addUniqueConstraint('forecast_runs_council_number', ['council_id', 'number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('forecast_runs').execute();
  await db.schema.dropTable('forecast_input_sets').execute();
}
