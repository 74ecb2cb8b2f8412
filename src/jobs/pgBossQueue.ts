import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import {
  JobFailedError,
  progressOf,
  type Batch,
  type BatchProgress,
  type JobQueue,
  type JobState,
  type JobStatus,
  type SubmitOptions,
} from './jobQueue';
import type { JobSettings } from './jobSettings';
import {
  failureOf,
  jobPolicy,
  queueOf,
  startPgBoss,
  type QueuedJobData,
  type QueuedJobOutput,
} from './pgBoss';

const POLL_MS = 250;
const states: Record<PgBoss.JobWithMetadata['state'], JobState> = {
  created: 'queued',
  retry: 'queued',
  active: 'running',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
};

/**
 * The PostgreSQL queue: jobs are rows in pg-boss's tables, run by `highneeds worker` processes on any
 * machine that reaches the database. This side only submits and watches (concurrency 0).
 */
export class PgBossQueue implements JobQueue {
  readonly backend = 'pg-boss';
  readonly concurrency = 0;

  private constructor(
    private readonly boss: PgBoss,
    private readonly settings: JobSettings,
  ) {}

  static async open(
    url: string,
    settings: JobSettings,
    log: (message: string) => void,
  ): Promise<PgBossQueue> {
    return new PgBossQueue(await startPgBoss(url, settings, log), settings);
  }

  async submit<Result = unknown>(
    kind: string,
    payloads: readonly unknown[],
    options: SubmitOptions = {},
  ): Promise<Batch<Result>> {
    const queue = queueOf(kind);
    const ids = payloads.map(() => randomUUID());
    // One statement for the whole batch: all of its jobs are queued, or none. Each is tried again when its
    // worker stops (a chunk is deterministic, so a retried chunk gives the same numbers).
    const policy = jobPolicy(kind, this.settings);
    const jobs = payloads.map((payload, i) => ({
      id: ids[i],
      name: queue,
      data: { payload } satisfies QueuedJobData,
      ...policy,
    }));
    if (jobs.length > 0)
      await this.boss.insert(jobs, options.within ? { db: options.within as PgBoss.Db } : {});
    const read = async () => {
      const found = await Promise.all(ids.map((id) => this.boss.getJobById<QueuedJobData>(queue, id)));
      return found.map((job, index) => {
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
          const found = await read();
          const progress = progressOf(found.map((j) => j.status));
          const key = JSON.stringify(progress.jobs.map((j) => j.state));
          if (key !== last) onProgress?.(progress);
          last = key;
          const failed = progress.jobs.find((j) => j.state === 'failed');
          if (failed) throw new JobFailedError(kind, failed.index, failed.error ?? 'failed');
          if (progress.done === progress.total) return found.map((j) => j.output?.result as Result);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      },
    };
  }

  close(): Promise<void> {
    return this.boss.stop({ graceful: false, wait: true });
  }
}
