import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index';
import { twelveChildrenDraft, twelveChildrenLookupCsv } from '../../io/sen2/testing/twelveChildren';
import { writeBladeExport } from '../../io/sen2/writeBlade';
import { createCouncil } from '../councils';
import { ConflictError, ForbiddenError } from '../errors';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { addCouncilUser } from '../users';
import { addForecastInputsFromSen2 } from './forecastInputs';
import { deleteSen2Return, importSen2Return, listSen2Returns, previewSen2Return } from './imports';
import { sen2RecordTables } from './testing';
import { importUrnLookup } from './urnLookup';

// Deleting a SEN2 return: with its records and findings, all at once, audited with counts only; refused
// (naming them) while forecast inputs made from it are held. The hand-worked 12-child return
// (src/io/sen2/testing/twelveChildren.ts) in council 314.

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
const files = () => writeBladeExport(twelveChildrenDraft(), '2025-01-20');

/** Rows in each of the return's tables, and the returns held. */
async function held(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...sen2RecordTables, 'sen2_returns']) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(
      t.ctx.db,
    );
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

const deletions = () =>
  t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'entity_id', 'before', 'after'])
    .where('entity', '=', 'sen2-return')
    .where('action', '=', 'delete')
    .execute();

beforeAll(async () => {
  t = await openTestContext();
  await createCouncil(t.ctx, cli, {
    code: '314',
    newCode: 'E09000021',
    name: 'Kingston upon Thames',
    region: 'Outer London',
  });
  await importUrnLookup(t.ctx, cli, '314', twelveChildrenLookupCsv);
});
afterAll(() => t.database.close());

describe('deleting a SEN2 return', () => {
  it('takes the return, every record and its data-quality findings; audited with counts only', async () => {
    await importSen2Return(t.ctx, cli, '314', files(), {});
    const before = await held();
    // The hand-worked return: 13 person records and 9 warnings at least, every module filled.
    expect(before.sen2_returns).toBe(1);
    for (const table of sen2RecordTables) expect(before[table], table).toBeGreaterThan(0);
    const personIds = (await t.ctx.db.selectFrom('sen2_people').select('person_id').execute()).map(
      (p) => p.person_id,
    );

    const deleted = await deleteSen2Return(t.ctx, cli, '314', { year: '2025' });
    expect(deleted.collectionYear).toBe(2025);
    expect(Object.values(await held()).every((n) => n === 0)).toBe(true);
    const [entry, ...more] = await deletions();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: 'delete', entity_id: '2025', after: null });
    expect((entry!.before as { counts: { people: number } }).counts.people).toBe(13);
    const written = JSON.stringify(entry);
    for (const id of personIds) expect(written).not.toContain(id);
  });

  it('deletes nothing when any part fails: the deletion and its audit entry are one transaction', async () => {
    await importSen2Return(t.ctx, cli, '314', files(), {});
    const before = await held();
    // The audit entry is written last; make the database refuse it, after the return's rows have gone.
    await sql`create function refuse_sen2_delete() returns trigger language plpgsql as $$
      begin
        if new.entity = 'sen2-return' and new.action = 'delete' then raise exception 'audit refused'; end if;
        return new;
      end $$`.execute(t.ctx.db);
    await sql`create trigger refuse_sen2_delete before insert on audit_log
      for each row execute function refuse_sen2_delete()`.execute(t.ctx.db);
    try {
      await expect(deleteSen2Return(t.ctx, cli, '314', { year: 2025 })).rejects.toThrow('audit refused');
    } finally {
      await sql`drop trigger refuse_sen2_delete on audit_log`.execute(t.ctx.db);
      await sql`drop function refuse_sen2_delete()`.execute(t.ctx.db);
    }
    expect(await held()).toEqual(before);
    expect(await deletions()).toHaveLength(1);
  });

  it('is refused, naming them, while forecast inputs made from the return are held; replacing keeps them', async () => {
    await addForecastInputsFromSen2(t.ctx, cli, '314', { name: 'From the 2025 return' });
    await addForecastInputsFromSen2(t.ctx, cli, '314', { name: 'By setting type', setting: 'settingType' });
    const before = await held();
    const refusal = deleteSen2Return(t.ctx, cli, '314', { year: 2025 });
    await expect(refusal).rejects.toBeInstanceOf(ConflictError);
    await expect(refusal).rejects.toThrow(
      'The 2025 SEN2 return cannot be deleted: the forecast inputs “From the 2025 return” and “By setting type” were made from it and keep its figures. To correct it, import the corrected return in its place (replace the 2025 return).',
    );
    expect(await held()).toEqual(before);
    expect(await deletions()).toHaveLength(1);
    expect((await listSen2Returns(t.ctx, cli, '314'))[0]!.forecastInputs).toEqual([
      'From the 2025 return',
      'By setting type',
    ]);
    // The database itself refuses, should a later path forget to ask.
    await expect(t.ctx.db.deleteFrom('sen2_returns').execute()).rejects.toThrow();

    // A corrected return in its place: its preview names the inputs; once imported they are linked to it,
    // so it is held as firmly.
    expect((await previewSen2Return(t.ctx, cli, '314', files())).replaces?.forecastInputs).toEqual([
      'From the 2025 return',
      'By setting type',
    ]);
    await importSen2Return(t.ctx, cli, '314', files(), { replace: true });
    expect((await listSen2Returns(t.ctx, cli, '314'))[0]!.forecastInputs).toEqual([
      'From the 2025 return',
      'By setting type',
    ]);
    await expect(deleteSen2Return(t.ctx, cli, '314', { year: 2025 })).rejects.toBeInstanceOf(ConflictError);
  });

  it('links inputs made before migration 020 from their source label', async () => {
    const migration = migrations['020_sen2_input_links']!;
    await migration.down!(t.ctx.db);
    await migration.up(t.ctx.db);
    expect((await listSen2Returns(t.ctx, cli, '314'))[0]!.forecastInputs).toEqual([
      'From the 2025 return',
      'By setting type',
    ]);
  });

  it("does not stop a council's removal taking its returns and the inputs made from them", async () => {
    const trx = t.ctx.db.transaction();
    await expect(
      trx.execute(async (db) => {
        await db.deleteFrom('councils').where('code', '=', '314').execute();
        expect(await db.selectFrom('sen2_input_set_returns').select('return_id').execute()).toEqual([]);
        expect(await db.selectFrom('sen2_returns').select('id').execute()).toEqual([]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await held()).sen2_returns).toBe(1);
  });

  it('is only for those who may import, and names a year it cannot read', async () => {
    await addCouncilUser(t.ctx, cli, '314', {
      email: 'viewer@sen2.example',
      role: 'viewer',
      password: 'a long enough password',
    });
    const { id } = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'viewer@sen2.example')
      .executeTakeFirstOrThrow();
    const { id: councilId } = await t.ctx.db
      .selectFrom('councils')
      .select('id')
      .where('code', '=', '314')
      .executeTakeFirstOrThrow();
    const viewer: Actor = {
      kind: 'user',
      user: {
        id,
        email: 'viewer@sen2.example',
        displayName: 'v',
        isSystemAdmin: false,
        roles: new Map([[councilId, 'viewer']]),
      },
    };
    await expect(deleteSen2Return(t.ctx, viewer, '314', { year: 2025 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteSen2Return(t.ctx, cli, '314', { year: 'last' })).rejects.toMatchObject({
      message: 'The return year must be a year such as 2025.',
      field: 'year',
      status: 400,
    });
  });
});
