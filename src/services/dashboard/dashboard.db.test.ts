import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pounds } from '../../core/money';
import { createCouncil } from '../councils';
import { loadDemo } from '../demo';
import { listVersions } from '../financialModel/versions';
import { whenRunSettles } from '../forecasts/runDispatch';
import { getForecastRun, startForecastRun } from '../forecasts/runs';
import { listForecastInputs } from '../forecasts/inputSets';
import { kpiDashboard } from '../kpi/dashboard';
import { governanceAsAt, insertItem } from '../papers/governanceStore';
import type { Actor, CouncilRole } from '../permissions';
import { returnView } from '../safetyValve/returnView';
import { getSavingsDelivery } from '../savings/delivery';
import { openTestContext, type TestContext } from '../testContext';
import { dashboardFor, type DashboardView } from './dashboard';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let kingstonId = 0;

function member(role: CouncilRole): Actor {
  return {
    kind: 'user',
    user: {
      id: 1,
      email: `${role}@kingston.example`,
      displayName: role,
      isSystemAdmin: false,
      roles: new Map([[kingstonId, role]]),
    },
  };
}

const agreed = 'Safety Valve agreement, March 2021';
const projection = 'Latest forecast, May 2021';

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  kingstonId = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => t.database.close());

describe('the dashboard of the demo council, reconciled with the module services', () => {
  let d: DashboardView;
  beforeAll(async () => {
    d = await dashboardFor(t.ctx, member('finance'), '314');
  });

  it('is as at today by the clock', () => {
    expect(d.asAt).toBe('2021-06-18');
    expect(d.council.code).toBe('314');
  });

  it('sets the latest return’s projection against the agreement’s version, year by year, as the Financial model computes them', async () => {
    const c = d.deficit.comparison!;
    expect(c).toMatchObject({
      agreed,
      forecast: projection,
      agreedFrom: 'agreement',
      forecastFrom: 'return',
    });
    expect(c.focusYear).toBe('2021-22');
    const versions = await listVersions(t.ctx, member('viewer'), '314');
    expect(d.deficit.versionCount).toBe(versions.length);
    const yearsOf = (name: string) => versions.find((v) => v.name === name)!.years;
    for (const [name, side] of [
      [agreed, 'agreed'],
      [projection, 'forecast'],
    ] as const) {
      const shown = c.years.flatMap((y) => (y[side] ? [{ year: y.year, ...y[side] }] : []));
      expect(shown).toEqual(
        yearsOf(name).map((y) => ({
          year: y.year,
          inYear: y.inYearDsgDeficit,
          cumulative: y.cumulativeDeficitAfterDfe,
        })),
      );
    }
    for (const y of c.years.filter((y) => y.variance))
      expect(y.variance).toEqual({
        inYear: y.forecast!.inYear - y.agreed!.inYear,
        cumulative: y.forecast!.cumulative - y.agreed!.cumulative,
      });
    // The chart's lines end where the versions' years do, after the balance each brings forward.
    expect(c.chart.map((s) => [s.role, s.name])).toEqual([
      ['Agreed profile', agreed],
      ['Latest forecast', projection],
    ]);
    expect(c.chart[0]!.points.slice(1).map((p) => p.value)).toEqual(
      yearsOf(agreed).map((y) => y.cumulativeDeficitAfterDfe),
    );
    expect(c.chart[0]!.points[0]!.broughtForward).toBe(true);
  });

  it('gives the agreement’s maximum deficit for the year with both versions on its basis, as the return’s chart does (seed 003: £28.607m, projected £27.886m)', async () => {
    const r = await returnView(t.ctx, member('viewer'), '314', '2021-22-Q1');
    const point = r.deficitProfile.points.find((p) => p.year === '2021-22')!;
    expect(d.deficit.comparison!.profile).toEqual({ basis: r.agreement.profileBasis, ...point });
    expect(d.deficit.comparison!.profile).toEqual({
      basis: 'before Safety Valve funding',
      year: '2021-22',
      maximum: pounds(28_607_000),
      agreed: pounds(28_607_000),
      projected: pounds(27_886_000),
    });
  });

  it('gives savings delivered against plan from the delivery log (Kingston, 31 May 2021: £292k delivered, seed 003 monitoring table)', async () => {
    const log = await getSavingsDelivery(t.ctx, member('viewer'), '314', {
      version: agreed,
      financialYear: '2021-22',
      asAt: '2021-05-31',
    });
    expect(d.savings).toMatchObject({ version: agreed, financialYear: '2021-22', asAt: '2021-05-31' });
    expect(d.savings!.total).toEqual(log.total);
    // 56 + 41 + 42 + 46 + 107 thousand pounds, the savings the return's conditions sum.
    expect(d.savings!.total.delivered).toBe(pounds(292_000));
    expect(d.savings!.lineCount).toBe(log.lines.length);
    expect(d.savings!.behindCount).toBe(log.lines.filter((l) => l.rag === 'R' || l.rag === 'A').length);
  });

  it('lists the KPIs off track as the KPI dashboard judges them (seed 003: 26 green, 12 amber, 0 red, 1 not rated)', async () => {
    const k = await kpiDashboard(t.ctx, member('viewer'), '314', {});
    expect(d.kpis).toMatchObject({ period: '2021-05', financialYear: '2021-22' });
    expect(d.kpis!.ragCounts).toEqual({ G: 26, A: 12, R: 0, none: 1 });
    expect(d.kpis!.ragCounts).toEqual('ragCounts' in k ? k.ragCounts : null);
    expect(d.kpis!.offTrackCount).toBe(12);
    expect(d.kpis!.offTrack).toHaveLength(5);
    const kpi2 = d.kpis!.offTrack.find((x) => x.ref === '2')!;
    expect(kpi2).toEqual({ ref: '2', name: kpi2.name, rag: 'A', value: '1.26%', target: '1.17%' });
  });

  it('counts the conditions by assurance as the latest return does', async () => {
    const r = await returnView(t.ctx, member('viewer'), '314', '2021-22-Q1');
    expect(d.safetyValve!.latestReturn).toMatchObject({ period: '2021-22-Q1', status: r.status });
    expect(d.safetyValve!.assurance).toEqual(r.summaries.assurance);
    expect(d.safetyValve!.conditions.map((c) => [c.number, c.assurance])).toEqual(
      r.conditions.map((c) => [c.number, c.assurance]),
    );
  });

  it('gives each body’s next meeting as the governance tracker does, soonest first', async () => {
    const g = await governanceAsAt(t.ctx.db, kingstonId, '2021-06-18');
    const expected = g.bodies
      .flatMap((b) => (b.next ? [{ body: b.name, meetsOn: b.next.meetsOn, basis: b.next.basis }] : []))
      .sort((a, b) => a.meetsOn.localeCompare(b.meetsOn));
    expect(d.governance.nextMeetings.map(({ body, meetsOn, basis }) => ({ body, meetsOn, basis }))).toEqual(
      expected,
    );
    // The Schools Forum's planned meeting on 29 June 2021 (seed 003) is the next one.
    expect(d.governance.nextMeetings[0]).toMatchObject({
      body: 'Schools Forum',
      kind: 'Schools Forum',
      meetsOn: '2021-06-29',
      basis: 'planned',
    });
    // The peer review's recommendations have no due dates: outstanding, none overdue.
    expect(d.governance).toMatchObject({ overdueCount: 0, outstanding: 6 });
  });

  it('says there is no forecast run yet, with the demo’s input set to start one from', () => {
    expect(d.forecast).toEqual({ latest: null, inProgress: null, inputSets: 1 });
  });
});

