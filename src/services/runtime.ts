import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../db/database';
import { lockDataFolder } from '../db/dataLock';
import { migrateToLatest } from '../db/migrate';
import { openJobQueue } from '../jobs/openJobQueue';
import { realClock, type ServiceContext } from './context';

export interface RuntimeOptions {
  /** Embedded database folder (ignored when databaseUrl is set). */
  dataDir: string;
  databaseUrl?: string | undefined;
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
  // Long work (forecast runs): worker threads here, or the PostgreSQL queue that workers share.
  const jobs = openJobQueue({
    databaseUrl: options.databaseUrl,
    log: (message) => process.stderr.write(`${message}\n`),
  });
  return {
    ctx: { db: database.db, databaseKind: database.kind, ...realClock(), jobs },
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
