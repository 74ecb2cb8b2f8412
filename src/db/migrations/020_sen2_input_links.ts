import { sql, type Kysely } from 'kysely';

/**
 * Which SEN2 returns each set of forecast inputs was made from, so a return the inputs were made from is
 * not deleted from under them (the database refuses it, checked at the end of the statement so that removing
 * a council can still take both), and the refusal can name them. Inputs made before this migration are linked from their source label ("SEN2 returns 2024, 2025"),
 * which names the years of the council's returns they were made from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sen2_input_set_returns')
    .addColumn('input_set_id', 'integer', (c) =>
      c.notNull().references('forecast_input_sets.id').onDelete('cascade'),
    )
    .addColumn('return_id', 'integer', (c) => c.notNull().references('sen2_returns.id').onDelete('no action'))
    .addPrimaryKeyConstraint('sen2_input_set_returns_pkey', ['input_set_id', 'return_id'])
    .execute();
  await db.schema
    .createIndex('sen2_input_set_returns_return')
    .on('sen2_input_set_returns')
    .column('return_id')
    .execute();
  await sql`
    insert into sen2_input_set_returns (input_set_id, return_id)
    select s.id, r.id
    from forecast_input_sets s
    join sen2_returns r on r.council_id = s.council_id
    where s.source like 'SEN2 returns %'
      and r.collection_year::text = any (
        string_to_array(regexp_replace(substring(s.source from 14), ' \\(synthetic\\)$', ''), ', ')
      )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sen2_input_set_returns').execute();
}