describe('the dashboard by role', () => {
  it('shows the viewer the same figures, read only, with nothing to sign', async () => {
    const viewer = await dashboardFor(t.ctx, member('viewer'), '314');
    const finance = await dashboardFor(t.ctx, member('finance'), '314');
    expect(viewer.safetyValve).toMatchObject({ signs: false, toSign: [] });
    expect(finance.safetyValve).toMatchObject({ signs: false, toSign: [] });
    const { safetyValve: svV, ...restV } = viewer;
    const { safetyValve: svF, ...restF } = finance;
    expect(restV).toEqual(restF);
    expect(svV!.assurance).toEqual(svF!.assurance);
  });

  it('shows the S151 officer and the DCS the draft return to sign, each in their own capacity', async () => {
    const s151 = await dashboardFor(t.ctx, member('s151'), '314');
    const dcs = await dashboardFor(t.ctx, member('dcs'), '314');
    expect(s151.safetyValve).toMatchObject({
      signs: true,
      toSign: [{ period: '2021-22-Q1', dataDate: '2021-05-31', capacity: 's151' }],
    });
    expect(dcs.safetyValve!.toSign).toEqual([
      { period: '2021-22-Q1', dataDate: '2021-05-31', capacity: 'dcs' },
    ]);
  });

  it('refuses a council the person is not a member of', async () => {
    await createCouncil(t.ctx, cli, { code: '999', newCode: 'E09000999', name: 'Testshire', region: 'Test' });
    await expect(dashboardFor(t.ctx, member('finance'), '999')).rejects.toThrow(/no council|not/i);
  });
});

