import type { Kysely } from 'kysely';

/**
 * The regime of 2026 in the financial model: a plan line may carry a rule (a stability grant's share,
 * date and status; a DSG funding assumption's growth by year), and a plan version records the council's
 * usable reserves by year and the last day the statutory override covers its DSG deficit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_lines').addColumn('rule', 'jsonb').execute();
  await db.schema
    .alterTable('plan_versions')
    .addColumn('usable_reserves', 'jsonb')
    .addColumn('override_ends_after', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plan_versions')
    .dropColumn('override_ends_after')
    .dropColumn('usable_reserves')
    .execute();
  await db.schema.alterTable('plan_lines').dropColumn('rule').execute();
}
