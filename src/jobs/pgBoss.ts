// pg-boss 10 (11+ needs Node 22) in the application's own PostgreSQL database, in its own schema.
import pg from 'pg';
import PgBoss from 'pg-boss';
import { jobKindNames } from './jobKinds';

/** The pg-boss queue of a job kind. */
export const queueOf = (kind: string) => `highneeds-${kind}`;

/** What a job carries in pg-boss: the kind's payload, under a key of its own (pg-boss wants an object). */
export interface QueuedJobData {
  readonly payload: unknown;
}

/** What a worker stores as a completed job's output. */
export interface QueuedJobOutput {
  readonly result: unknown;
  readonly worker: string;
}

/**
 * Starts pg-boss on the database at `url` (creating or migrating its `pgboss` schema) with a queue for
 * every job kind. `log` hears pg-boss's own errors (connection trouble), never job data.
 */
export async function startPgBoss(url: string, log: (message: string) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 4, application_name: 'highneeds-jobs' });
  boss.on('error', (error: Error) => log(`job queue: ${error.message}`));
  await boss.start();
  await createQueues(url, boss);
  return boss;
}

/**
 * Creates every kind's queue (create_queue does nothing for a queue that exists). Processes starting at
 * the same moment on a new database deadlock inside pg-boss's create_queue, so they take turns under a
 * PostgreSQL advisory lock held on a connection of its own.
 */
async function createQueues(url: string, boss: PgBoss): Promise<void> {
  const lock = new pg.Client({ connectionString: url, application_name: 'highneeds-jobs' });
  await lock.connect();
  try {
    await lock.query("select pg_advisory_lock(hashtext('highneeds: create job queues'))");
    for (const kind of jobKindNames()) await boss.createQueue(queueOf(kind));
  } finally {
    await lock.end(); // ending the session releases its advisory lock
  }
}
