import os from 'node:os';
import type PgBoss from 'pg-boss';
import type { JobHooksByKind } from './jobQueue';
import { jobKindNames } from './jobKinds';
import type { JobSettings } from './jobSettings';
import {
  failedQueueOf,
  failureOf,
  queueOf,
  startPgBoss,
  type QueuedJobData,
  type QueuedJobOutput,
} from './pgBoss';
import { ThreadPool } from './threadPool';

/** A running `highneeds worker`: takes jobs of every kind from the PostgreSQL queue. */
export interface JobWorker {
  readonly name: string;
  /** Stops taking jobs, lets the ones running finish (up to `timeoutMs`), then closes. */
  stop(timeoutMs?: number): Promise<void>;
}

/** What a worker needs besides the database URL. */
export interface JobWorkerOptions {
  readonly concurrency: number;
  readonly settings: JobSettings;
  /** Told about each job by kind and id, never its data. */
  readonly log: (message: string) => void;
  /** What to do around each job of a kind, here in the main thread (e.g. store a forecast chunk). */
  readonly hooks?: JobHooksByKind;
}

/**
 * Works the PostgreSQL queue at `url`: `concurrency` jobs at a time, each on a worker thread of its own
 * (the jobs are CPU-bound), with each kind's hooks around it; and reports the jobs of every kind that
 * failed for good (pg-boss moves them to the kind's failed queue) to the kind's `failed` hook.
 */
export async function startJobWorker(url: string, options: JobWorkerOptions): Promise<JobWorker> {
  const { concurrency, log, hooks = {} } = options;
  const name = `${os.hostname()}:${process.pid}`;
  const pool = new ThreadPool(concurrency);
  let boss: PgBoss;
  try {
    boss = await startPgBoss(url, options.settings, log);
  } catch (error) {
    await pool.close();
    throw error;
  }
  for (const kind of jobKindNames()) {
    const kindHooks = hooks[kind];
    // pg-boss 10 has no local concurrency setting: each subscription takes one job at a time.
    for (let i = 0; i < concurrency; i += 1) {
      await boss.work<QueuedJobData>(
        queueOf(kind),
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async ([job]): Promise<QueuedJobOutput | undefined> => {
          if (!job) return undefined;
          const payload = job.data.payload;
          if (kindHooks?.starting && !(await kindHooks.starting(payload))) {
            log(`${kind} job ${job.id} skipped: its result is no longer wanted`);
            return { worker: name, skipped: true };
          }
          const started = performance.now();
          log(`${kind} job ${job.id} started`);
          const { result, worker } = await pool.run(kind, payload);
          // Kept before the job counts as done: a worker stopping in between leaves the job to be tried again.
          await kindHooks?.completed?.(payload, result, worker);
          log(
            `${kind} job ${job.id} done in ${((performance.now() - started) / 1000).toFixed(1)} s on ${worker}`,
          );
          return kindHooks?.completed ? { worker: name } : { result, worker: name };
        },
      );
    }
    await boss.work<QueuedJobData>(
      failedQueueOf(kind),
      { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        const reason = failureOf(job.output);
        log(`${kind} job failed for good: ${reason}`);
        await kindHooks?.failed?.(job.data.payload, reason);
      },
    );
  }
  let stopping: Promise<void> | undefined;
  return {
    name,
    stop: (timeoutMs = 30_000) =>
      (stopping ??= (async () => {
        try {
          await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
        } finally {
          await pool.close();
        }
      })()),
  };
}
