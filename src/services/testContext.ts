import { openTestDatabase } from '../db/testDatabase';
import type { OpenDatabase } from '../db/database';
import type { ServiceContext } from './context';

export interface TestContext {
  ctx: ServiceContext;
  database: OpenDatabase;
  /** Every wait the services asked for, in milliseconds (none is actually waited). */
  sleeps: number[];
  /** Moves the fake clock forward. */
  advance(ms: number): void;
}

/** Services on a fresh test database with a fake clock that starts at 2021-06-18 09:00 UTC. */
export async function openTestContext(): Promise<TestContext> {
  const database = await openTestDatabase();
  let now = Date.UTC(2021, 5, 18, 9, 0, 0);
  const sleeps: number[] = [];
  return {
    database,
    sleeps,
    advance: (ms) => (now += ms),
    ctx: {
      db: database.db,
      databaseKind: database.kind,
      now: () => new Date(now),
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    },
  };
}
