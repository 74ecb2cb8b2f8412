import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pounds } from '../../core/money';
import { createCouncil } from '../councils';
import { loadDemo } from '../demo';
import type { Actor, CouncilRole, SessionUser } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { loadDemoKpis } from './demo';
import { defineKpi, getKpiSet, importKpiSet } from './definitions';
import { evaluateCouncilKpis, kpiHistory } from './evaluation';
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
const auditCount = async (entity: string) =>
  (await t.ctx.db.selectFrom('audit_log').select('id').where('entity', '=', entity).execute()).length;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  // The demo loader loads the KPIs with the council; loading them again changes nothing.
  expect(await loadDemoKpis(t.ctx, cli)).toBe(false);
  kingstonId = (
    await t.ctx.db.selectFrom('councils').select('id').where('code', '=', '314').executeTakeFirstOrThrow()
  ).id;
  await createCouncil(t.ctx, cli, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
});
afterAll(async () => t.database.close());

describe('Kingston KPIs stored and evaluated from the plan versions (seed 003)', () => {
  it('round-trips the 39 rows through the database', async () => {
    const set = await getKpiSet(t.ctx, member('viewer'), '314', '2021-22');
    expect(set.kpis).toHaveLength(39);
    expect(set.targetVersion).toBe('Safety Valve agreement, March 2021');
    expect(set.periods.map((p) => [p.period, p.valueVersion, p.values.length])).toEqual([
      ['2021-05', 'Latest forecast, May 2021', 39],
    ]);
  });

  it('evaluates May 2021: targets from the agreement, values from the May projection, the published RAG', async () => {
    const result = await evaluateCouncilKpis(t.ctx, member('viewer'), '314', { period: '2021-05' });
    const row = (ref: string) => result.kpis.find((k) => k.ref === ref)!;
    expect(row('1')).toMatchObject({ periodTarget: 1447, value: 1447, rag: 'G' });
    expect(row('9')).toMatchObject({
      periodTarget: pounds(5_432_000),
      value: pounds(5_120_000),
      rag: 'G',
      valueSource: 'computed',
    });
    expect(row('14')).toMatchObject({
      periodTarget: pounds(28_607_000),
      value: pounds(27_886_000),
      rag: 'G',
    });
    expect(row('16')).toMatchObject({ periodTarget: -22.76, value: -22.33, rag: 'G' });
    expect(row('17')).toMatchObject({ periodTarget: pounds(-750_000), value: pounds(-436_000), rag: 'A' });
    expect(result.kpis.map((k) => k.rag)).toEqual(result.kpis.map((k) => k.publishedRag ?? null));
    expect(result.kpis.filter((k) => k.overridden).map((k) => k.ref)).toEqual(['6a']);
    expect(result.checks.map((c) => c.check)).toEqual(['kpi-equals-model', 'kpi-formula']);
  });

  it('refuses a plan version that does not exist', async () => {
    await expect(
      evaluateCouncilKpis(t.ctx, member('viewer'), '314', {
        period: '2021-05',
        valueVersion: 'No such version',
      }),
    ).rejects.toThrow('has no plan version called "No such version"');
    await expect(evaluateCouncilKpis(t.ctx, member('viewer'), '314', { period: '2021-13' })).rejects.toThrow(
      'is not a period',
    );
  });
});

