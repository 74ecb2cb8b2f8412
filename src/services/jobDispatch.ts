// Handing one piece of long work's jobs to whoever works them: the PostgreSQL queue (any `highneeds
// worker`), this process's worker threads (embedded database), or this thread, job after job (tests, no
// queue). Wherever they run, the kind's hooks (src/services/jobHooks.ts) keep each job's result. Forecast
// runs and reform plan runs both start this way.
import os from 'node:os';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { JobHooks, SqlExecutor } from '../jobs/jobQueue';
import type { ServiceContext } from './context';

/** The jobs of one piece of work (a forecast run, a reform plan run). */
export interface DispatchedWork {
  /** The job kind (src/jobs/jobKinds.ts). */
  kind: string;
  /** Names the work in this process, e.g. "forecast-run:3", for whenWorkSettles. */
  key: string;
  payloads: readonly unknown[];
  /** The kind's hooks and handler, for running the jobs in this thread when there is no queue. */
  hooks: JobHooks;
  handle: (payload: unknown) => unknown;
}

const settling = new Map<string, Promise<void>>();

/** Resolves when this process's work under `key` has finished (completed or failed); for tests and the CLI. */
export function whenWorkSettles(key: string): Promise<void> {
  return settling.get(key) ?? Promise.resolve();
}

/** Every piece of work this process is doing; resolves when none is left. */
export function workInProgress(): Promise<void> {
  return Promise.all([...settling.values()]).then(() => undefined);
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
 * Hands the jobs to the workers. Call it inside the transaction `trx` that stores the work: on
 * PostgreSQL the jobs are queued in it, so they exist if and only if the work does. Returns what to do
 * once the transaction has committed: start the jobs on this process's threads, or here.
 */
export async function dispatchJobs(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  work: DispatchedWork,
): Promise<() => void> {
  const queue = ctx.jobs;
  if (queue?.backend === 'pg-boss') {
    await queue.submit(work.kind, work.payloads, { within: executorOf(trx) });
    return () => undefined;
  }
  return () => {
    // The threads queue runs the hooks itself (runtime.ts gives it them); here the work is only watched.
    const running = queue
      ? queue.submit(work.kind, work.payloads).then((batch) => batch.results())
      : runHere(work);
    const settled = running.then(
      () => undefined,
      () => undefined, // a failure is stored by the failed hook
    );
    const previous = settling.get(work.key) ?? Promise.resolve();
    const both = Promise.all([previous, settled]).then(() => undefined);
    settling.set(work.key, both);
    void both.finally(() => {
      if (settling.get(work.key) === both) settling.delete(work.key);
    });
  };
}

/** Runs the jobs on this thread one after another, yielding between them so requests are answered. */
async function runHere(work: DispatchedWork): Promise<void> {
  const { hooks } = work;
  const worker = `${os.hostname()}:${process.pid}`;
  for (const payload of work.payloads) {
    await new Promise((resolve) => setImmediate(resolve));
    try {
      if (hooks.starting && !(await hooks.starting(payload))) return;
      await hooks.completed?.(payload, work.handle(payload), worker);
    } catch (error) {
      await hooks.failed?.(payload, error instanceof Error ? error.message : String(error));
      return;
    }
  }
}
