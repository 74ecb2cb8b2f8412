import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pounds } from '../../core/money';
import { createCouncil } from '../councils';
import { loadDemo } from '../demo';
import type { Actor, CouncilRole, SessionUser } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { kpiDashboard } from './dashboard';
import { recordKpiValue, setKpiPeriod } from './values';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
let kingstonId: number;
function member(role: CouncilRole, councilId = kingstonId): Actor {
  const user: SessionUser = {
    id: 1,
    email: `${role}@kingston.example`,
    displayName: role,
    isSystemAdmin: false,
    roles: new Map([[councilId, role]]),
  };
  return { kind: 'user', user };
}
type Dashboard = Awaited<ReturnType<typeof kpiDashboard>>;
const kpisOf = (d: Dashboard) => d.kpis ?? [];
const row = (d: Dashboard, ref: string) => kpisOf(d).find((k) => k.ref === ref)!;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  kingstonId = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => t.database.close());

describe('KPI dashboard: every KPI of a period with its history in one answer', () => {
  it('defaults to the latest period and shows seed 003 (Q1 2021-22 return, KPI table) as printed', async () => {
    const d = await kpiDashboard(t.ctx, member('viewer'), '314', {});
    expect(d).toMatchObject({
      period: '2021-05',
      financialYear: '2021-22',
      dataDate: '2021-05-31',
      monthsElapsed: 2,
      mayDefine: false,
    });
    expect(d.financialYears).toEqual([
      { financialYear: '2021-22', periods: [{ period: '2021-05', dataDate: '2021-05-31' }] },
    ]);
    expect(d.categories).toEqual(['Demand Management', 'Financial Control', 'Value for Money']);
    expect(kpisOf(d)).toHaveLength(39);
    // Seed 003, KPI table: KPI 1 1,447 against 1,447, G; KPI 2 1.26% against 1.17%, A; KPI 14 £27,886,000 against £28,607,000, G.
    expect(row(d, '1')).toMatchObject({
      periodTarget: 1447,
      value: 1447,
      rag: 'G',
      display: { baseline: '1,429', periodTarget: '1,447', value: '1,447', annualTarget: '1,537' },
    });
    expect(row(d, '2')).toMatchObject({
      periodTarget: 1.17,
      value: 1.26,
      rag: 'A',
      computed: true,
      display: { periodTarget: '1.17%', value: '1.26%' },
    });
    expect(row(d, '2').valueHow).toMatch(/KPI 1/);
    expect(row(d, '14')).toMatchObject({
      periodTarget: pounds(28_607_000),
      value: pounds(27_886_000),
      rag: 'G',
      display: { periodTarget: '£28,607,000', value: '£27,886,000' },
    });
    expect(row(d, '1').history).toEqual([
      {
        period: '2021-05',
        periodTarget: 1447,
        value: 1447,
        rag: 'G',
        display: { periodTarget: '1,447', value: '1,447' },
      },
    ]);
    // Seed 003's RAG column: 26 G, 12 A, KPI 36 blank (6a's G is the council's own: see docs/formats/kpis.md).
    expect(d.ragCounts).toEqual({ G: 26, A: 12, R: 0, none: 1 });
    expect(kpisOf(d).every((k) => !k.mayRecord)).toBe(true);
  });

  it('says what each role may record: finance every KPI, the SEND service the demand KPIs', async () => {
    const finance = await kpiDashboard(t.ctx, member('finance'), '314', { period: '2021-05' });
    expect(finance.mayDefine).toBe(true);
    expect(kpisOf(finance).every((k) => k.mayRecord)).toBe(true);
    const send = await kpiDashboard(t.ctx, member('send'), '314', { period: '2021-05' });
    expect(row(send, '1').mayRecord).toBe(true);
    expect(row(send, '9').mayRecord).toBe(false);
  });

  it('builds the trend from each period in the year up to the chosen one', async () => {
    await setKpiPeriod(t.ctx, member('finance'), '314', '2021-06', {
      dataDate: '2021-06-30',
      valueVersion: 'Latest forecast, May 2021',
    });
    await recordKpiValue(t.ctx, member('send'), '314', '1', '2021-06', { value: 1470 });
    const june = await kpiDashboard(t.ctx, member('viewer'), '314', {});
    expect(june.period).toBe('2021-06');
    // June: 1,429 + (1,537 − 1,429) × 3/12 = 1,456.
    expect(row(june, '1').history).toEqual([
      {
        period: '2021-05',
        periodTarget: 1447,
        value: 1447,
        rag: 'G',
        display: { periodTarget: '1,447', value: '1,447' },
      },
      {
        period: '2021-06',
        periodTarget: 1456,
        value: 1470,
        rag: 'A',
        display: { periodTarget: '1,456', value: '1,470' },
      },
    ]);
    const may = await kpiDashboard(t.ctx, member('viewer'), '314', { period: '2021-05' });
    expect(row(may, '1').history).toHaveLength(1);
  });

  it('keeps the published RAG, target and override when only a value or comment is recorded', async () => {
    await recordKpiValue(t.ctx, member('finance'), '314', '6a', '2021-05', { comment: 'One mover in May' });
    const d = await kpiDashboard(t.ctx, member('viewer'), '314', { period: '2021-05' });
    expect(row(d, '6a')).toMatchObject({
      value: 1,
      rag: 'G',
      overridden: true,
      comment: 'One mover in May',
      publishedRag: 'G',
    });
    await recordKpiValue(t.ctx, member('finance'), '314', '9', '2021-05', { comment: '' });
    expect(
      row(await kpiDashboard(t.ctx, member('viewer'), '314', { period: '2021-05' }), '9').comment,
    ).toBeUndefined();
  });

  it('refuses a period it does not hold, a malformed period, and another council', async () => {
    await expect(kpiDashboard(t.ctx, member('viewer'), '314', { period: '2021-09' })).rejects.toThrow(
      'has no KPI values for 2021-09. Periods held: 2021-05, 2021-06.',
    );
    await expect(kpiDashboard(t.ctx, member('viewer'), '314', { period: 'May' })).rejects.toThrow(
      'is not a period',
    );
    await expect(kpiDashboard(t.ctx, member('viewer', 999), '314', {})).rejects.toThrow(
      'No council with code 314',
    );
    await createCouncil(t.ctx, cli, {
      code: '318',
      newCode: 'E09000027',
      name: 'Richmond upon Thames',
      region: 'Outer London',
    });
    const richmondId = (
      await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '318').executeTakeFirstOrThrow()
    ).id;
    expect(await kpiDashboard(t.ctx, member('viewer', richmondId), '318', {})).toEqual({
      council: '318',
      financialYears: [],
      period: null,
      mayDefine: false,
    });
  });
});
