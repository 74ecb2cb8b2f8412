import type { Batch, JobQueue } from './jobQueue';
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
    private readonly log: (message: string) => void,
  ) {}

  async submit<Result = unknown>(kind: string, payloads: readonly unknown[]): Promise<Batch<Result>> {
    this.opened ??= PgBossQueue.open(this.url, this.log);
    return (await this.opened).submit<Result>(kind, payloads);
  }

  async close(): Promise<void> {
    if (this.opened) await (await this.opened).close();
  }
}

/**
 * The job queue for this process: with a PostgreSQL URL, the pg-boss queue that `highneeds worker`
 * processes on any machine share; otherwise this process's worker threads (one per core by default).
 */
export function openJobQueue(options: {
  databaseUrl?: string | undefined;
  threads?: number;
  log: (message: string) => void;
}): JobQueue {
  if (options.databaseUrl) return new LazyPgBossQueue(options.databaseUrl, options.log);
  return new ThreadQueue(options.threads ?? allThreads());
}
