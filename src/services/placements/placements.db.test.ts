import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundToPounds } from '../../core/money';
import { createCouncil } from '../councils';
import { loadDemo } from '../demo';
import type { Actor, CouncilRole, SessionUser } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { placementChanges } from './changes';
import { demoPlacementRegisters, demoPlacementsFile, loadDemoPlacements } from './demo';
import { deletePlacementSnapshot, importPlacements, PlacementFileInvalidError } from './imports';
import { listPlacementSnapshots, placementRecords } from './records';
import { insertSnapshot } from './repository';
import { aPlacement } from '../../core/placements/testing';
import { getPlacementSettings, setPlacementSettings } from './settings';
import { placementSummary } from './summary';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let kingstonId: number;
let richmondId: number;
const userIds = new Map<string, number>();
// The demo users (audit entries refer to real users); their role is set here per test.
function member(role: CouncilRole, councilId = kingstonId): Actor {
  const email = `${role}@kingston.example`;
  const user: SessionUser = {
    id: userIds.get(email)!,
    email,
    displayName: role,
    isSystemAdmin: false,
    roles: new Map([[councilId, role]]),
  };
  return { kind: 'user', user };
}
const demoCsv = () => fs.readFileSync(demoPlacementsFile, 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const pounds = (pence: number | null) => (pence === null ? null : roundToPounds(pence) / 100);

// Edits the demo CSV (which has no quoted cells) by child id and column name.
function edit(csv: string, childId: string, changes: Record<string, string | null>): string {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const columns = header!.split(',');
  const edited = lines.flatMap((line) => {
    const cells = line.split(',');
    if (cells[0] !== childId) return [line];
    if (Object.keys(changes).length === 0) return [];
    for (const [column, value] of Object.entries(changes)) cells[columns.indexOf(column)] = value ?? '';
    return [cells.join(',')];
  });
  return [header, ...edited].join('\n');
}
const drop = (csv: string, ...childIds: string[]) => childIds.reduce((text, id) => edit(text, id, {}), csv);

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  // The demo loader loads the synthetic register with the council; loading it again changes nothing.
  expect(await loadDemoPlacements(t.ctx, cli)).toBe(false);
  kingstonId = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
  for (const u of await t.ctx.db.selectFrom('users').select(['id', 'email']).execute())
    userIds.set(u.email, u.id);
  richmondId = (
    await createCouncil(t.ctx, cli, {
      code: '318',
      newCode: 'E09000027',
      name: 'Richmond upon Thames',
      region: 'Outer London',
    })
  ).id;
});
afterAll(async () => t.database.close());

describe('the synthetic demo registers (tools/demo-placements: built to give seed 003)', () => {
  it('as at 31 May 2021: the May 2021 column of KPIs 25-34, 37, 38, labelled synthetic', async () => {
    const summary = await placementSummary(t.ctx, member('viewer'), '314');
    expect(summary.snapshot).toMatchObject({
      asAt: '2021-05-31',
      placements: 147,
      children: 129,
      synthetic: true,
    });
    expect(summary.financialYear).toBe('2021-22');
    expect([
      pounds(summary.averageCostByPhase.under16.average),
      pounds(summary.averageCostByPhase.over16.average),
    ]).toEqual([16_797, 11_778]);
    const byCategory = Object.fromEntries(
      Object.entries(summary.averageCostByCouncilCategory).map(([id, a]) => [id, pounds(a.average)]),
    );
    expect(byCategory).toEqual({
      'independent-under-16': 33_657,
      'special-in-borough': 28_547,
      'special-out-borough': 29_189,
      'independent-over-16': 33_837,
      'fe-college-over-16': 2_691,
      'isp-over-16': 29_172,
      'special-in-borough-over-16': 24_766,
      'alternative-provision': 16_768,
    });
    expect(pounds(summary.averageCostOfEhcp)).toBe(20_009); // KPI 37, May
    expect(summary.independentSectorSharePct).toBe(26.37); // KPI 38, May
    expect(summary.placements).toBe(120);
    expect(summary.totalCost).toBe(summary.commitments.forecast);
  });

  it("against the 31 March register: seed 003 condition 3.5's partner table (relative to 2020/21)", async () => {
    const summary = await placementSummary(t.ctx, member('viewer'), '314', { year: '2021-22' });
    expect(summary.contributionChanges).toMatchObject({
      previousAsAt: '2021-03-31',
      previousYear: '2020-21',
    });
    expect(
      summary.contributionChanges!.rows.map((r) => [summary.labels.partners[r.partner], pounds(r.change)]),
    ).toEqual([
      ["Children's social care", -111_000],
      ['Adult social care', -75_000],
      ["Children's health", -43_000],
      ['Adults health', 69_000],
    ]);
    expect(pounds(summary.contributionChanges!.total.change)).toBe(-160_000);
  });

  it('as at 31 March 2021: the KPI baselines, for 2020-21, with no earlier register to compare', async () => {
    const summary = await placementSummary(t.ctx, member('viewer'), '314', { asAt: '2021-03-31' });
    expect(summary.financialYear).toBe('2020-21');
    expect(summary.snapshot).toMatchObject({ asAt: '2021-03-31', synthetic: true });
    expect([
      pounds(summary.averageCostByPhase.under16.average),
      pounds(summary.averageCostByPhase.over16.average),
      pounds(summary.averageCostByCouncilCategory['independent-under-16']!.average),
      pounds(summary.averageCostByCouncilCategory['isp-over-16']!.average),
      pounds(summary.averageCostOfEhcp),
      summary.independentSectorSharePct,
    ]).toEqual([18_778, 13_206, 38_140, 39_088, 21_183, 28.45]);
    expect(summary.contributionChanges).toBeNull();
  });
});

