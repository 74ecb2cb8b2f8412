import type { Batch, JobHooksByKind, JobQueue, SubmitOptions } from './jobQueue';
import { defaultJobSettings, type JobSettings } from './jobSettings';
import { PgBossQueue } from './pgBossQueue';
import { ThreadQueue } from './threadQueue';
import { allThreads } from './threadPool';

/** The PostgreSQL queue, started on first use (most commands never submit a job). */
class LazyPgBossQueue implements JobQueue {
  readonly backend = 'pg-boss';
  readonly concurrency = 0;
  private opened: Promise<PgBossQueue> | undefined;

  constructor(
    private readonly url: string,
    private readonly settings: JobSettings,
    private readonly log: (message: string) => void,
  ) {}

  async submit<Result = unknown>(
    kind: string,
    payloads: readonly unknown[],
    options?: SubmitOptions,
  ): Promise<Batch<Result>> {
    this.opened ??= PgBossQueue.open(this.url, this.settings, this.log);
    return (await this.opened).submit<Result>(kind, payloads, options);
  }

  async close(): Promise<void> {
    if (this.opened) await (await this.opened).close();
  }
}

/**
 * The job queue for this process: with a PostgreSQL URL, the pg-boss queue that `highneeds worker`
 * processes on any machine share (their hooks keep the results); otherwise this process's worker threads
 * (one per core by default), with `hooks` run here around each job.
 */
export function openJobQueue(options: {
  databaseUrl?: string | undefined;
  threads?: number;
  settings?: JobSettings;
  hooks?: JobHooksByKind;
  log: (message: string) => void;
}): JobQueue {
  if (options.databaseUrl)
    return new LazyPgBossQueue(options.databaseUrl, options.settings ?? defaultJobSettings, options.log);
  return new ThreadQueue(options.threads ?? allThreads(), options.hooks);
}