describe('recording values and roles', () => {
  it('lets the SEND service record a demand KPI but not a financial one', async () => {
    const before = await auditCount('kpi-value');
    const record = await recordKpiValue(t.ctx, member('send'), '314', '1', '2021-06', {
      value: 1470,
      comment: 'June count',
    });
    expect(record).toEqual({ ref: '1', value: 1470, comment: 'June count', revision: 1 });
    expect(await auditCount('kpi-value')).toBe(before + 1);
    await expect(
      recordKpiValue(t.ctx, member('send'), '314', '21', '2021-06', { value: 320_000 }),
    ).rejects.toThrow('only finance or an administrator');
    await expect(
      recordKpiValue(t.ctx, member('viewer'), '314', '1', '2021-06', { value: 1 }),
    ).rejects.toThrow('does not allow');
    await expect(
      recordKpiValue(t.ctx, member('finance', 999), '314', '1', '2021-06', { value: 1 }),
    ).rejects.toThrow('No council with code 314');
  });

  it('refuses a percentage outside its possible range, saving nothing', async () => {
    const before = await auditCount('kpi-value');
    await expect(
      recordKpiValue(t.ctx, member('send'), '314', '7', '2021-06', { value: 120 }),
    ).rejects.toThrow('KPI 7: 120.00% is outside the possible range 0.00% to 100.00%.');
    expect(await auditCount('kpi-value')).toBe(before);
  });

  it('keeps a history per KPI, with the pro-rata target of each month (June: 1,429 + 108 × 3/12 = 1,456)', async () => {
    await setKpiPeriod(t.ctx, member('finance'), '314', '2021-06', { dataDate: '2021-06-30' });
    const { history } = await kpiHistory(t.ctx, member('viewer'), '314', '2021-22', '1');
    expect(history).toEqual([
      {
        period: '2021-05',
        periodTarget: 1447,
        value: 1447,
        rag: 'G',
        overridden: false,
        comment: '1,537 full year target, 1,447 for 2 months',
      },
      {
        period: '2021-06',
        periodTarget: 1456,
        value: 1470,
        rag: 'A',
        overridden: false,
        comment: 'June count',
      },
    ]);
  });

  it('records money in pounds and an override with its reason', async () => {
    const record = await recordKpiValue(t.ctx, member('finance'), '314', '21', '2021-06', {
      value: 320_000.5,
      ragOverride: { rag: 'G', reason: 'Savings agreed in June, invoiced in September' },
    });
    expect(record.value).toBe(32_000_050);
    const result = await evaluateCouncilKpis(t.ctx, member('viewer'), '314', { period: '2021-06' });
    expect(result.kpis.find((k) => k.ref === '21')).toMatchObject({
      rag: 'G',
      ruleRag: 'A',
      overridden: true,
    });
  });
});

describe('defining KPIs', () => {
  it('lets finance define and update a KPI, audited, and refuses the SEND service', async () => {
    const kpi = {
      ref: '39',
      name: 'EHCPs issued within 20 weeks',
      category: 'Statutory compliance',
      unit: 'percent',
      direction: 'higher',
      baseline: 58,
      baselineDate: '2021-03-31',
      annualTarget: 60,
      range: { min: 0, max: 100 },
    };
    await defineKpi(t.ctx, member('finance'), '314', { financialYear: '2021-22' }, kpi);
    await defineKpi(
      t.ctx,
      member('finance'),
      '314',
      { financialYear: '2021-22' },
      { ...kpi, annualTarget: 65 },
    );
    const set = await getKpiSet(t.ctx, member('viewer'), '314', '2021-22');
    expect(set.kpis.at(-1)).toMatchObject({ ref: '39', annualTarget: 65 });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'kpi')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['define', '2021-22 39'],
      ['update', '2021-22 39'],
    ]);
    await expect(defineKpi(t.ctx, member('send'), '314', { financialYear: '2021-22' }, kpi)).rejects.toThrow(
      'does not allow',
    );
    // the SEND service records the compliance KPI it holds
    await expect(
      recordKpiValue(t.ctx, member('send'), '314', '39', '2021-06', { value: 61 }),
    ).resolves.toMatchObject({ value: 61 });
  });

  it('refuses a formula naming a KPI that does not exist, and a set for another council', async () => {
    await expect(
      defineKpi(
        t.ctx,
        member('finance'),
        '314',
        { financialYear: '2021-22' },
        {
          ref: '40',
          name: 'x',
          category: 'Financial Control',
          unit: 'money',
          direction: 'lower',
          baseline: null,
          baselineDate: '2021-03-31',
          annualTarget: null,
          computed: { kind: 'sum', terms: [{ ref: '99' }] },
        },
      ),
    ).rejects.toThrow('computed: refers to KPI 99');
    await expect(
      importKpiSet(t.ctx, cli, '318', {
        council: '314',
        financialYear: '2021-22',
        kpis: [
          {
            ref: '1',
            name: 'x',
            category: 'y',
            unit: 'count',
            direction: 'lower',
            baseline: 1,
            baselineDate: '2021-03-31',
            annualTarget: 1,
          },
        ],
      }),
    ).rejects.toThrow('The file is for council 314, not Richmond upon Thames');
    await expect(
      importKpiSet(t.ctx, cli, '314', { council: '314', financialYear: '2021-22', kpis: [] }),
    ).rejects.toThrow('kpis: must list the KPIs');
  });
});
