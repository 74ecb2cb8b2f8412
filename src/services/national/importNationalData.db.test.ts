import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes, release2022Zip } from '../../io/dfe/testdata/syntheticFiles';
import { addSystemAdministrator } from '../users';
import type { Actor, SessionUser } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { importNationalFile, NationalFileError } from './importNationalData';
import { listNationalReleases } from './nationalReleases';

const cli: Actor = { kind: 'system', label: 'command line (tester)' };
const user = (over: Partial<SessionUser>): Actor => ({
  kind: 'user',
  user: {
    id: 1,
    email: 'someone@example.org',
    displayName: 'Someone',
    isSystemAdmin: false,
    roles: new Map(),
    ...over,
  },
});

let t: TestContext;
beforeAll(async () => {
  t = await openTestContext();
});
afterAll(async () => t.database.close());

const count = async (
  table: 'national_values' | 'national_imports' | 'national_releases' | 'audit_log' | 'national_neighbours',
) =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function revised2022Zip(): Uint8Array {
  // Kingston's January 2022 caseload revised from 121 to 122, and Bristol's rows dropped.
  const text = new TextDecoder().decode(fixtureBytes('ehcp2022', 'sen2_age_caseload.csv'));
  const revised = text
    .split('\n')
    .filter((line) => !line.includes('Bristol'))
    .map((line) =>
      line.startsWith('2022,') && line.includes(',314,') && line.includes(',Total,')
        ? line.replace(',121,100,121,100', ',122,100,122,100')
        : line,
    )
    .join('\n');
  return zipSync({ 'data/sen2_age_caseload.csv': new TextEncoder().encode(revised) });
}

