// Handing a stored run's chunks to whoever works them: the PostgreSQL queue (any `highneeds worker`), this
// process's worker threads (embedded database), or this thread, chunk after chunk (tests, no queue).
// Wherever they run, the same hooks (runChunks.ts) store each chunk and complete the run.
import os from 'node:os';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { forecastChunks, type ForecastRequest } from '../../jobs/chunkedForecast';
import { handle, type ForecastRunChunkPayload } from '../../jobs/forecastChunk';
import type { SqlExecutor } from '../../jobs/jobQueue';
import type { ServiceContext } from '../context';
import { forecastRunChunkHooks } from './runChunks';

/** The job kind of a stored run's chunks (src/jobs/jobKinds.ts). */
export const runChunkJobKind = 'forecast-run-chunk';

const settling = new Map<number, Promise<void>>();

/** Resolves when this process's work on a run has finished (completed or failed); for tests and the CLI. */
export function whenRunSettles(runId: number): Promise<void> {
  return settling.get(runId) ?? Promise.resolve();
}

/** Every run this process is working on; resolves when none is left. */
export function runsInProgress(): Promise<void> {
  return Promise.all([...settling.values()]).then(() => undefined);
}

/** The chunks of a run, cut at `chunkSize` simulations, leaving out those in `stored` (a resumed run). */
export function runChunkPayloads(
  runId: number,
  request: ForecastRequest,
  chunkSize: number,
  stored: ReadonlySet<number> = new Set(),
): ForecastRunChunkPayload[] {
  const chunks = forecastChunks(request, chunkSize);
  return chunks
    .map((payload, chunk) => ({ ...payload, runId, chunk, chunks: chunks.length }))
    .filter((payload) => !stored.has(payload.chunk));
}

/** A Kysely connection (a transaction) as pg-boss's `db` option. */
function executorOf(db: Kysely<Database>): SqlExecutor {
  return {
    executeSql: async (text, values) => ({
      rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows,
    }),
  };
}

/**
 * Hands chunks to the workers. Call it inside the transaction `trx` that stores or resumes the run: on
 * PostgreSQL the jobs are queued in it, so they exist if and only if the run does. Returns what to do once
 * the transaction has committed: start the chunks on this process's threads, or here.
 */
export async function dispatchRunChunks(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  runId: number,
  payloads: readonly ForecastRunChunkPayload[],
): Promise<() => void> {
  const queue = ctx.jobs;
  if (queue?.backend === 'pg-boss') {
    await queue.submit(runChunkJobKind, payloads, { within: executorOf(trx) });
    return () => undefined;
  }
  return () => {
    // The threads queue runs the hooks itself (runtime.ts gives it them); here the work is only watched.
    const work = queue
      ? queue.submit(runChunkJobKind, payloads).then((batch) => batch.results())
      : runHere(ctx, payloads);
    const settled = work.then(
      () => undefined,
      () => undefined, // a failure is stored on the run by the failed hook
    );
    const previous = settling.get(runId) ?? Promise.resolve();
    const both = Promise.all([previous, settled]).then(() => undefined);
    settling.set(runId, both);
    void both.finally(() => {
      if (settling.get(runId) === both) settling.delete(runId);
    });
  };
}

/** Runs the chunks on this thread one after another, yielding between them so requests are answered. */
async function runHere(ctx: ServiceContext, payloads: readonly ForecastRunChunkPayload[]): Promise<void> {
  const hooks = forecastRunChunkHooks(ctx);
  const worker = `${os.hostname()}:${process.pid}`;
  for (const payload of payloads) {
    await new Promise((resolve) => setImmediate(resolve));
    try {
      if (!(await hooks.starting!(payload))) return;
      await hooks.completed!(payload, handle(payload), worker);
    } catch (error) {
      await hooks.failed!(payload, error instanceof Error ? error.message : String(error));
      return;
    }
  }
}
