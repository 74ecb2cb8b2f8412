import { sql, type Kysely } from 'kysely';

/**
 * Forecast runs finish in the job queue, not in the process that started them: each chunk's simulations
 * are stored by the worker that ran it, once per (run, chunk) however often a chunk is retried, and the
 * worker that stores the last chunk puts the run together. A run records how it was cut into chunks (so
 * a resumed run is cut the same way), the time by which it must have finished, and how often it was
 * resumed after its server stopped.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('forecast_runs')
    .addColumn('chunk_size', 'integer')
    .addColumn('chunks', 'integer')
    .addColumn('deadline_at', 'timestamptz')
    .addColumn('resumes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('forecast_run_chunks')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('forecast_runs.id').onDelete('cascade'))
    .addColumn('chunk', 'integer', (c) => c.notNull())
    .addColumn('first_simulation', 'integer', (c) => c.notNull())
    .addColumn('simulations', 'integer', (c) => c.notNull())
    // The chunk's result as JSON text: text, not json or jsonb, because nothing queries inside it and
    // storing it unchecked is twice as fast.
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('worker', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('forecast_run_chunks_pkey', ['run_id', 'chunk'])
    .execute();
  // Stored uncompressed: simulated figures hardly compress, and trying made each chunk's write 4-5 times
  // slower on the embedded database. Chunks are deleted once their run is put together.
  await sql`alter table forecast_run_chunks alter column result set storage external`.execute(db);

  // Runs left unfinished before this migration get the default time limit, so none waits for ever.
  await sql`update forecast_runs set deadline_at = created_at + interval '2 hours' where status in ('queued', 'running')`.execute(
    db,
  );

  // The supervisor looks for unfinished runs past their deadline.
  await db.schema
    .createIndex('forecast_runs_unfinished')
    .on('forecast_runs')
    .column('deadline_at')
    .where(sql<boolean>`status in ('queued', 'running')`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('forecast_runs_unfinished').execute();
  await db.schema.dropTable('forecast_run_chunks').execute();
  await db.schema
    .alterTable('forecast_runs')
    .dropColumn('resumes')
    .dropColumn('deadline_at')
    .dropColumn('chunks')
    .dropColumn('chunk_size')
    .execute();
}
