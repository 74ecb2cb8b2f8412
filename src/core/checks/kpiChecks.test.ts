import { describe, expect, it } from 'vitest';
import { evaluateKpis, kingstonKpiTolerance, type KpiDefinition, type KpiSet } from '../kpi';
import { readKingstonPlan } from '../../io/financialModel/demoFiles';
import { checkKpis } from './kpiChecks';

const base = {
  category: 'Financial Control',
  unit: 'money',
  direction: 'higher',
  baselineDate: '2021-03-31',
  target: { kind: 'annual' },
} as const;
const kpis: KpiDefinition[] = [
  { ...base, ref: '21', name: 'Savings < 16', baseline: null, annualTarget: 66_600_000 },
  { ...base, ref: '22', name: 'Savings > 16', baseline: null, annualTarget: 59_500_000 },
  // the annual target is £1,000 short of 21 + 22, and of the agreed plan's total savings
  {
    ...base,
    ref: '24',
    name: 'Savings',
    baseline: null,
    annualTarget: 126_000_000,
    target: { kind: 'planLine', source: { figure: 'totalSavings' } },
    computed: { kind: 'sum', terms: [{ ref: '21' }, { ref: '22' }] },
  },
  {
    ...base,
    ref: '1',
    name: 'EHCPs',
    unit: 'count',
    direction: 'lower',
    baseline: 1429,
    annualTarget: 1537,
    target: { kind: 'proRata' },
  },
  {
    ...base,
    ref: '12',
    name: 'Central spend',
    direction: 'lower',
    baseline: null,
    annualTarget: null,
    computed: { kind: 'model', source: { line: 'no-such-line' } },
  },
];
const set: KpiSet = {
  council: '314',
  financialYear: '2021-22',
  defaultTolerance: kingstonKpiTolerance,
  kpis,
  periods: [
    {
      period: '2021-05',
      values: [
        { ref: '21', value: 30_996_700 },
        { ref: '22', value: 21_745_900 },
        { ref: '24', value: 52_742_600 },
        { ref: '1', value: 1447, publishedTarget: 1450 },
      ],
    },
  ],
};
const plans = {
  target: readKingstonPlan('safetyValveAgreement2021'),
  value: readKingstonPlan('latestForecastMay2021'),
};

describe('checkKpis', () => {
  const failures = checkKpis(set, '2021-05', plans);
  const find = (check: string, ref: string) =>
    failures.find((f) => f.check === check && f.where.startsWith(`KPI ${ref} `));

  it('reports a sum KPI whose target is not the sum of its parts, with both sides', () => {
    expect(find('kpi-sum-equals-parts', '24')).toMatchObject({
      left: { value: 126_000_000 },
      right: { label: 'KPI 21 + KPI 22', value: 126_100_000 },
      difference: -100_000,
      unit: 'pence',
    });
  });

  it('reports a published pro-rata target that does not follow from the annual target', () => {
    expect(find('kpi-period-target', '1')).toMatchObject({
      left: { value: 1450 },
      right: { value: 1447, label: 'pro rata: 1,429 + (1,537 − 1,429) × 2/12' },
      unit: 'count',
    });
  });

  it('reports a stated target that is not the agreed plan’s figure', () => {
    expect(find('kpi-target-equals-plan', '24')).toMatchObject({
      left: { value: 126_000_000 },
      right: { value: 126_100_000 },
    });
  });

  it('holds where the figures agree (the recorded value is 21 + 22)', () => {
    expect(failures.filter((f) => f.where.includes('2021-05 value'))).toEqual([]);
  });

  it('evaluation names a model line the plan does not have, and leaves the value empty', () => {
    const evaluation = evaluateKpis(set, '2021-05', plans);
    expect(evaluation.problems).toEqual([
      'KPI 12 value: "Latest forecast, May 2021" 2021-22: the plan version has no line "no-such-line"',
    ]);
    expect(evaluation.kpis.find((k) => k.ref === '12')!.value).toBeNull();
  });
});
