import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../db/database';
import { lockDataFolder } from '../db/dataLock';
import { migrateToLatest } from '../db/migrate';
import { defaultJobSettings, type JobSettings } from '../jobs/jobSettings';
import { openJobQueue } from '../jobs/openJobQueue';
import { realClock, type ServiceContext } from './context';
import { jobHooks } from './jobHooks';

export interface RuntimeOptions {
  /** Embedded database folder (ignored when databaseUrl is set). */
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Job expiry, check interval and run time limit (jobSettingsFrom(env)); the defaults when absent. */
  jobSettings?: JobSettings;
}

export interface Runtime {
  ctx: ServiceContext;
  database: OpenDatabase;
  close(): Promise<void>;
}

/**
 * Opens the database the way every command does: PostgreSQL when a URL is given, otherwise the embedded
 * folder, locked to this process; then brings the schema up to date.
 */
export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  const embedded = !options.databaseUrl;
  const dataDir = path.resolve(options.dataDir);
  const unlock = embedded ? lockDataFolder(dataDir) : () => {};
  let database: OpenDatabase;
  try {
    database = await openDatabase(
      embedded ? { dataDir: path.join(dataDir, 'pgdata') } : { url: options.databaseUrl },
    );
    await migrateToLatest(database.db);
  } catch (error) {
    unlock();
    throw error;
  }
  let closed = false;
  const jobSettings = options.jobSettings ?? defaultJobSettings;
  const ctx: ServiceContext = { db: database.db, databaseKind: database.kind, ...realClock(), jobSettings };
  // Long work (forecast runs): worker threads here, or the PostgreSQL queue that workers share.
  const jobs = openJobQueue({
    databaseUrl: options.databaseUrl,
    settings: jobSettings,
    hooks: jobHooks(ctx),
    log: (message) => process.stderr.write(`${message}\n`),
  });
  ctx.jobs = jobs;
  return {
    ctx,
    database,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await jobs.close();
        await database.close();
      } finally {
        unlock();
      }
    },
  };
}