describe('importing national data', () => {
  it('imports a release zip in one go, recording the file, checksum and counts, with an audit entry', async () => {
    const outcome = await importNationalFile(t.ctx, cli, { name: 'ehcp-2022.zip', bytes: release2022Zip() });
    expect(outcome).toMatchObject({
      status: 'imported',
      publication: 'ehcp-statistics',
      edition: '2022',
      fileName: 'ehcp-2022.zip',
    });
    expect(outcome.values).toEqual({ added: outcome.valuesRead, changed: 0, removed: 0 });
    expect(outcome.checksum).toMatch(/^[0-9a-f]{64}$/);
    const imports = await t.ctx.db.selectFrom('national_imports').selectAll().execute();
    expect(imports).toEqual([
      expect.objectContaining({
        file_name: 'ehcp-2022.zip',
        checksum: outcome.checksum,
        imported_by: 'command line (tester)',
        values_read: outcome.valuesRead,
        values_added: outcome.valuesRead,
      }),
    ]);
    expect(new Date(imports[0]!.imported_at).toISOString()).toBe('2021-06-18T09:00:00.000Z');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'national_release')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'import',
        entity_id: 'ehcp-statistics/2022',
        council_id: null,
        actor_email: 'command line (tester)',
      }),
    ]);
  });

  it('stores a suppressed figure as not available with its code, never 0', async () => {
    const row = await t.ctx.db
      .selectFrom('national_values')
      .selectAll()
      .where('series', '=', 'ehcp.age.under5')
      .where('area', '=', '202')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ value: null, missing: 'c', period: '2022' });
  });

  it('changes nothing when the same release is imported again, as the zip or as one of its CSVs', async () => {
    const before = [
      await count('national_values'),
      await count('national_imports'),
      await count('audit_log'),
    ];
    const again = await importNationalFile(t.ctx, cli, { name: 'copy.zip', bytes: release2022Zip() });
    expect(again).toMatchObject({
      status: 'unchanged',
      values: { added: 0, changed: 0, removed: 0 },
      alreadyImported: { fileName: 'ehcp-2022.zip' },
    });
    const csv = await importNationalFile(t.ctx, cli, {
      name: 'sen2_age_caseload.csv',
      bytes: fixtureBytes('ehcp2022', 'sen2_age_caseload.csv'),
    });
    expect(csv.status).toBe('unchanged');
    expect([
      await count('national_values'),
      await count('national_imports'),
      await count('audit_log'),
    ]).toEqual(before);
  });

  it('applies a revised file as changes to the series it is the source of, and audits them', async () => {
    const outcome = await importNationalFile(t.ctx, cli, { name: 'revised.zip', bytes: revised2022Zip() });
    expect(outcome).toMatchObject({ status: 'updated', values: { added: 0, changed: 1, removed: 2 } });
    const kingston = await t.ctx.db
      .selectFrom('national_values')
      .select('value')
      .where('series', '=', 'ehcp.caseload')
      .where('area', '=', '314')
      .where('period', '=', '2022')
      .executeTakeFirstOrThrow();
    expect(Number(kingston.value)).toBe(122);
    // Placements come from another CSV of the release and are untouched.
    const placements = await t.ctx.db
      .selectFrom('national_values')
      .select('series')
      .where('series', 'like', 'ehcp.placement.%')
      .execute();
    expect(placements.length).toBeGreaterThan(0);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'before'])
      .where('entity', '=', 'national_release')
      .orderBy('id')
      .execute();
    expect(audit.at(-1)).toMatchObject({ action: 'update', before: { fileName: 'ehcp-2022.zip' } });
  });

  it('imports nothing from a file with a bad row, and reports every row error', async () => {
    const before = [
      await count('national_values'),
      await count('national_imports'),
      await count('national_releases'),
    ];
    const good = fixtureBytes('ehcp2022', 'sen2_age_new_plans.csv');
    const bad = new TextEncoder().encode(
      [
        'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,TotNoExcEHC,NoExc20weekEHC',
        '2021,Calendar year,Local authority,E92000001,England,E12000007,London,399,E09000099,Nowhere,5,1',
        '2021,Calendar year,Local authority,E92000001,England,E12000007,London,314,E09000021,Kingston upon Thames,5,one',
      ].join('\n'),
    );
    const error = await importNationalFile(t.ctx, cli, {
      name: 'mixed.zip',
      bytes: zipSync({ 'data/sen2_age_new_plans.csv': good, 'data/sen2_mi.csv': bad }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NationalFileError);
    expect((error as NationalFileError).rowErrors).toHaveLength(2);
    expect((error as NationalFileError).message).toBe(
      "mixed.zip was not imported: mixed.zip:data/sen2_mi.csv row 2, column `old_la_code`: '399': is not a known three-digit LA number (Nowhere); if the DfE has created a new LA, add it to src/core/benchmark/localAuthorities.ts (and 1 more)",
    );
    expect([
      await count('national_values'),
      await count('national_imports'),
      await count('national_releases'),
    ]).toEqual(before);
  });

  it('imports statistical neighbours and changes nothing the second time', async () => {
    const first = await importNationalFile(t.ctx, cli, {
      name: 'sn.csv',
      bytes: fixtureBytes('neighbours-synthetic.csv'),
    });
    expect(first).toMatchObject({
      status: 'imported',
      publication: 'statistical-neighbours',
      neighbours: { added: 15, changed: 0, removed: 0 },
    });
    expect(
      (
        await importNationalFile(t.ctx, cli, {
          name: 'sn.csv',
          bytes: fixtureBytes('neighbours-synthetic.csv'),
        })
      ).status,
    ).toBe('unchanged');
    expect(await count('national_neighbours')).toBe(15);
  });

  it('is for system administrators and the command line only', async () => {
    const viewer = user({ roles: new Map([[1, 'admin']]) });
    await expect(
      importNationalFile(t.ctx, viewer, { name: 'x.zip', bytes: release2022Zip() }),
    ).rejects.toThrow(/Only a system administrator or the command line/);
    const admin = await addSystemAdministrator(t.ctx, cli, {
      email: 'admin@example.org',
      password: 'a-long-password',
    });
    const asAdmin = user({ id: admin.id, email: admin.email, isSystemAdmin: true });
    expect(
      (await importNationalFile(t.ctx, asAdmin, { name: 'x.zip', bytes: release2022Zip() })).status,
    ).toBe('updated');
  });

  it('lists the releases with their imports', async () => {
    const releases = await listNationalReleases(t.ctx, cli);
    expect(releases.map((r) => [r.publication, r.edition, r.imports.length])).toEqual([
      ['ehcp-statistics', '2022', 3],
      ['statistical-neighbours', 'current', 1],
    ]);
    expect(releases[0]?.imports[0]).toMatchObject({
      fileName: 'x.zip',
      importedBy: 'admin@example.org',
      changed: 1,
    });
  });
});
