import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDatabase } from './testDatabase';
import type { OpenDatabase } from './database';

describe(`database (${process.env.DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`, () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('reports which kind of database it is', () => {
    expect(database.kind).toBe(process.env.DATABASE_URL ? 'postgresql' : 'pglite');
  });

  it('keeps a write made outside an open transaction when that transaction rolls back', async () => {
    const { db } = database;
    let enteredTransaction!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (enteredTransaction = resolve));
    let outsideWrite: Promise<unknown> | undefined;

    const rolledBack = db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('councils')
          .values({ code: 'T1', new_code: 'E0T1', name: 'Inside', region: 'Test' })
          .execute();
        enteredTransaction();
        // Another request writes while this transaction is open...
        outsideWrite = db
          .insertInto('councils')
          .values({ code: 'T2', new_code: 'E0T2', name: 'Outside', region: 'Test' })
          .execute();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);

    await transactionOpen;
    expect(await rolledBack).toBe('roll back');
    await outsideWrite;

    const names = await db.selectFrom('councils').select('name').where('code', 'in', ['T1', 'T2']).execute();
    expect(names.map((r) => r.name)).toEqual(['Outside']);
  });

  it('returns bigint values as numbers and jsonb as objects', async () => {
    const row = await sql<{
      big: number;
      doc: { a: number };
    }>`select 2147483648000::bigint as big, '{"a":1}'::jsonb as doc`.execute(database.db);
    expect(row.rows[0]).toEqual({ big: 2147483648000, doc: { a: 1 } });
  });

  it('reports affected rows for updates', async () => {
    const result = await database.db
      .updateTable('councils')
      .set({ region: 'Changed' })
      .where('code', '=', 'T2')
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(1n);
  });
});
