// Where a stored forecast run's chunks end up, whichever process ran them: each chunk's simulations are
// stored once per (run, chunk), however often the chunk is tried, and the worker that stores the last one
// puts the run together and marks it completed, all in one transaction on the locked run row. So a run
// finishes even when the process that started it has gone, and exactly as one process would have run it.
import os from 'node:os';
import { summariseYears } from '../../core/forecast/forecast';
import { combineChunks } from '../../jobs/chunkedForecast';
import {
  parametersOf,
  type ForecastChunkResult,
  type ForecastRunChunkPayload,
} from '../../jobs/forecastChunk';
import type { JobHooks } from '../../jobs/jobQueue';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import type { Actor } from '../permissions';

/** The actor of what a job worker writes (the audit trail names the machine and process). */
const workerActor = (worker: string): Actor => ({ kind: 'system', label: `job worker ${worker}` });

/** The states of a run that has not finished. */
export const unfinished = ['queued', 'running'] as const;

/** The hooks of job kind `forecast-run-chunk`, wherever its jobs are worked (threads, workers, inline). */
export function forecastRunChunkHooks(ctx: ServiceContext): JobHooks {
  return {
    starting: (payload) => chunkWanted(ctx, payload as ForecastRunChunkPayload),
    completed: (payload, result, worker) =>
      recordChunk(ctx, payload as ForecastRunChunkPayload, result as ForecastChunkResult, worker),
    failed: (payload, reason) => failRunOfChunk(ctx, payload as ForecastRunChunkPayload, reason),
  };
}

/**
 * Marks the run running when its first chunk starts; false when the chunk need not run: the run has
 * finished (completed, failed or timed out) or was deleted, or this chunk is stored already.
 */
export async function chunkWanted(ctx: ServiceContext, chunk: ForecastRunChunkPayload): Promise<boolean> {
  await ctx.db
    .updateTable('forecast_runs')
    .set({ status: 'running', started_at: ctx.now() })
    .where('id', '=', chunk.runId)
    .where('status', '=', 'queued')
    .execute();
  const run = await ctx.db
    .selectFrom('forecast_runs')
    .select('status')
    .where('id', '=', chunk.runId)
    .executeTakeFirst();
  if (run?.status !== 'running') return false;
  const stored = await ctx.db
    .selectFrom('forecast_run_chunks')
    .select('chunk')
    .where('run_id', '=', chunk.runId)
    .where('chunk', '=', chunk.chunk)
    .executeTakeFirst();
  return stored === undefined;
}

/**
 * Stores a chunk's simulations (once: a retried chunk's second result is dropped), updates the run's
 * progress, and completes the run when this was its last chunk.
 */
export async function recordChunk(
  ctx: ServiceContext,
  chunk: ForecastRunChunkPayload,
  result: ForecastChunkResult,
  worker: string,
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    // The lock makes storing chunks of one run take turns, so exactly one of them sees the last chunk in.
    const run = await trx
      .selectFrom('forecast_runs')
      .select(['id', 'council_id', 'number', 'status', 'chunks', 'simulations'])
      .where('id', '=', chunk.runId)
      .forUpdate()
      .executeTakeFirst();
    if (!run || !(unfinished as readonly string[]).includes(run.status)) return;
    const inserted = await trx
      .insertInto('forecast_run_chunks')
      .values({
        run_id: run.id,
        chunk: chunk.chunk,
        first_simulation: result.firstSimulation,
        simulations: result.simulations,
        result: JSON.stringify(result),
        worker,
        completed_at: ctx.now(),
      })
      .onConflict((oc) => oc.columns(['run_id', 'chunk']).doNothing())
      .returning('chunk')
      .executeTakeFirst();
    if (!inserted) return;
    const stored = await trx
      .selectFrom('forecast_run_chunks')
      .select((eb) => [eb.fn.countAll<number>().as('chunks'), eb.fn.sum<number>('simulations').as('done')])
      .where('run_id', '=', run.id)
      .executeTakeFirstOrThrow();
    const done = Number(stored.done);
    if (Number(stored.chunks) < (run.chunks ?? chunk.chunks)) {
      await trx
        .updateTable('forecast_runs')
        .set({ status: 'running', simulations_done: done })
        .where('id', '=', run.id)
        .execute();
      return;
    }
    // The last chunk: every simulation is in. Put them together in simulation order.
    const rows = await trx
      .selectFrom('forecast_run_chunks')
      .select('result')
      .where('run_id', '=', run.id)
      .orderBy('first_simulation')
      .execute();
    const parameters = parametersOf(chunk);
    const simulated = combineChunks(
      parameters,
      rows.map((r) => JSON.parse(r.result) as ForecastChunkResult),
    );
    if (simulated.simulations !== run.simulations)
      throw new Error(
        `forecast run ${run.number} has ${simulated.simulations} simulations stored, not ${run.simulations}`,
      );
    await trx
      .updateTable('forecast_runs')
      .set({
        status: 'completed',
        simulations_done: run.simulations,
        seed_year: parameters.seedYear,
        results: JSON.stringify(summariseYears(simulated)),
        completed_at: ctx.now(),
      })
      .where('id', '=', run.id)
      .execute();
    // The results are in the run now; the chunks were only the way there.
    await trx.deleteFrom('forecast_run_chunks').where('run_id', '=', run.id).execute();
    await recordAudit(trx, workerActor(worker), {
      councilId: run.council_id,
      action: 'complete',
      entity: 'forecast-run',
      entityId: run.number,
      after: { status: 'completed', seedYear: parameters.seedYear, chunks: rows.length },
    });
  });
}

/** Fails a run with a reason people can act on (once: a run that has finished is left as it is). */
export async function failRun(
  ctx: ServiceContext,
  runId: number,
  error: string,
  who: string,
): Promise<boolean> {
  return inTransaction(ctx, async (trx) => {
    const failed = await trx
      .updateTable('forecast_runs')
      .set({ status: 'failed', error, completed_at: ctx.now() })
      .where('id', '=', runId)
      .where('status', 'in', unfinished)
      .returning(['council_id', 'number', 'simulations_done', 'simulations'])
      .executeTakeFirst();
    if (!failed) return false;
    await trx.deleteFrom('forecast_run_chunks').where('run_id', '=', runId).execute();
    await recordAudit(
      trx,
      { kind: 'system', label: who },
      {
        councilId: failed.council_id,
        action: 'fail',
        entity: 'forecast-run',
        entityId: failed.number,
        after: { status: 'failed', error, simulationsDone: failed.simulations_done },
      },
    );
    return true;
  });
}

/** A chunk that failed for good fails its run, naming the chunk and the reason. */
function failRunOfChunk(ctx: ServiceContext, chunk: ForecastRunChunkPayload, reason: string) {
  const first = chunk.firstSimulation + 1;
  const last = chunk.firstSimulation + chunk.simulations;
  return failRun(
    ctx,
    chunk.runId,
    `Chunk ${chunk.chunk + 1} of ${chunk.chunks} (simulations ${first} to ${last}) failed: ${reason}. Start the run again; if it fails the same way, tell your system administrator.`,
    `job worker ${os.hostname()}:${process.pid}`,
  ).then(() => undefined);
}
