import { sql, type Kysely } from 'kysely';

/** Published DfE data shared by all councils: releases, the files imported into them, figures, neighbours. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('national_releases')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('publication', 'text', (c) => c.notNull())
    .addColumn('edition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('national_releases_publication_edition_key', ['publication', 'edition'])
    .execute();

  await db.schema
    .createTable('national_imports')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('release_id', 'integer', (c) =>
      c.notNull().references('national_releases.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('sources', 'jsonb', (c) => c.notNull())
    .addColumn('series', 'jsonb', (c) => c.notNull())
    .addColumn('notes', 'jsonb', (c) => c.notNull())
    .addColumn('values_read', 'integer', (c) => c.notNull())
    .addColumn('values_added', 'integer', (c) => c.notNull())
    .addColumn('values_changed', 'integer', (c) => c.notNull())
    .addColumn('values_removed', 'integer', (c) => c.notNull())
    .addColumn('neighbours_read', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('national_imports_release_checksum')
    .on('national_imports')
    .columns(['release_id', 'checksum'])
    .execute();

  await db.schema
    .createTable('national_values')
    .addColumn('release_id', 'integer', (c) =>
      c.notNull().references('national_releases.id').onDelete('cascade'),
    )
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'numeric')
    .addColumn('missing', 'text')
    .addPrimaryKeyConstraint('national_values_pkey', ['release_id', 'series', 'area', 'period'])
    // A figure is a number or a reason, never both and never neither (a code is not a zero).
    .addCheckConstraint('national_values_value_or_missing', sql`(value is null) <> (missing is null)`)
    .execute();
  await db.schema
    .createIndex('national_values_series_period')
    .on('national_values')
    .columns(['series', 'period'])
    .execute();

  await db.schema
    .createTable('national_neighbours')
    .addColumn('release_id', 'integer', (c) =>
      c.notNull().references('national_releases.id').onDelete('cascade'),
    )
    .addColumn('la', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull().check(sql`rank between 1 and 20`))
    .addColumn('neighbour', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('national_neighbours_pkey', ['release_id', 'la', 'rank'])
    .execute();
}

/** Drops the national tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['national_neighbours', 'national_values', 'national_imports', 'national_releases']) {
    await db.schema.dropTable(table).execute();
  }
}
