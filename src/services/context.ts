import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/database';
import type { Database } from '../db/schema';
import type { JobQueue } from '../jobs/jobQueue';
import type { JobSettings } from '../jobs/jobSettings';

/** What every service needs: the database, and the clock and waiting injected so tests control time. */
export interface ServiceContext {
  db: Kysely<Database>;
  databaseKind: DatabaseKind;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Where long work (forecast runs) goes; without one it runs inline, on this thread. */
  jobs?: JobQueue;
  /** Job expiry, check interval and run time limit; the defaults (src/jobs/jobSettings.ts) when absent. */
  jobSettings?: JobSettings;
}

export function realClock(): Pick<ServiceContext, 'now' | 'sleep'> {
  return {
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** Runs `work` in a transaction, joining the caller's when there is one (so services compose atomically). */
export async function inTransaction<T>(
  ctx: ServiceContext,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db);
  return ctx.db.transaction().execute(work);
}
