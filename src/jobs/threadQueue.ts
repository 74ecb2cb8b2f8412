import { randomUUID } from 'node:crypto';
import {
  JobFailedError,
  progressOf,
  type Batch,
  type BatchProgress,
  type JobHooks,
  type JobHooksByKind,
  type JobQueue,
  type JobStatus,
} from './jobQueue';
import { ThreadPool, type ThreadResult } from './threadPool';

/**
 * The embedded queue: jobs run on this process's worker threads (no database involved), and a kind's
 * hooks run here, in the main thread, around each job. Nothing outlives the process: a server that stops
 * loses its running jobs (src/services/forecasts/runSupervision.ts resumes its forecast runs at the next start).
 */
export class ThreadQueue implements JobQueue {
  readonly backend = 'threads';
  private readonly pool: ThreadPool;
  private closing = false;

  constructor(
    readonly concurrency: number,
    private readonly hooks: JobHooksByKind = {},
  ) {
    this.pool = new ThreadPool(concurrency);
  }

  submit<Result = unknown>(kind: string, payloads: readonly unknown[]): Promise<Batch<Result>> {
    const statuses: JobStatus[] = payloads.map((_, index) => ({ index, state: 'queued' }));
    const listeners = new Set<(progress: BatchProgress) => void>();
    const changed = (index: number, status: Omit<JobStatus, 'index'>) => {
      statuses[index] = { index, ...status };
      const progress = progressOf([...statuses]);
      for (const listener of listeners) listener(progress);
    };
    const hooks = this.hooks[kind];
    const running = payloads.map((payload, index) =>
      this.runOne(kind, hooks, payload, () => changed(index, { state: 'running' })).then(
        ({ result, worker }) => {
          changed(index, { state: 'completed', worker });
          return result as Result;
        },
        (error: Error) => {
          changed(index, { state: 'failed', error: error.message });
          throw new JobFailedError(kind, index, error.message);
        },
      ),
    );
    // Failures are reported through results(); a batch nobody waits on must not crash the process.
    for (const job of running) job.catch(() => undefined);
    const all = Promise.all(running);
    all.catch(() => undefined);
    return Promise.resolve({
      id: randomUUID(),
      progress: () => Promise.resolve(progressOf([...statuses])),
      results: (onProgress) => {
        if (onProgress) {
          listeners.add(onProgress);
          onProgress(progressOf([...statuses]));
        }
        return all.finally(() => onProgress && listeners.delete(onProgress));
      },
    });
  }

  /** One job with its kind's hooks; there is no second attempt here, so a failure is final. */
  private async runOne(
    kind: string,
    hooks: JobHooks | undefined,
    payload: unknown,
    started: () => void,
  ): Promise<ThreadResult> {
    try {
      if (hooks?.starting && !(await hooks.starting(payload)))
        return { result: undefined, worker: 'skipped' };
      const done = await this.pool.run(kind, payload, started);
      await hooks?.completed?.(payload, done.result, done.worker);
      return done;
    } catch (error) {
      // A job cut short by closing the queue has not failed: its work is resumed at the next start.
      if (!this.closing) {
        const reason = error instanceof Error ? error.message : String(error);
        await hooks?.failed?.(payload, reason).catch(() => undefined);
      }
      throw error;
    }
  }

  close(): Promise<void> {
    this.closing = true;
    return this.pool.close();
  }
}
