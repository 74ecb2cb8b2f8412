import { sql, type Kysely } from 'kysely';

/**
 * Stored local SEND reform plans (issue 14): a council's plan (its base forecast inputs and scenario,
 * seed, simulations, plan period and the draft version it bridges to), its mitigations in the plan's
 * stated order, and its runs: each run's forecasts are jobs (progress is forecasts done of all), and the
 * result (unmitigated, mitigated, effects sequential and alone, bridge) is kept with the run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reform_plans')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('input_set_id', 'integer', (c) =>
      c.notNull().references('forecast_input_sets.id').onDelete('cascade'),
    )
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('scenario', 'jsonb')
    .addColumn('seed', 'bigint', (c) => c.notNull())
    .addColumn('simulations', 'integer', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_until', 'text', (c) => c.notNull())
    .addColumn('plan_version', 'text')
    .addColumn('illustrative', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('reform_plans_name', ['council_id', 'name'])
    .execute();

  await db.schema
    .createTable('reform_plan_mitigations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('reform_plans.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('workstream', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('start_year', 'text', (c) => c.notNull())
    .addColumn('phase_in', 'jsonb', (c) => c.notNull())
    .addColumn('changes', 'jsonb')
    .addColumn('amounts', 'jsonb')
    .addColumn('illustrative', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('reform_plan_mitigations_key', ['plan_id', 'key'])
    .execute();

  await db.schema
    .createTable('reform_plan_runs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('reform_plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('what_if', 'jsonb')
    .addColumn('mitigations', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued', 'running', 'completed', 'failed')`),
    )
    .addColumn('forecasts_total', 'integer', (c) => c.notNull())
    .addColumn('forecasts', 'jsonb', (c) => c.notNull())
    .addColumn('result', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .addUniqueConstraint('reform_plan_runs_number', ['plan_id', 'number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reform_plan_runs').execute();
  await db.schema.dropTable('reform_plan_mitigations').execute();
  await db.schema.dropTable('reform_plans').execute();
}
