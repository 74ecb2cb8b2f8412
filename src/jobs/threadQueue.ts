import { randomUUID } from 'node:crypto';
import {
  JobFailedError,
  progressOf,
  type Batch,
  type BatchProgress,
  type JobQueue,
  type JobStatus,
} from './jobQueue';
import { ThreadPool } from './threadPool';

/** The embedded queue: jobs run on this process's worker threads (no database involved). */
export class ThreadQueue implements JobQueue {
  readonly backend = 'threads';
  private readonly pool: ThreadPool;

  constructor(readonly concurrency: number) {
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
    const running = payloads.map((payload, index) =>
      this.pool
        .run(kind, payload, () => changed(index, { state: 'running' }))
        .then(
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

  close(): Promise<void> {
    return this.pool.close();
  }
}
