import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twelveChildrenDraft, twelveChildrenLookupCsv } from '../../io/sen2/testing/twelveChildren';
import { writeBladeExport, type BladeDraft } from '../../io/sen2/writeBlade';
import { createCouncil } from '../councils';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import type { Actor, CouncilRole } from '../permissions';
import { importPlacements } from '../placements/imports';
import { openTestContext, type TestContext } from '../testContext';
import { addCouncilUser } from '../users';
import { sen2Census } from './census';
import { sen2Funnel } from './funnel';
import {
  deleteSen2Return,
  importSen2Return,
  listSen2Returns,
  previewSen2Return,
  Sen2ReturnInvalidError,
} from './imports';
import { sen2Quality } from './quality';
import { sen2Reconciliation } from './reconciliation';
import { sen2RecordTables } from './testing';
import {
  deleteUrnLookupEntry,
  importUrnLookup,
  listUrnLookup,
  putUrnLookupEntry,
  UrnLookupInvalidError,
} from './urnLookup';

// The services on the hand-worked return (src/io/sen2/testing/twelveChildren.ts; the working is in
// src/core/sen2/twelveChildren.test.ts): imported into council 314 with a placement register naming URNs
// 100001 and 100002 and the URN lookup naming the rest.

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
const users = new Map<CouncilRole, Actor>();
const files = (draft: BladeDraft = twelveChildrenDraft()) => writeBladeExport(draft, '2025-01-20');

const register = [
  'child_id,date_of_birth,primary_need,setting_type,provider,urn,in_borough,start_date,end_date,place_funding,top_up,other_cost,cost_basis,health_contribution,social_care_contribution,adult_social_care_contribution,adult_health_contribution',
  'SYN-T1,2015-03-10,ASD,mainstream_academy,Made-up Academy,100001,yes,2019-09-01,,0,8000,0,academic,0,0,0,0',
  'SYN-T2,2013-09-09,DS,special_la_maintained,Made-up Special School,100002,yes,2024-10-01,,10000,15000,0,academic,0,0,0,0',
].join('\n');

async function tableCount(table: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.ctx.db);
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  t = await openTestContext();
  await createCouncil(t.ctx, cli, {
    code: '314',
    newCode: 'E09000021',
    name: 'Kingston upon Thames',
    region: 'Outer London',
  });
  await createCouncil(t.ctx, cli, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
  for (const role of ['viewer', 'send'] as const) {
    const email = `${role}@sen2.example`;
    await addCouncilUser(t.ctx, cli, '314', { email, role, password: 'a long enough password' });
    const { id } = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const councilId = (
      await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
    ).id;
    users.set(role, {
      kind: 'user',
      user: { id, email, displayName: role, isSystemAdmin: false, roles: new Map([[councilId, role]]) },
    });
  }
  await importPlacements(t.ctx, cli, '314', new TextEncoder().encode(register), { asAt: '2025-01-10' });
  await importUrnLookup(t.ctx, cli, '314', twelveChildrenLookupCsv);
});
afterAll(async () => t.database.close());

describe('refusing a return with errors', () => {
  it('lists every error and saves nothing: no return, no records, no key, no audit entry', async () => {
    const draft = twelveChildrenDraft();
    draft.placements[0]!.urn = '12345';
    draft.namedPlans[1]!.ceaseDate = '2020-01-01';
    draft.namedPlans[1]!.ceaseReason = 3;
    draft.people[2]!.birthDate = 'yesterday';
    const error = await importSen2Return(t.ctx, cli, '314', files(draft), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Sen2ReturnInvalidError);
    const invalid = error as Sen2ReturnInvalidError;
    expect(invalid.problems).toEqual([
      "1 person, line 4, column personbirthdate ('yesterday'): is not a date (COLLECT writes 2022-Sep-28 00:00:00)",
      expect.stringMatching(
        /^4a named plan, line 3, column ceasedate \('2020-01-01'\) \[child [0-9a-f]{20}\]: the plan ceases before its start date \(2021-05-01\)$/,
      ),
      expect.stringMatching(
        /^5b placement detail, line 2, column urn \('12345'\) \[child [0-9a-f]{20}\]: is not a URN: a URN is 6 digits/,
      ),
    ]);
    expect(invalid.status).toBe(400);
    for (const table of [
      'sen2_returns',
      'sen2_people',
      'sen2_requests',
      'sen2_placements',
      'sen2_findings',
      'sen2_keys',
    ])
      expect(await tableCount(table), table).toBe(0);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('entity')
      .where('entity', 'like', 'sen2-%')
      .where('entity', '<>', 'sen2-urn-lookup')
      .execute();
    expect(audit).toEqual([]);
  });

  it('refuses a return for another LA', async () => {
    const draft = twelveChildrenDraft();
    draft.header.la = '318';
    await expect(previewSen2Return(t.ctx, cli, '314', files(draft))).rejects.toThrow(
      'this return is for LA 318, not Kingston upon Thames (314)',
    );
  });
});

