import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Dates are ISO text, as in the placement register (a `date` column comes back as a JS Date in the
// server's zone); the reader has checked them.
const isoDate = (column: string) => sql.raw(`${column} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`);

/** The columns every record table starts with: its return and its line in the Blade file. */
function recordTable<T extends string>(db: Kysely<unknown>, name: T) {
  return db.schema
    .createTable(name)
    .addColumn('return_id', 'integer', (c) => c.notNull().references('sen2_returns.id').onDelete('cascade'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pkey`, ['return_id', 'line']);
}

function establishment<T extends string>(table: CreateTableBuilder<T, never>) {
  return table
    .addColumn('urn', 'text')
    .addColumn('ukprn', 'text')
    .addColumn('sen_setting', 'text')
    .addColumn('placement_rank', 'integer')
    .addColumn('sen_unit', 'boolean')
    .addColumn('resourced_provision', 'boolean');
}

/**
 * The SEN2 person-level return: each council's secret key for pseudonymous ids; each imported return
 * (one per council and collection year) with its records module by module, people known only by keyed
 * hashes (never a name, postcode, UPN or ULN); the data-quality findings stored beside each return; and
 * the council's URN lookup (URN or UKPRN -> setting type).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sen2_keys')
    .addColumn('council_id', 'integer', (c) => c.primaryKey().references('councils.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('sen2_returns')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('collection_year', 'integer', (c) => c.notNull())
    .addColumn('reference_date', 'text', (c) => c.notNull().check(isoDate('reference_date')))
    .addColumn('source', 'text')
    .addColumn('synthetic', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('counts', 'jsonb', (c) => c.notNull())
    .addColumn('unresolved', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('sen2_returns_council_year', ['council_id', 'collection_year'])
    .execute();

  await recordTable(db, 'sen2_people')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('id_basis', 'text', (c) => c.notNull())
    .addColumn('match_hash', 'text')
    .addColumn('birth_date', 'text', (c) => c.check(isoDate('birth_date')))
    .addColumn('sex', 'text')
    .addColumn('ethnicity', 'text')
    .execute();
  await recordTable(db, 'sen2_requests')
    .addColumn('person_line', 'integer', (c) => c.notNull())
    .addColumn('received_date', 'text', (c) => c.check(isoDate('received_date')))
    .addColumn('source', 'text')
    .addColumn('in_youth_accommodation', 'boolean')
    .addColumn('outcome', 'text')
    .addColumn('outcome_date', 'text', (c) => c.check(isoDate('outcome_date')))
    .addColumn('mediation', 'boolean')
    .addColumn('tribunal', 'boolean')
    .addColumn('exported', 'boolean')
    .execute();
  await recordTable(db, 'sen2_assessments')
    .addColumn('request_line', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('outcome_date', 'text', (c) => c.check(isoDate('outcome_date')))
    .addColumn('mediation', 'boolean')
    .addColumn('tribunal', 'boolean')
    .addColumn('week20_exception', 'boolean')
    .execute();
  await recordTable(db, 'sen2_named_plans')
    .addColumn('assessment_line', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.check(isoDate('start_date')))
    .addColumn('cease_date', 'text', (c) => c.check(isoDate('cease_date')))
    .addColumn('cease_reason', 'integer')
    .addColumn('residential', 'text')
    .addColumn('work_based', 'text')
    .addColumn('personal_budget', 'boolean')
    .execute();
  await establishment(
    recordTable(db, 'sen2_plan_details').addColumn('plan_line', 'integer', (c) => c.notNull()),
  ).execute();
  await recordTable(db, 'sen2_active_plans')
    .addColumn('request_line', 'integer', (c) => c.notNull())
    .addColumn('transfer_la', 'text')
    .addColumn('last_review', 'text', (c) => c.check(isoDate('last_review')))
    .execute();
  await establishment(
    recordTable(db, 'sen2_placements').addColumn('active_plan_line', 'integer', (c) => c.notNull()),
  )
    .addColumn('entry_date', 'text', (c) => c.check(isoDate('entry_date')))
    .addColumn('leaving_date', 'text', (c) => c.check(isoDate('leaving_date')))
    .execute();
  await recordTable(db, 'sen2_needs')
    .addColumn('active_plan_line', 'integer', (c) => c.notNull())
    .addColumn('need', 'text', (c) => c.notNull())
    .addColumn('need_rank', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sen2_findings')
    .addColumn('return_id', 'integer', (c) => c.notNull().references('sen2_returns.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('error', 'warning')`))
    .addColumn('module', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'text')
    .addColumn('value', 'text')
    .addColumn('person_id', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sen2_findings_pkey', ['return_id', 'seq'])
    .execute();

  await db.schema
    .createTable('sen2_urn_lookup')
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('key_kind', 'text', (c) => c.notNull().check(sql`key_kind in ('urn', 'ukprn')`))
    .addColumn('setting_type', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('sen2_urn_lookup_pkey', ['council_id', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sen2_urn_lookup',
    'sen2_findings',
    'sen2_needs',
    'sen2_placements',
    'sen2_active_plans',
    'sen2_plan_details',
    'sen2_named_plans',
    'sen2_assessments',
    'sen2_requests',
    'sen2_people',
    'sen2_returns',
    'sen2_keys',
  ])
    await db.schema.dropTable(table).execute();
}
