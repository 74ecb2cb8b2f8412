import type { Kysely } from 'kysely';

/**
 * The placement register tells children's health from adults' health contributions (seed 003 condition 3.5
 * reports them apart): `health_contribution` stays children's health, the new column is adults' health.
 * Registers imported before this hold 0 for adults' health. A snapshot made up for a demo says so
 * (`synthetic`), so every page and report that shows it can label it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('placement_records')
    .addColumn('adult_health_contribution', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('placement_snapshots')
    .addColumn('synthetic', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('placement_snapshots').dropColumn('synthetic').execute();
  await db.schema.alterTable('placement_records').dropColumn('adult_health_contribution').execute();
}