describe('importing the hand-worked return', () => {
  it('previews it without keeping it: counts, census, warnings', async () => {
    const preview = await previewSen2Return(t.ctx, users.get('send')!, '314', files());
    expect(preview.counts).toEqual({
      people: 13,
      requests: 15,
      assessments: 12,
      namedPlans: 12,
      planDetails: 4,
      activePlans: 11,
      placements: 13,
      needs: 12,
      ehcps: 9,
      errors: 0,
      warnings: 9,
    });
    expect(preview.census?.total).toBe(9);
    expect(preview.replaces).toBeNull();
    expect(await tableCount('sen2_returns')).toBe(0);
  });

  it('imports it, audited with counts only', async () => {
    const stored = await importSen2Return(t.ctx, users.get('send')!, '314', files(), {
      source: 'twelve.zip',
    });
    expect(stored).toMatchObject({
      collectionYear: 2025,
      referenceDate: '2025-01-16',
      source: 'twelve.zip',
      synthetic: false,
    });
    expect(stored.unresolvedUrns).toEqual([{ key: '199999', records: 1 }]);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'after'])
      .where('entity', '=', 'sen2-return')
      .execute();
    expect(audit).toEqual([
      {
        action: 'import',
        entity: 'sen2-return',
        entity_id: '2025',
        after: {
          people: 13,
          requests: 15,
          assessments: 12,
          namedPlans: 12,
          planDetails: 4,
          activePlans: 11,
          placements: 13,
          needs: 12,
          ehcps: 9,
          errors: 0,
          warnings: 9,
          synthetic: false,
        },
      },
    ]);
    expect(await listSen2Returns(t.ctx, users.get('viewer')!, '314')).toHaveLength(1);
  });

  it('never stores a name, postcode, UPN or ULN: not in any table, not in the audit trail', async () => {
    const tables = ['sen2_returns', ...sen2RecordTables, 'audit_log'];
    let everything = '';
    for (const table of tables) {
      const { rows } = await sql`select * from ${sql.table(table)}`.execute(t.ctx.db);
      everything += JSON.stringify(rows);
    }
    expect(everything.length).toBeGreaterThan(5000);
    for (const secret of [
      'Madeup',
      'madeup',
      'Bloggs',
      'BLOGGS',
      'ChildP01',
      'A1000000000',
      '1234567890',
      'ZZ99',
    ])
      expect(everything).not.toContain(secret);
    const people = await t.ctx.db
      .selectFrom('sen2_people')
      .select(['person_id', 'id_basis', 'match_hash'])
      .orderBy('line')
      .execute();
    expect(people.map((p) => p.id_basis)).toEqual([
      'upn',
      'uln',
      'name-and-birth-date',
      ...Array<string>(10).fill('upn'),
    ]);
    expect(
      people.every((p) => /^[0-9a-f]{20}$/.test(p.person_id) && /^[0-9a-f]{20}$/.test(p.match_hash!)),
    ).toBe(true);
  });

  it('refuses the same year again unless asked to replace it', async () => {
    await expect(importSen2Return(t.ctx, cli, '314', files(), {})).rejects.toBeInstanceOf(ConflictError);
    const replaced = await importSen2Return(t.ctx, cli, '314', files(), { replace: true });
    expect(replaced.counts).toMatchObject({ ehcps: 9 });
    expect(await tableCount('sen2_returns')).toBe(1);
    // The key made on first use is the same: the ids did not change.
    expect(await tableCount('sen2_keys')).toBe(1);
  });

  it('the census at the reference date, as worked by hand', async () => {
    const census = await sen2Census(t.ctx, users.get('viewer')!, '314', { date: '2025-01-16' });
    expect(census).toMatchObject({
      date: '2025-01-16',
      total: 9,
      byCategory: {
        mainstream: 1,
        resourcedProvision: 1,
        specialMaintained: 3,
        independent: 1,
        hospitalAp: 0,
        post16: 1,
        other: 2,
      },
      fromReturn: 2025,
      note: 'from the 2025 return',
    });
    const before = await sen2Census(t.ctx, users.get('viewer')!, '314', { date: '2024-01-18' });
    expect(before.total).toBe(8);
    await expect(sen2Census(t.ctx, users.get('viewer')!, '314', { date: '16/01/2025' })).rejects.toThrow(
      'The date must be a date written YYYY-MM-DD.',
    );
  });

  it('reconciles each January with the published caseload', async () => {
    // Published (made up here, as a release would give them): January 2025 10 EHCPs, 4 in maintained special.
    const { id } = await t.ctx.db
      .insertInto('national_releases')
      .values({ publication: 'ehcp', edition: '2025' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('national_values')
      .values([
        { release_id: id, series: 'ehcp.caseload', area: '314', period: '2025', value: 10, missing: null },
        {
          release_id: id,
          series: 'ehcp.placement.specialMaintained',
          area: '314',
          period: '2025',
          value: 4,
          missing: null,
        },
        { release_id: id, series: 'ehcp.caseload', area: '314', period: '2024', value: 8, missing: null },
      ])
      .execute();
    const reconciled = await sen2Reconciliation(t.ctx, users.get('viewer')!, '314');
    const [jan2024, jan2025] = reconciled.januaries.slice(-2);
    // January 2025: 9 from the return's own census against 10 published: 1 short; special 3 against 4.
    expect(jan2025).toMatchObject({
      year: 2025,
      source: 'own-return',
      census: { total: 9 },
      published: { total: 10 },
      difference: { total: -1 },
    });
    expect(jan2025!.difference!.byCategory).toMatchObject({ specialMaintained: -1, mainstream: null });
    // January 2024: 8 from the 2025 return (it holds that January too) against 8 published.
    expect(jan2024).toMatchObject({
      year: 2024,
      source: 'next-return',
      fromReturn: 2025,
      census: { total: 8 },
      difference: { total: 0 },
    });
    // Earlier Januaries are rebuilt while at least half their plans have a dated placement.
    expect(
      reconciled.januaries.filter((j) => j.source === 'rebuilt').every((j) => j.published === null),
    ).toBe(true);
    expect(reconciled.notRebuilt.at(-1)!.reason).toMatch(/have a placement dated that far back|no plan open/);
  });

  it('the funnel of 2024, from the return that covers it', async () => {
    const { periods } = await sen2Funnel(t.ctx, users.get('viewer')!, '314', {
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({
      period: '2024',
      fromReturn: 2025,
      partial: false,
      requests: 6,
      plansIssued: 3,
      within20Weeks: { all: { pct: 33.3 }, excludingExceptions: { pct: 50 } },
      ceased: { total: 2, byReason: { '2': 1, none: 1 } },
    });
  });

  it('the data-quality report, for those who may see records', async () => {
    const report = await sen2Quality(t.ctx, users.get('send')!, '314', {});
    expect(report.findings.map((f) => f.kind)).toEqual([
      'age-over-25',
      'same-child-two-ids',
      'request-without-outcome',
      'two-plans-at-once',
      'ceased-without-reason',
      'plan-without-need',
      'plan-without-placement',
      'overlapping-primary-placements',
      'unresolved-urn',
    ]);
    expect(report.byKind.find((k) => k.kind === 'unresolved-urn')).toMatchObject({
      count: 1,
      severity: 'warning',
    });
    expect(report.unresolvedUrns).toEqual([{ key: '199999', records: 1 }]);
    await expect(sen2Quality(t.ctx, users.get('viewer')!, '314', {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('another council sees none of it; a viewer may not import', async () => {
    await expect(listSen2Returns(t.ctx, users.get('viewer')!, '318')).rejects.toBeInstanceOf(NotFoundError);
    await expect(importSen2Return(t.ctx, users.get('viewer')!, '314', files(), {})).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('the URN lookup', () => {
  it('adds, changes and removes establishments, audited; a bad file changes nothing', async () => {
    await putUrnLookupEntry(t.ctx, cli, '314', '199999', {
      settingType: 'Independent special school',
      name: 'Made-up',
    });
    expect((await listUrnLookup(t.ctx, users.get('viewer')!, '314')).find((r) => r.key === '199999')).toEqual(
      {
        key: '199999',
        keyKind: 'urn',
        settingType: 'special_independent',
        name: 'Made-up',
      },
    );
    // Re-imported, the return now resolves 199999: no unresolved URN, C11 counts as independent.
    const again = await importSen2Return(t.ctx, cli, '314', files(), { replace: true });
    expect(again.unresolvedUrns).toEqual([]);
    expect(again.census!.byCategory.independent).toBe(2);
    await deleteUrnLookupEntry(t.ctx, cli, '314', '199999');
    await expect(putUrnLookupEntry(t.ctx, cli, '314', '1999', { settingType: 'neet' })).rejects.toThrow(
      'neither a URN',
    );
    await expect(importUrnLookup(t.ctx, cli, '314', 'urn,setting_type\n1,castle\n')).rejects.toBeInstanceOf(
      UrnLookupInvalidError,
    );
    expect(await listUrnLookup(t.ctx, cli, '314')).toHaveLength(3);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'sen2-urn')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('deleting a return removes its records', async () => {
    await deleteSen2Return(t.ctx, cli, '314', { year: 2025 });
    expect(await tableCount('sen2_people')).toBe(0);
    await expect(deleteSen2Return(t.ctx, cli, '314', { year: 2025 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
