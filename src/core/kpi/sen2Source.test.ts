import { describe, expect, it } from 'vitest';
import { checkKpis } from '../checks/kpiChecks';
import type { KpiDefinition, KpiSet } from './definition';
import { evaluateKpis } from './evaluate';
import { parseKpiPeriod } from './period';
import { readKpiSet } from './readKpiSet';
import { lookupSen2, periodStart, type Sen2Figures } from './sen2Source';

// A quarter (April to June 2024) of the SEN2 returns: 90 requests, 30 plans issued (12 within 20 weeks,
// 10 of the 24 without an exception), 8 ceased, 1,800 EHCPs on the data date.
const figures: Sen2Figures = {
  from: '2024-04-01',
  to: '2024-06-30',
  months: 3,
  synthetic: false,
  requests: 90,
  plansIssued: 30,
  ceasedPlans: 8,
  pctWithin20Weeks: { included: 40, excluded: 41.7 },
  ehcps: 1800,
};
const kpi = (ref: string, unit: 'count' | 'percent', computed: KpiDefinition['computed']): KpiDefinition => ({
  ref,
  name: `KPI ${ref}`,
  category: 'Demand',
  unit,
  direction: unit === 'percent' ? 'higher' : 'lower',
  baseline: null,
  baselineDate: '2024-03-31',
  annualTarget: null,
  target: { kind: 'annual' },
  ...(computed ? { computed } : {}),
});
const set = (kpis: KpiDefinition[], values: Array<{ ref: string; value: number }> = []): KpiSet => ({
  council: '314',
  financialYear: '2024-25',
  defaultTolerance: { amber: { percent: 0.5 } },
  kpis,
  periods: [{ period: '2024-25-Q1', dataDate: '2024-06-30', values }],
});

describe('KPIs computed from the SEN2 returns', () => {
  const kpis = [
    kpi('R', 'count', { kind: 'sen2', source: { measure: 'requestsPerMonth' } }),
    kpi('N', 'count', { kind: 'sen2', source: { measure: 'newPlans' } }),
    kpi('C', 'count', { kind: 'sen2', source: { measure: 'ceasedPlans' } }),
    kpi('T', 'percent', { kind: 'sen2', source: { measure: 'pctWithin20Weeks' } }),
    kpi('Ti', 'percent', { kind: 'sen2', source: { measure: 'pctWithin20Weeks', exceptions: 'included' } }),
    kpi('E', 'count', { kind: 'sen2', source: { measure: 'ehcps' } }),
  ];

  it('takes each figure for the period: requests per month are the quarter over 3', () => {
    const result = evaluateKpis(set(kpis), '2024-25-Q1', { sen2: figures });
    expect(result.kpis.map((k) => [k.ref, k.value, k.valueSource])).toEqual([
      ['R', 30, 'computed'],
      ['N', 30, 'computed'],
      ['C', 8, 'computed'],
      ['T', 41.7, 'computed'],
      ['Ti', 40, 'computed'],
      ['E', 1800, 'computed'],
    ]);
    expect(result.kpis[3]!.valueHow).toBe(
      '% of new plans issued within 20 weeks (excluding exception cases) from the SEN2 returns, 2024-04-01 to 2024-06-30',
    );
    expect(result.problems).toEqual([]);
  });

  it('keeps the recorded value without returns; says when none was issued; refuses a unit that does not fit', () => {
    expect(evaluateKpis(set(kpis, [{ ref: 'N', value: 28 }]), '2024-25-Q1').kpis[1]).toMatchObject({
      value: 28,
      valueSource: 'recorded',
    });
    const none = { ...figures, pctWithin20Weeks: { included: null, excluded: null } };
    expect(lookupSen2(none, { measure: 'pctWithin20Weeks' }, { unit: 'percent' })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/no plan was issued in the period$/) as unknown,
    });
    expect(lookupSen2(figures, { measure: 'ehcps' }, { unit: 'percent' })).toMatchObject({ ok: false });
  });

  it('checks a recorded value against the returns', () => {
    const failures = checkKpis(set([kpis[1]!], [{ ref: 'N', value: 28 }]), '2024-25-Q1', { sen2: figures });
    expect(failures.map((f) => [f.check, f.message])).toEqual([
      [
        'kpi-equals-sen2',
        'KPI N 2024-25-Q1 value is 28 but the new EHC plans issued from the SEN2 returns, 2024-04-01 to 2024-06-30 is 30',
      ],
    ]);
  });

  it('knows where a period starts', () => {
    expect(periodStart(parseKpiPeriod('2024-25-Q1'))).toBe('2024-04-01');
    expect(periodStart(parseKpiPeriod('2024-25-Q4'))).toBe('2025-01-01');
    expect(periodStart(parseKpiPeriod('2024-05'))).toBe('2024-05-01');
  });

  it('reads sen2 formulas and refuses bad ones, naming the path', () => {
    const read = (computed: unknown, unit = 'count') =>
      readKpiSet({
        council: '314',
        financialYear: '2024-25',
        kpis: [
          {
            ref: 'N',
            name: 'New plans',
            category: 'Demand',
            unit,
            direction: 'lower',
            baseline: null,
            baselineDate: '2024-03-31',
            annualTarget: null,
            computed,
          },
        ],
        periods: [],
      });
    const ok = read(
      { kind: 'sen2', source: { measure: 'pctWithin20Weeks', exceptions: 'included' } },
      'percent',
    );
    expect(ok.ok && ok.data.kpis[0]!.computed).toEqual({
      kind: 'sen2',
      source: { measure: 'pctWithin20Weeks', exceptions: 'included' },
    });
    const errors = (computed: unknown, unit?: string) => {
      const r = read(computed, unit);
      return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
    };
    expect(errors({ kind: 'sen2', source: { measure: 'tribunals' } })).toEqual([
      'kpis[0].computed.source.measure: must be one of requestsPerMonth, newPlans, ceasedPlans, pctWithin20Weeks, ehcps',
    ]);
    expect(errors({ kind: 'sen2', source: { measure: 'pctWithin20Weeks' } })).toEqual([
      "kpis[0].computed.source.measure: pctWithin20Weeks is a percentage: the KPI's unit must be percent",
    ]);
  });
});
