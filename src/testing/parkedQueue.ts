import type { Batch, JobQueue } from '../jobs/jobQueue';

/**
 * A job queue whose workers never come: it keeps the payloads it is given, as the PostgreSQL queue keeps
 * jobs while no worker runs, so a test can run them itself, in any order, or send them elsewhere.
 */
export class ParkedQueue implements JobQueue {
  readonly concurrency = 2;
  readonly parked: unknown[] = [];

  constructor(readonly backend: JobQueue['backend'] = 'threads') {}

  submit<Result>(_kind: string, payloads: readonly unknown[]): Promise<Batch<Result>> {
    this.parked.push(...payloads);
    const nothing = { total: 0, done: 0, failed: 0, jobs: [] };
    return Promise.resolve({
      id: 'parked',
      progress: () => Promise.resolve(nothing),
      results: () => Promise.resolve([]),
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
