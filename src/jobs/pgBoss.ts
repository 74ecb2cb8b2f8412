// pg-boss 10 (11+ needs Node 22) in the application's own PostgreSQL database, in its own schema.
import pg from 'pg';
import PgBoss from 'pg-boss';
import { jobKindNames } from './jobKinds';
import { JOB_RETRIES, type JobSettings } from './jobSettings';

/** The pg-boss queue of a job kind. */
export const queueOf = (kind: string) => `highneeds-${kind}`;

/** The queue a kind's jobs go to when they fail for good (pg-boss's dead letter), to be reported. */
export const failedQueueOf = (kind: string) => `highneeds-${kind}-failed`;

/** What a job carries in pg-boss: the kind's payload, under a key of its own (pg-boss wants an object). */
export interface QueuedJobData {
  readonly payload: unknown;
}

/** What a worker stores as a completed job's output (no result when a hook kept it elsewhere). */
export interface QueuedJobOutput {
  readonly result?: unknown;
  readonly worker: string;
  readonly skipped?: boolean;
}

/** How a job of the queue is sent: tried again when its worker stops or it throws, then reported as failed. */
export function jobPolicy(kind: string, settings: JobSettings) {
  return {
    retryLimit: JOB_RETRIES,
    retryDelay: 2,
    expireInSeconds: settings.jobExpirySeconds,
    deadLetter: failedQueueOf(kind),
  };
}

/** The reason pg-boss stored for a failed job: the handler's error, or its own timeout. */
export function failureOf(output: unknown): string {
  const record = output as { message?: unknown; value?: { message?: unknown } } | null | undefined;
  const message = record?.message ?? record?.value?.message;
  if (message === 'job failed by timeout in active state')
    return 'its worker stopped, or it ran longer than the job expiry, every time it was tried';
  return typeof message === 'string' ? message : 'the job was cancelled or its worker stopped';
}

/**
 * Starts pg-boss on the database at `url` (creating or migrating its `pgboss` schema) with a queue for
 * every job kind and one for its failures. pg-boss's maintenance, which hands the job of a stopped
 * worker to another, runs every `checkIntervalSeconds`. `log` hears pg-boss's own errors (connection
 * trouble), never job data.
 */
export async function startPgBoss(
  url: string,
  settings: JobSettings,
  log: (message: string) => void,
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    application_name: 'highneeds-jobs',
    maintenanceIntervalSeconds: settings.checkIntervalSeconds,
  });
  boss.on('error', (error: Error) => log(`job queue: ${error.message}`));
  await boss.start();
  await createQueues(url, boss);
  return boss;
}

/**
 * Creates every kind's queues (create_queue does nothing for a queue that exists). Processes starting at
 * the same moment on a new database deadlock inside pg-boss's create_queue, so they take turns under a
 * PostgreSQL advisory lock held on a connection of its own.
 */
async function createQueues(url: string, boss: PgBoss): Promise<void> {
  const lock = new pg.Client({ connectionString: url, application_name: 'highneeds-jobs' });
  await lock.connect();
  try {
    await lock.query("select pg_advisory_lock(hashtext('highneeds: create job queues'))");
    for (const kind of jobKindNames()) {
      await boss.createQueue(failedQueueOf(kind));
      await boss.createQueue(queueOf(kind));
    }
  } finally {
    await lock.end(); // ending the session releases its advisory lock
  }
}
