import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundToPounds } from '../../core/money';
import { createCouncil } from '../councils';
import { loadDemo } from '../demo';
import type { Actor, CouncilRole, SessionUser } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { placementChanges } from './changes';
import { demoPlacementsFile, loadDemoPlacements } from './demo';
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

describe('the synthetic demo register (built so its averages are seed 003 May 2021 KPIs 25-34)', () => {
  it('averages by phase and by Kingston category to the published May figures', async () => {
    const summary = await placementSummary(t.ctx, member('viewer'), '314');
    expect(summary.snapshot).toMatchObject({ asAt: '2021-05-31', placements: 89, children: 89 });
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
    expect(summary.placements).toBe(85);
    expect(summary.totalCost).toBe(summary.commitments.forecast);
    expect(summary.contributionChanges).toBeNull();
  });
});

describe('importing', () => {
  it('refuses a file with errors, lists every one, and saves nothing', async () => {
    const before = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = edit(edit(demoCsv(), 'SYN-0013', { top_up: '"12,5OO"' }), 'SYN-0020', {
      primary_need: 'XYZ',
      in_borough: 'maybe',
    });
    const error = await importPlacements(t.ctx, member('send'), '314', bytes(bad), {
      asAt: '2021-03-31',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlacementFileInvalidError);
    expect((error as PlacementFileInvalidError).problems).toEqual([
      "row 14, column top_up: '12,5OO' is not an amount",
      "row 21, column primary_need: 'XYZ' is not an SEN2 need code (SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH)",
      "row 21, column in_borough: 'maybe' is not yes or no",
    ]);
    expect(await listPlacementSnapshots(t.ctx, member('viewer'), '314')).toHaveLength(1);
    const after = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lets only the SEND service, finance and admin import; other councils are not found', async () => {
    for (const role of ['viewer'] as const) {
      await expect(
        importPlacements(t.ctx, member(role), '314', bytes(demoCsv()), { asAt: '2021-03-31' }),
      ).rejects.toMatchObject({ status: 403 });
    }
    await expect(
      importPlacements(t.ctx, member('send', richmondId), '314', bytes(demoCsv()), { asAt: '2021-03-31' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      importPlacements(t.ctx, member('send'), '314', bytes(demoCsv()), { asAt: '31/03/2021' }),
    ).rejects.toMatchObject({ status: 400, field: 'asAt' });
  });

  it('imports a second snapshot in one go, refuses the same date twice unless replacing, and audits counts only', async () => {
    // As at 31 March: before five placements started, before two ended, with an older top-up and contributions.
    let march = drop(demoCsv(), 'SYN-0007', 'SYN-0008', 'SYN-0021', 'SYN-0046', 'SYN-0071');
    march = edit(edit(march, 'SYN-0086', { end_date: null }), 'SYN-0087', { end_date: null });
    march = edit(march, 'SYN-0009', {
      top_up: '16200',
      health_contribution: '3000',
      social_care_contribution: '500',
    });
    march = edit(march, 'SYN-0014', { health_contribution: '3000', social_care_contribution: '500' });
    const view = await importPlacements(t.ctx, member('send'), '314', bytes(march), {
      asAt: '2021-03-31',
      source: 'march.csv',
    });
    expect(view).toMatchObject({ asAt: '2021-03-31', source: 'march.csv' });
    await expect(
      importPlacements(t.ctx, member('admin'), '314', bytes(march), { asAt: '2021-03-31' }),
    ).rejects.toMatchObject({ status: 409 });
    await importPlacements(t.ctx, member('admin'), '314', bytes(march), {
      asAt: '2021-03-31',
      replace: true,
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'placement-snapshot')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['import', '2021-05-31'],
      ['import', '2021-03-31'],
      ['replace', '2021-03-31'],
    ]);
    const text = JSON.stringify(audit.map((a) => [a.before, a.after]));
    expect(text).not.toMatch(/SYN-|\d{4}-\d{2}-\d{2}/);
    expect(audit[0]!.after).toMatchObject({
      placements: 89,
      children: 89,
      byCategory: { mainstream: 32, post16: 18 },
    });
  });
  it('keeps child-level data out of a storage error (PostgreSQL would put the failing row in its detail)', async () => {
    const bad = aPlacement({ childId: 'SYN-SECRET-1', dateOfBirth: '14/03/2011' });
    const error = await t.ctx.db
      .transaction()
      .execute((trx) => insertSnapshot(trx, kingstonId, { asAt: '2020-01-01', source: null, createdBy: 'test', children: 1 }, [bad]))
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/^storing placement rows 1-1 failed \(PostgreSQL error 23514\)$/);
    expect(`${(error as Error).stack ?? ''} ${JSON.stringify(error)}`).not.toContain('SECRET');
  });
});

describe('reading', () => {
  it('gives any council role the aggregates, and the previous-year change in contributions', async () => {
    const summary = await placementSummary(t.ctx, member('viewer'), '314', { asAt: '2021-06-30' });
    expect(summary.snapshot.asAt).toBe('2021-05-31');
    expect(summary.contributionChanges).toMatchObject({
      previousAsAt: '2021-03-31',
      previousYear: '2020-21',
    });
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
      expect(page.total).toBe(9);
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
    expect([all.total, all.records.filter((r) => !r.open).length]).toEqual([89, 4]);
  });

  it('shows what changed between snapshots: counts for a viewer, the placements for the SEND service', async () => {
    const forViewer = await placementChanges(t.ctx, member('viewer'), '314', {
      from: '2021-03-31',
      to: '2021-05-31',
    });
    expect(forViewer.counts).toEqual({ added: 5, ceased: 2, costChanges: 2 });
    expect(forViewer.records).toBeNull();
    const forSend = await placementChanges(t.ctx, member('send'), '314', {
      from: '2021-03-31',
      to: '2021-05-31',
    });
    expect(forSend.records!.added.map((r) => r.childId)).toEqual([
      'SYN-0007',
      'SYN-0008',
      'SYN-0021',
      'SYN-0046',
      'SYN-0071',
    ]);
    expect(forSend.records!.ceased.map((r) => [r.childId, r.endDate])).toEqual([
      ['SYN-0086', '2021-04-16'],
      ['SYN-0087', '2021-04-30'],
    ]);
    expect(
      forSend.records!.costChanges.map((r) => [r.childId, r.annualCostChange, r.annualContributionsChange]),
    ).toEqual([
      ['SYN-0009', 1_000_00, -1_000_00],
      ['SYN-0014', 0, -1_000_00],
    ]);
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
    expect(summary.averageCostByCouncilCategory.special!.count).toBe(18);
    expect(summary.aboveNotionalThreshold.threshold).toBe(6_500_00);
  });

  it('deletes a snapshot (SEND service), audited', async () => {
    await expect(deletePlacementSnapshot(t.ctx, member('viewer'), '314', '2021-03-31')).rejects.toMatchObject(
      { status: 403 },
    );
    await deletePlacementSnapshot(t.ctx, member('send'), '314', '2021-03-31');
    expect((await listPlacementSnapshots(t.ctx, member('viewer'), '314')).map((s) => s.asAt)).toEqual([
      '2021-05-31',
    ]);
    await expect(deletePlacementSnapshot(t.ctx, member('send'), '314', '2021-03-31')).rejects.toMatchObject({
      status: 404,
    });
  });
});