describe('a dashboard with nothing loaded, then as things are', () => {
  it('gives every tile empty for a new council', async () => {
    const d = await dashboardFor(t.ctx, cli, '999');
    expect(d).toMatchObject({
      deficit: { versionCount: 0, comparison: null },
      forecast: { latest: null, inProgress: null, inputSets: 0 },
      savings: null,
      kpis: null,
      safetyValve: null,
      governance: { bodies: 0, nextMeetings: [], overdue: [], overdueCount: 0, outstanding: 0 },
    });
  });

  it('shows an action past its due date as overdue', async () => {
    await insertItem(t.ctx.db, kingstonId, {
      kind: 'action',
      meetingId: null,
      reference: 'A1',
      source: null,
      title: 'Send the co-production agreement to the PCF',
      detail: null,
      owner: 'Head of SEND',
      dueOn: '2021-06-11',
      status: 'open',
      completedOn: null,
      progress: null,
      workstream: null,
      recordedOn: '2021-06-01',
    });
    const d = await dashboardFor(t.ctx, member('viewer'), '314');
    expect(d.governance.overdueCount).toBe(1);
    expect(d.governance.overdue).toEqual([
      {
        kind: 'action',
        reference: 'A1',
        title: 'Send the co-production agreement to the PCF',
        owner: 'Head of SEND',
        dueOn: '2021-06-11',
      },
    ]);
  });

  it('shows the latest completed forecast run with its interval, as the run gives it', async () => {
    const [inputs] = await listForecastInputs(t.ctx, cli, '314');
    const started = await startForecastRun(t.ctx, cli, '314', { inputSetId: inputs!.id, simulations: 40 });
    const row = await t.ctx.db
      .selectFrom('forecast_runs')
      .select('id')
      .where('number', '=', started.number)
      .executeTakeFirstOrThrow();
    await whenRunSettles(row.id);
    const run = await getForecastRun(t.ctx, cli, '314', started.number);
    const d = await dashboardFor(t.ctx, member('viewer'), '314');
    const projected = run.years!.filter((y) => y.year !== run.run.seedYear);
    const first = projected[0]!.groups;
    const last = projected.at(-1)!;
    expect(d.forecast.latest).toMatchObject({ number: started.number, simulations: 40 });
    expect(d.forecast.latest!.next).toEqual({
      census: projected[0]!.year,
      ehcps: { median: first.total.total!.median, p5: first.total.total!.p5, p95: first.total.total!.p95 },
      cost: {
        mean: first.costPence.total!.mean,
        p5: first.costPence.total!.p5,
        p95: first.costPence.total!.p95,
      },
    });
    expect(d.forecast.latest!.horizon!.census).toBe(last.year);
    expect(d.forecast.latest!.horizon!.ehcps.median).toBe(last.groups.total.total!.median);
    expect(d.forecast.inProgress).toBeNull();
  });
});
