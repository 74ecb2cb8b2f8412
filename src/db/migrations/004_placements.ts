import { sql, type Kysely } from 'kysely';

// Dates are ISO text ('2021-05-31'), checked by the reader before they get here: they come back as the
// same strings on PGlite and PostgreSQL (a `date` column comes back as a JS Date in the server's zone).
const isoDate = (column: string) => sql.raw(`${column} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`);

/**
 * The placement register: dated snapshots per council, the placements of each (pseudonymised child ids,
 * annual rates in pence), and each council's placement settings (its own category map, the notional SEN
 * threshold).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('placement_snapshots')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('as_at', 'text', (c) => c.notNull().check(isoDate('as_at')))
    .addColumn('source', 'text')
    .addColumn('placements', 'integer', (c) => c.notNull())
    .addColumn('children', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('placement_snapshots_council_as_at', ['council_id', 'as_at'])
    .execute();

  await db.schema
    .createTable('placement_records')
    .addColumn('snapshot_id', 'integer', (c) =>
      c.notNull().references('placement_snapshots.id').onDelete('cascade'),
    )
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('child_id', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.check(isoDate('date_of_birth')))
    .addColumn('ncy', 'integer')
    .addColumn('primary_need', 'text', (c) => c.notNull())
    .addColumn('setting_type', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('urn', 'text')
    .addColumn('in_borough', 'boolean', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull().check(isoDate('start_date')))
    .addColumn('end_date', 'text', (c) => c.check(isoDate('end_date')))
    .addColumn('cost_basis', 'text', (c) => c.notNull().check(sql`cost_basis in ('academic', 'financial')`))
    .addColumn('place_funding', 'bigint', (c) => c.notNull())
    .addColumn('top_up', 'bigint', (c) => c.notNull())
    .addColumn('other_cost', 'bigint', (c) => c.notNull())
    .addColumn('health_contribution', 'bigint', (c) => c.notNull())
    .addColumn('social_care_contribution', 'bigint', (c) => c.notNull())
    .addColumn('adult_social_care_contribution', 'bigint', (c) => c.notNull())
    .addColumn('council_category', 'text')
    .addPrimaryKeyConstraint('placement_records_pkey', ['snapshot_id', 'row_number'])
    .execute();

  await db.schema
    .createTable('placement_settings')
    .addColumn('council_id', 'integer', (c) => c.primaryKey().references('councils.id').onDelete('cascade'))
    .addColumn('category_map', 'jsonb', (c) => c.notNull())
    .addColumn('notional_sen_threshold', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['placement_settings', 'placement_records', 'placement_snapshots']) {
    await db.schema.dropTable(table).execute();
  }
}
