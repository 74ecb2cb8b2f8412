import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateKpis, type KpiSet } from '../../core/kpi';
import { twelveChildrenDraft, twelveChildrenLookupCsv } from '../../io/sen2/testing/twelveChildren';
import { writeBladeExport } from '../../io/sen2/writeBlade';
import { createCouncil, type Council } from '../councils';
import { openTestContext, type TestContext } from '../testContext';
import { importSen2Return } from './imports';
import { sen2FiguresForKpis } from './kpiFigures';
import { importUrnLookup } from './urnLookup';

// The `sen2` KPI source on the hand-worked return (src/core/sen2/twelveChildren.test.ts has the working).

const cli = { kind: 'system', label: 'test' } as const;
let t: TestContext;
let council: Council;
const set: KpiSet = {
  council: '314',
  financialYear: '2024-25',
  defaultTolerance: { amber: { percent: 0.5 } },
  kpis: [
    {
      ref: 'R',
      name: 'Requests per month',
      category: 'Demand',
      unit: 'count',
      decimals: 2,
      direction: 'lower',
      baseline: null,
      baselineDate: '2024-03-31',
      annualTarget: null,
      target: { kind: 'annual' },
      computed: { kind: 'sen2', source: { measure: 'requestsPerMonth' } },
    },
    {
      ref: 'T',
      name: '% within 20 weeks',
      category: 'Timeliness',
      unit: 'percent',
      direction: 'higher',
      baseline: null,
      baselineDate: '2024-03-31',
      annualTarget: 60,
      target: { kind: 'annual' },
      computed: { kind: 'sen2', source: { measure: 'pctWithin20Weeks' } },
    },
    {
      ref: 'E',
      name: 'EHCPs',
      category: 'Demand',
      unit: 'count',
      direction: 'lower',
      baseline: null,
      baselineDate: '2024-03-31',
      annualTarget: null,
      target: { kind: 'annual' },
      computed: { kind: 'sen2', source: { measure: 'ehcps' } },
    },
  ],
  periods: [{ period: '2024-25-Q1', values: [] }],
};

beforeAll(async () => {
  t = await openTestContext();
  council = await createCouncil(t.ctx, cli, {
    code: '314',
    newCode: 'E09000021',
    name: 'Kingston upon Thames',
    region: 'Outer London',
  });
});
afterAll(async () => t.database.close());

describe('KPIs from the SEN2 returns', () => {
  it('are not looked for without a return', async () => {
    expect(await sen2FiguresForKpis(t.ctx, council, set, '2024-25-Q1')).toBeUndefined();
  });

  it('give the quarter April-June 2024 of the hand-worked return', async () => {
    await importUrnLookup(t.ctx, cli, '314', twelveChildrenLookupCsv);
    await importSen2Return(t.ctx, cli, '314', writeBladeExport(twelveChildrenDraft(), '2025-01-20'), {});
    const figures = await sen2FiguresForKpis(t.ctx, council, set, '2024-25-Q1');
    // Requests received: R07 (1 April), R08 (1 May). Plans issued: NP05 (10 June, 130 days: in time).
    // Ceased: none (NP09a 31 March, NP04 19 July). Open on 30 June: C01, C02, C03, C04, C05, C10, C11, C12.
    expect(figures).toEqual({
      from: '2024-04-01',
      to: '2024-06-30',
      months: 3,
      synthetic: false,
      requests: 2,
      plansIssued: 1,
      ceasedPlans: 0,
      pctWithin20Weeks: { included: 100, excluded: 100 },
      ehcps: 8,
    });
    const evaluated = evaluateKpis(set, '2024-25-Q1', { sen2: figures! });
    expect(evaluated.kpis.map((k) => [k.ref, k.value, k.rag])).toEqual([
      ['R', 0.67, null],
      ['T', 100, 'G'],
      ['E', 8, null],
    ]);
  });
});
