import { sql, type Kysely } from 'kysely';

// Inserting a large county's return (hundreds of thousands of records) one parameter per value would
// take thousands of statements. Each chunk goes instead as one JSON parameter that PostgreSQL (and
// PGlite) unpacks with json_to_recordset (json, not jsonb: nothing is kept as JSON, so no binary form is built): one statement per chunk, the same SQL on both.

/** The SQL types the bulk insert knows. */
export type BulkColumnType = 'integer' | 'text' | 'boolean';

/** Rows per statement: about 2 MB of JSON for the widest SEN2 table. */
const chunkSize = 10_000;

/** Inserts rows (objects keyed by column name) into a table in chunks, inside the caller's transaction. */
export async function bulkInsert<DB>(
  db: Kysely<DB>,
  table: string,
  columns: Readonly<Record<string, BulkColumnType>>,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  const names = Object.keys(columns);
  const columnList = sql.join(names.map((n) => sql.id(n)));
  const recordType = sql.join(names.map((n) => sql`${sql.id(n)} ${sql.raw(columns[n]!)}`));
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = JSON.stringify(rows.slice(i, i + chunkSize));
    await sql`insert into ${sql.table(table)} (${columnList})
      select ${columnList} from json_to_recordset(${chunk}::json) as r(${recordType})`.execute(db);
  }
}
