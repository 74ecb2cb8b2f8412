import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { defineKpi, getKpiSet, importKpiSet } from './definitions';
import { recordKpiValue, setKpiPeriod } from './values';

const cli: Actor = { kind: 'system', label: 'test' };
let t: TestContext;
const audits = async () => (await t.ctx.db.selectFrom('audit_log').select('id').execute()).length;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
});
afterAll(async () => t.database.close());

const kpi = (extra: object) => ({
  name: 'Central spend check',
  category: 'Financial Control',
  unit: 'money',
  direction: 'lower',
  baseline: null,
  baselineDate: '2021-03-31',
  annualTarget: null,
  ...extra,
});

describe('KPIs that name a model line the plan versions do not have are refused, nothing saved', () => {
  it('refuses defining a KPI computed from a line the May projection does not have', async () => {
    const before = await audits();
    await expect(
      defineKpi(
        t.ctx,
        cli,
        '314',
        { financialYear: '2021-22' },
        { ref: '40', ...kpi({ computed: { kind: 'model', source: { line: 'spend-centrall' } } }) },
      ),
    ).rejects.toThrow(
      'computed: KPI 40 computed: "Latest forecast, May 2021" 2021-22: the plan version has no line "spend-centrall". Nothing was saved.',
    );
    expect((await getKpiSet(t.ctx, cli, '314', '2021-22')).kpis.map((k) => k.ref)).not.toContain('40');
    expect(await audits()).toBe(before);
  });

  it('refuses a planLine target on a line the agreed model does not have', async () => {
    const refused = defineKpi(
      t.ctx,
      cli,
      '314',
      { financialYear: '2021-22' },
      { ref: '41', ...kpi({ target: { kind: 'planLine', source: { line: 'no-such-line' } } }) },
    );
    await expect(refused).rejects.toMatchObject({ status: 400, field: 'target' });
    await expect(refused).rejects.toThrow(
      '"Safety Valve agreement, March 2021" 2021-22: the plan version has no line "no-such-line"',
    );
  });

  it('refuses importing a KPI file with such a reference, listing it', async () => {
    const file = {
      council: '314',
      financialYear: '2021-22',
      targetVersion: 'Safety Valve agreement, March 2021',
      kpis: [{ ref: '1', ...kpi({ computed: { kind: 'model', source: { line: 'missing' } } }) }],
      periods: [{ period: '2021-06', valueVersion: 'Latest forecast, May 2021', values: [] }],
    };
    await expect(importKpiSet(t.ctx, cli, '314', file, { replace: true })).rejects.toMatchObject({
      status: 400,
      problems: [
        'KPI 1 computed: "Latest forecast, May 2021" 2021-22: the plan version has no line "missing"',
      ],
    });
    expect((await getKpiSet(t.ctx, cli, '314', '2021-22')).kpis).toHaveLength(39);
  });

  it('refuses a period value version that lacks a line a KPI is computed from (KPI 12: spend-central)', async () => {
    const refused = setKpiPeriod(t.ctx, cli, '314', '2021-06', {
      valueVersion: 'Deficit recovery plan, June 2019',
    });
    await expect(refused).rejects.toMatchObject({ status: 400, field: 'valueVersion' });
    await expect(refused).rejects.toThrow(
      'KPI 12 computed: "Deficit recovery plan, June 2019" 2021-22: the plan version has no line "spend-central"',
    );
    expect((await getKpiSet(t.ctx, cli, '314', '2021-22')).periods.map((p) => p.period)).toEqual(['2021-05']);
  });

  it('refuses a percentage outside its possible range (KPI 38: 0% to 100%), saving nothing', async () => {
    const before = await audits();
    await expect(recordKpiValue(t.ctx, cli, '314', '38', '2021-05', { value: 101 })).rejects.toMatchObject({
      status: 400,
      field: 'value',
    });
    const value = (await getKpiSet(t.ctx, cli, '314', '2021-22')).periods[0]!.values.find(
      (v) => v.ref === '38',
    );
    expect(value?.value).toBe(26.37);
    expect(await audits()).toBe(before);
  });
});
