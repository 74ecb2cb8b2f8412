// Runs that cannot finish do not stay "running" for ever. On any database, a run not finished by its
// deadline is failed, saying why (every server and worker checks regularly). With the embedded database,
// which one process owns, the runs the last process left unfinished are resumed at the next start: the
// chunks it stored are kept and only the others are run again.
import type { ForecastOptions } from '../../core/forecast/forecastOptions';
import type { WitanInputs } from '../../core/forecast/witanInputs';
import { durationInWords } from '../../jobs/jobSettings';
import { inTransaction, type ServiceContext } from '../context';
import { failRun, unfinished } from './runChunks';
import { dispatchRunChunks, runChunkPayloads, whenRunSettles } from './runDispatch';

/** How often a run is resumed after its server stopped before it is given up (a run that brings the server down must not do so for ever). */
export const MAX_RESUMES = 2;

/** Fails every unfinished run past its deadline, saying why and what to do; returns how many it failed. */
export async function timeOutForecastRuns(ctx: ServiceContext): Promise<number> {
  const late = await ctx.db
    .selectFrom('forecast_runs')
    .select(['id', 'status', 'simulations_done', 'simulations', 'created_at', 'deadline_at'])
    .where('status', 'in', unfinished)
    .where('deadline_at', '<', ctx.now())
    .execute();
  let failed = 0;
  for (const run of late) {
    const limit = durationInWords(
      Math.round(((run.deadline_at?.getTime() ?? 0) - run.created_at.getTime()) / 1000),
    );
    const error =
      run.status === 'queued'
        ? `No worker took this run within ${limit}, its time limit. Check that \`highneeds worker\` or \`highneeds serve\` is running, then start the run again.`
        : `This run did not finish within ${limit}, its time limit: ${run.simulations_done} of ${run.simulations} simulations were done. A worker may have stopped, or the workers are too busy; start the run again.`;
    if (await failRun(ctx, run.id, error, 'forecast run supervisor')) failed += 1;
  }
  return failed;
}

/** What the start of a server on the embedded database did with the runs its last process left. */
export interface RecoveredRuns {
  readonly resumed: number;
  readonly failed: number;
}

/**
 * At the start of the process that owns the embedded database: resumes the runs the last one left
 * unfinished (its chunks were lost with it), or fails those past their deadline or resumed too often.
 * Nothing on PostgreSQL, where other processes may be running them and their chunks wait in the queue.
 */
export async function recoverInterruptedRuns(ctx: ServiceContext): Promise<RecoveredRuns> {
  if (ctx.databaseKind !== 'pglite') return { resumed: 0, failed: 0 };
  let failed = await timeOutForecastRuns(ctx);
  let resumed = 0;
  const runs = await ctx.db
    .selectFrom('forecast_runs')
    .select(['id', 'resumes', 'chunk_size'])
    .where('status', 'in', unfinished)
    .orderBy('id')
    .execute();
  for (const run of runs) {
    if (run.chunk_size === null || run.resumes >= MAX_RESUMES) {
      const error =
        run.chunk_size === null
          ? 'The server stopped before this run finished: start it again.'
          : `The server stopped ${run.resumes + 1} times while running this run: start it again, and if the server keeps stopping, run fewer simulations or tell your system administrator.`;
      if (await failRun(ctx, run.id, error, 'forecast run supervisor')) failed += 1;
      continue;
    }
    await resumeRun(ctx, run.id);
    resumed += 1;
  }
  return { resumed, failed };
}

/** Sends the chunks of a run that are not stored yet to the workers again, cut as they were the first time. */
async function resumeRun(ctx: ServiceContext, runId: number): Promise<void> {
  let startHere = () => {};
  await inTransaction(ctx, async (trx) => {
    const run = await trx
      .updateTable('forecast_runs')
      .set((eb) => ({ resumes: eb('resumes', '+', 1) }))
      .where('id', '=', runId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const inputSet = await trx
      .selectFrom('forecast_input_sets')
      .select('inputs')
      .where('id', '=', run.input_set_id)
      .executeTakeFirstOrThrow();
    const stored = await trx
      .selectFrom('forecast_run_chunks')
      .select('chunk')
      .where('run_id', '=', runId)
      .execute();
    const request = {
      inputs: inputSet.inputs as WitanInputs,
      options: run.options as ForecastOptions,
      seed: run.seed,
      simulations: run.simulations,
    };
    const payloads = runChunkPayloads(
      runId,
      request,
      run.chunk_size as number,
      new Set(stored.map((s) => s.chunk)),
    );
    startHere = await dispatchRunChunks(ctx, trx, runId, payloads);
  });
  startHere();
}

/**
 * Waits until a run has finished (completed or failed), wherever it runs: this process's own work first,
 * then, when other processes work it (PostgreSQL queue), by looking at the run every `everyMs`, failing
 * it when it passes its deadline. `onProgress` hears the simulations done.
 */
export async function waitForRun(
  ctx: ServiceContext,
  runId: number,
  onProgress?: (done: number, total: number) => void,
  everyMs = 500,
): Promise<void> {
  let here = true;
  const settledHere = whenRunSettles(runId).finally(() => (here = false));
  for (;;) {
    const run = await ctx.db
      .selectFrom('forecast_runs')
      .select(['status', 'simulations_done', 'simulations'])
      .where('id', '=', runId)
      .executeTakeFirst();
    if (!run || !(unfinished as readonly string[]).includes(run.status)) return;
    onProgress?.(run.simulations_done, run.simulations);
    if (!here) await timeOutForecastRuns(ctx);
    await Promise.race([settledHere, ctx.sleep(everyMs)]);
  }
}
