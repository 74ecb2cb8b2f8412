import type PgBoss from 'pg-boss';
import {
  JobFailedError,
  progressOf,
  type Batch,
  type BatchProgress,
  type JobQueue,
  type JobState,
  type JobStatus,
} from './jobQueue';
import { queueOf, startPgBoss, type QueuedJobData, type QueuedJobOutput } from './pgBoss';

const POLL_MS = 250;
const states: Record<PgBoss.JobWithMetadata['state'], JobState> = {
  created: 'queued',
  retry: 'queued',
  active: 'running',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
};

function failureOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output)
    return String((output as { message: unknown }).message);
  return 'the job was cancelled or its worker stopped';
}

/**
 * The PostgreSQL queue: jobs are rows in pg-boss's tables, run by `highneeds worker` processes on any
 * machine that reaches the database. This side only submits and watches (concurrency 0).
 */
export class PgBossQueue implements JobQueue {
  readonly backend = 'pg-boss';
  readonly concurrency = 0;

  private constructor(private readonly boss: PgBoss) {}

  static async open(url: string, log: (message: string) => void): Promise<PgBossQueue> {
    return new PgBossQueue(await startPgBoss(url, log));
  }

  async submit<Result = unknown>(kind: string, payloads: readonly unknown[]): Promise<Batch<Result>> {
    const queue = queueOf(kind);
    const ids: string[] = [];
    for (const payload of payloads) {
      // One retry: a chunk is deterministic, so a retried chunk gives the same numbers.
      const id = await this.boss.send(queue, { payload } satisfies QueuedJobData, {
        retryLimit: 1,
        expireInMinutes: 60,
      });
      if (id === null) throw new Error(`pg-boss did not accept job ${ids.length + 1} of the ${kind} batch`);
      ids.push(id);
    }
    const read = async () => {
      const jobs = await Promise.all(ids.map((id) => this.boss.getJobById<QueuedJobData>(queue, id)));
      return jobs.map((job, index) => {
        const state = job ? states[job.state] : 'failed';
        const output = job?.output as QueuedJobOutput | undefined;
        const status: JobStatus =
          state === 'completed'
            ? { index, state, worker: output?.worker ?? 'unknown' }
            : state === 'failed'
              ? { index, state, error: job ? failureOf(job.output) : 'the job is no longer in the queue' }
              : { index, state };
        return { status, output };
      });
    };
    return {
      id: ids.join(','),
      progress: async () => progressOf((await read()).map((j) => j.status)),
      results: async (onProgress?: (progress: BatchProgress) => void) => {
        let last = '';
        for (;;) {
          const jobs = await read();
          const progress = progressOf(jobs.map((j) => j.status));
          const key = JSON.stringify(progress.jobs.map((j) => j.state));
          if (key !== last) onProgress?.(progress);
          last = key;
          const failed = progress.jobs.find((j) => j.state === 'failed');
          if (failed) throw new JobFailedError(kind, failed.index, failed.error ?? 'failed');
          if (progress.done === progress.total) return jobs.map((j) => j.output?.result as Result);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      },
    };
  }

  close(): Promise<void> {
    return this.boss.stop({ graceful: false, wait: true });
  }
}
