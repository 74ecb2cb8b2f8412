import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pgliteDialect';
import type { Database } from './schema';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for messages: the folder, `memory`, or the server URL without password. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL server URL; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder of the embedded database; undefined means in memory (tests). */
  dataDir?: string | undefined;
}

const INT8 = 20;
// bigint columns hold pence and ids; every value we store is far below 2^53, so numbers are safe.
const parseInt8 = (value: string) => Number(value);

function serverTypeParser(oid: number, format: 'text' | 'binary' = 'text'): (value: string) => unknown {
  return oid === INT8 ? parseInt8 : (pg.types.getTypeParser(oid, format) as (value: string) => unknown);
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      types: { getTypeParser: serverTypeParser as typeof pg.types.getTypeParser },
    });
    // An idle connection the server ends (a restart, an administrator, a dropped test database) must not
    // crash the process: the pool replaces it on the next query.
    pool.on('error', (error) =>
      process.stderr.write(`PostgreSQL closed an idle connection: ${error.message}\n`),
    );
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgresql', location: redactUrl(options.url), close: () => db.destroy() };
  }
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    parsers: { [INT8]: parseInt8 },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', location: options.dataDir ?? 'memory', close: () => db.destroy() };
}

/** The URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgresql';
  }
}
