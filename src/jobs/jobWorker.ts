import os from 'node:os';
import type PgBoss from 'pg-boss';
import { jobKindNames } from './jobKinds';
import { queueOf, startPgBoss, type QueuedJobData, type QueuedJobOutput } from './pgBoss';
import { ThreadPool } from './threadPool';

/** A running `highneeds worker`: takes jobs of every kind from the PostgreSQL queue. */
export interface JobWorker {
  readonly name: string;
  /** Stops taking jobs, lets the ones running finish (up to `timeoutMs`), then closes. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Works the PostgreSQL queue at `url`: `concurrency` jobs at a time, each on a worker thread of its own
 * (the jobs are CPU-bound). `log` is told about each job by kind and id, never its data.
 */
export async function startJobWorker(
  url: string,
  concurrency: number,
  log: (message: string) => void,
): Promise<JobWorker> {
  const name = `${os.hostname()}:${process.pid}`;
  const pool = new ThreadPool(concurrency);
  let boss: PgBoss;
  try {
    boss = await startPgBoss(url, log);
  } catch (error) {
    await pool.close();
    throw error;
  }
  for (const kind of jobKindNames()) {
    // pg-boss 10 has no local concurrency setting: each subscription takes one job at a time.
    for (let i = 0; i < concurrency; i += 1) {
      await boss.work<QueuedJobData>(
        queueOf(kind),
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          if (!job) return undefined;
          const started = performance.now();
          const { result, worker } = await pool.run(kind, job.data.payload);
          log(
            `${kind} job ${job.id} done in ${((performance.now() - started) / 1000).toFixed(1)} s on ${worker}`,
          );
          return { result, worker: name } satisfies QueuedJobOutput;
        },
      );
    }
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
