// Handing a stored run's chunks to whoever works them: the PostgreSQL queue (any `highneeds worker`), this
// process's worker threads (embedded database), or this thread, chunk after chunk (tests, no queue).
// Wherever they run, the same hooks (runChunks.ts) store each chunk and complete the run.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { forecastChunks, type ForecastRequest } from '../../jobs/chunkedForecast';
import { handle, type ForecastRunChunkPayload } from '../../jobs/forecastChunk';
import type { ServiceContext } from '../context';
import { dispatchJobs, whenWorkSettles, workInProgress } from '../jobDispatch';
import { forecastRunChunkHooks } from './runChunks';

/** The job kind of a stored run's chunks (src/jobs/jobKinds.ts). */
export const runChunkJobKind = 'forecast-run-chunk';

const workKey = (runId: number) => `forecast-run:${runId}`;

/** Resolves when this process's work on a run has finished (completed or failed); for tests and the CLI. */
export function whenRunSettles(runId: number): Promise<void> {
  return whenWorkSettles(workKey(runId));
}

/** Every run this process is working on; resolves when none is left. */
export const runsInProgress = workInProgress;

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

/**
 * Hands chunks to the workers. Call it inside the transaction `trx` that stores or resumes the run: on
 * PostgreSQL the jobs are queued in it, so they exist if and only if the run does. Returns what to do once
 * the transaction has committed: start the chunks on this process's threads, or here.
 */
export function dispatchRunChunks(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  runId: number,
  payloads: readonly ForecastRunChunkPayload[],
): Promise<() => void> {
  return dispatchJobs(ctx, trx, {
    kind: runChunkJobKind,
    key: workKey(runId),
    payloads,
    hooks: forecastRunChunkHooks(ctx),
    handle,
  });
}