// The spreadsheet row of a child's first placement in a register file (the header is row 1).
const rowOf = (csv: string, childId: string) =>
  csv.split('\n').findIndex((line) => line.startsWith(`${childId},`)) + 1;
// The child ids of a file's rows that pass a test on their cells, in file order.
function idsWhere(csv: string, keep: (cells: Record<string, string>) => boolean): string[] {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const names = header!.split(',');
  return lines
    .map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])))
    .filter(keep)
    .map((cells) => cells.child_id!);
}

describe('importing', () => {
  it('refuses a file with errors, lists every one, and saves nothing', async () => {
    const before = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = edit(edit(demoCsv(), 'SYN-0014', { top_up: '"12,5OO"' }), 'SYN-0020', {
      primary_need: 'XYZ',
      in_borough: 'maybe',
    });
    const error = await importPlacements(t.ctx, member('send'), '314', bytes(bad), {
      asAt: '2021-04-30',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlacementFileInvalidError);
    const [r13, r20] = [rowOf(bad, 'SYN-0014'), rowOf(bad, 'SYN-0020')];
    expect(r13).toBeGreaterThan(1);
    expect((error as PlacementFileInvalidError).problems).toEqual([
      `row ${String(r13)}, column top_up: '12,5OO' is not an amount`,
      `row ${String(r20)}, column primary_need: 'XYZ' is not an SEN2 need code (SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH)`,
      `row ${String(r20)}, column in_borough: 'maybe' is not yes or no`,
    ]);
    expect(await listPlacementSnapshots(t.ctx, member('viewer'), '314')).toHaveLength(2);
    const after = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lets the SEND service, finance and admin import (not a viewer); other councils are not found', async () => {
    await expect(
      importPlacements(t.ctx, member('viewer'), '314', bytes(demoCsv()), { asAt: '2021-04-30' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      importPlacements(t.ctx, member('send', richmondId), '314', bytes(demoCsv()), { asAt: '2021-04-30' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      importPlacements(t.ctx, member('send'), '314', bytes(demoCsv()), { asAt: '30/04/2021' }),
    ).rejects.toMatchObject({ status: 400, field: 'asAt' });
  });

  it('imports another snapshot in one go, refuses the same date twice unless replacing, and audits counts only', async () => {
    const april = edit(drop(demoCsv(), 'SYN-0007'), 'SYN-0009', { social_care_contribution: '500' });
    const view = await importPlacements(t.ctx, member('finance'), '314', bytes(april), {
      asAt: '2021-04-30',
      source: 'april.csv',
    });
    expect(view).toMatchObject({ asAt: '2021-04-30', source: 'april.csv', synthetic: false });
    await expect(
      importPlacements(t.ctx, member('admin'), '314', bytes(april), { asAt: '2021-04-30' }),
    ).rejects.toMatchObject({ status: 409 });
    await importPlacements(t.ctx, member('send'), '314', bytes(april), {
      asAt: '2021-04-30',
      replace: true,
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'placement-snapshot')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['import', '2021-03-31'],
      ['import', '2021-05-31'],
      ['import', '2021-04-30'],
      ['replace', '2021-04-30'],
    ]);
    const text = JSON.stringify(audit.map((a) => [a.before, a.after]));
    expect(text).not.toMatch(/SYN-|\d{4}-\d{2}-\d{2}/);
    expect(audit[1]!.after).toMatchObject({
      placements: 147,
      children: 129,
      byCategory: { mainstream: 30, independent: 15, post16: 24 },
    });
  });
  it('keeps child-level data out of a storage error (PostgreSQL would put the failing row in its detail)', async () => {
    const bad = aPlacement({ childId: 'SYN-SECRET-1', dateOfBirth: '14/03/2011' });
    const error = await t.ctx.db
      .transaction()
      .execute((trx) =>
        insertSnapshot(
          trx,
          kingstonId,
          { asAt: '2020-01-01', source: null, createdBy: 'test', children: 1 },
          [bad],
        ),
      )
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(
      /^storing placement rows 1-1 failed \(PostgreSQL error 23514\)$/,
    );
    expect(`${(error as Error).stack ?? ''} ${JSON.stringify(error)}`).not.toContain('SECRET');
  });
});

describe('reading', () => {
  it('gives any council role the aggregates; other councils and dates before any register are not found', async () => {
    const summary = await placementSummary(t.ctx, member('viewer'), '314', { asAt: '2021-06-30' });
    expect(summary.snapshot.asAt).toBe('2021-05-31');
    const rows = summary.contributionChanges!.rows;
    expect(rows.map((r) => r.partner)).toEqual(['socialCare', 'adultSocialCare', 'health', 'adultHealth']);
    expect(summary.contributionChanges!.total.change).toBe(rows.reduce((s, r) => s + r.change, 0));
    await expect(placementSummary(t.ctx, member('viewer', richmondId), '314')).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      placementSummary(t.ctx, member('viewer'), '314', { asAt: '2020-01-01' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('shows row-level records to send, finance and admin only', async () => {
    for (const role of ['send', 'finance', 'admin'] as const) {
      const page = await placementRecords(t.ctx, member(role), '314', {
        limit: '5',
        category: 'independent',
      });
      expect(page.total).toBe(11);
      expect(page.records).toHaveLength(5);
      expect(page.records[0]).toMatchObject({
        childId: 'SYN-0001',
        category: 'independent',
        councilCategory: 'independent-under-16',
        phase: 'under16',
        open: true,
      });
    }
    await expect(placementRecords(t.ctx, member('viewer'), '314')).rejects.toMatchObject({ status: 403 });
    await expect(placementRecords(t.ctx, member('finance', richmondId), '314')).rejects.toMatchObject({
      status: 404,
    });
    const all = await placementRecords(t.ctx, member('send'), '314', { status: 'all', limit: '1000' });
    expect([all.total, all.records.filter((r) => !r.open).length]).toEqual([147, 27]);
  });

  it('shows what changed between the demo registers: counts for a viewer, the placements for the SEND service', async () => {
    const march = fs.readFileSync(demoPlacementRegisters[0].file, 'utf8');
    const may = demoCsv();
    const forViewer = await placementChanges(t.ctx, member('viewer'), '314', {
      from: '2021-03-31',
      to: '2021-05-31',
    });
    expect(forViewer.records).toBeNull();
    const forSend = await placementChanges(t.ctx, member('send'), '314', {
      from: '2021-03-31',
      to: '2021-05-31',
    });
    // Worked out from the files themselves: new = starting after 31 March; ceased = ended by 31 May
    // among those open on 31 March (the rows that ended during 2020-21 were not open then).
    const started = idsWhere(may, (c) => c.start_date! > '2021-03-31');
    const ended = idsWhere(may, (c) => c.end_date !== '' && c.end_date! <= '2021-05-31');
    expect(forSend.records!.added.map((r) => r.childId)).toEqual(started);
    expect(forSend.records!.ceased.map((r) => r.childId)).toEqual(ended);
    expect(idsWhere(march, (c) => c.end_date === '').length).toBeGreaterThan(ended.length);
    expect(forViewer.counts).toEqual({ added: started.length, ceased: ended.length, costChanges: 29 });
    expect([started.length, ended.length]).toEqual([35, 12]);
    await expect(
      placementChanges(t.ctx, member('viewer'), '314', { from: '2020-03-31', to: '2021-05-31' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('settings and deleting', () => {
  it('lets the SEND service set the categories; a bad map is refused naming the problem', async () => {
    expect((await getPlacementSettings(t.ctx, member('viewer'), '314')).isDefault).toBe(true);
    const map = {
      name: 'Two categories',
      rules: [
        { id: 'special', label: 'Special', settingTypes: ['special_la_maintained', 'special_academy_free'] },
        { id: 'other-independent', label: 'Independent', settingTypes: ['special_independent'] },
      ],
    };
    await expect(
      setPlacementSettings(t.ctx, member('viewer'), '314', { categoryMap: map }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      setPlacementSettings(t.ctx, member('send'), '314', {
        categoryMap: { ...map, rules: [{ id: 'x', label: 'X', settingTypes: ['castle'] }] },
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: "categoryMap.rules[0].settingTypes: 'castle' is not a setting type code",
    });
    await setPlacementSettings(t.ctx, member('send'), '314', {
      categoryMap: map,
      notionalSenThreshold: 6_500_00,
    });
    const summary = await placementSummary(t.ctx, member('viewer'), '314');
    expect(Object.keys(summary.averageCostByCouncilCategory)).toEqual(['special', 'other-independent']);
    expect(summary.averageCostByCouncilCategory.special!.count).toBe(28);
    expect(summary.aboveNotionalThreshold.threshold).toBe(6_500_00);
  });

  it('deletes a snapshot (SEND service), audited', async () => {
    await expect(deletePlacementSnapshot(t.ctx, member('viewer'), '314', '2021-03-31')).rejects.toMatchObject(
      { status: 403 },
    );
    await deletePlacementSnapshot(t.ctx, member('send'), '314', '2021-03-31');
    expect((await listPlacementSnapshots(t.ctx, member('viewer'), '314')).map((s) => s.asAt)).toEqual([
      '2021-04-30',
      '2021-05-31',
    ]);
    await expect(deletePlacementSnapshot(t.ctx, member('send'), '314', '2021-03-31')).rejects.toMatchObject({
      status: 404,
    });
  });
});
