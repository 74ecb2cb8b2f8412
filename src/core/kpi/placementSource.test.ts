import { describe, expect, it } from 'vitest';
import { checkKpis } from '../checks/kpiChecks';
import type { KpiDefinition, KpiSet } from './definition';
import { evaluateKpis } from './evaluate';
import { lookupPlacements, type PlacementFigures } from './placementSource';
import { readKpiSet } from './readKpiSet';

const figures: PlacementFigures = {
  asAt: '2021-05-31',
  financialYear: '2021-22',
  synthetic: false,
  averageCostByPhase: { under16: 1_679_712, over16: 1_177_750 },
  averageCostByCategory: { independent: 3_500_000, other: null },
  averageCostByCouncilCategory: { 'independent-under-16': { label: 'Independent < 16', average: 3_365_649 } },
  averageCostOfEhcp: 2_000_949,
  independentSectorSharePct: 26.37,
};
const money = (
  ref: string,
  computed: KpiDefinition['computed'],
  baseline: number | null = null,
): KpiDefinition => ({
  ref,
  name: `KPI ${ref}`,
  category: 'Value for Money',
  unit: 'money',
  direction: 'lower',
  baseline,
  baselineDate: '2021-03-31',
  annualTarget: 3_331_300,
  target: { kind: 'annual' },
  ...(computed ? { computed } : {}),
});
const set = (kpis: KpiDefinition[], values: Array<{ ref: string; value: number }> = []): KpiSet => ({
  council: '314',
  financialYear: '2021-22',
  defaultTolerance: { amber: { percent: 0.5 } },
  kpis,
  periods: [{ period: '2021-05', dataDate: '2021-05-31', values }],
});

describe('KPIs computed from the placement register', () => {
  const kpis = [
    money('25', { kind: 'placements', source: { measure: 'averageCost', phase: 'under16' } }),
    money('27', {
      kind: 'placements',
      source: { measure: 'averageCost', councilCategory: 'independent-under-16' },
    }),
    money('37', { kind: 'placements', source: { measure: 'averageCostOfEhcp' } }),
    {
      ...money('38', { kind: 'placements', source: { measure: 'independentSectorSharePct' } }),
      unit: 'percent' as const,
      annualTarget: 26.6,
    },
    money('x', { kind: 'placements', source: { measure: 'averageCost', category: 'independent' } }),
  ];

  it('takes each figure from the register, rounded to whole pounds, and says from which register', () => {
    const result = evaluateKpis(set(kpis), '2021-05', { placements: { value: figures } });
    expect(result.kpis.map((k) => [k.ref, k.value, k.valueSource])).toEqual([
      ['25', 1_679_700, 'computed'], // £16,797.12 → £16,797
      ['27', 3_365_600, 'computed'], // £33,656.49 → £33,656
      ['37', 2_000_900, 'computed'],
      ['38', 26.37, 'computed'],
      ['x', 3_500_000, 'computed'],
    ]);
    expect(result.kpis[1]!.valueHow).toBe(
      'average cost of "Independent < 16" from the placement register as at 2021-05-31',
    );
    expect(
      evaluateKpis(set(kpis), '2021-05', { placements: { value: { ...figures, synthetic: true } } }).kpis[0]!
        .valueHow,
    ).toBe('average placement cost < 16 from the placement register as at 2021-05-31 (synthetic)');
    expect(result.problems).toEqual([]);
  });

  it('keeps the recorded value without a register, and says so', () => {
    const result = evaluateKpis(set(kpis, [{ ref: '27', value: 3_365_700 }]), '2021-05');
    expect(result.kpis[1]).toMatchObject({
      value: 3_365_700,
      valueSource: 'recorded',
      valueHow: 'as recorded (no placement register to take the average cost of "independent-under-16" from)',
    });
  });

  it('names what is missing: an unknown category, an empty one, a unit that does not fit', () => {
    expect(
      lookupPlacements(figures, { measure: 'averageCost', councilCategory: 'nowhere' }, { unit: 'money' }),
    ).toEqual({
      ok: false,
      problem:
        'average cost of "nowhere" from the placement register as at 2021-05-31: the register has no such category',
    });
    const problem = (found: ReturnType<typeof lookupPlacements>) => (found.ok ? '' : found.problem);
    expect(
      problem(lookupPlacements(figures, { measure: 'averageCost', category: 'other' }, { unit: 'money' })),
    ).toMatch(/no placements to average$/);
    expect(
      problem(lookupPlacements(figures, { measure: 'independentSectorSharePct' }, { unit: 'money' })),
    ).toMatch(/is a percentage, but the KPI's unit is money$/);
  });

  it('checks recorded values against the register at the data date and baselines against the one at the baseline date', () => {
    const kpi27 = money(
      '27',
      { kind: 'placements', source: { measure: 'averageCost', councilCategory: 'independent-under-16' } },
      3_814_000,
    );
    const baseline = {
      ...figures,
      asAt: '2021-03-31',
      financialYear: '2020-21',
      averageCostByCouncilCategory: {
        'independent-under-16': { label: 'Independent < 16', average: 3_814_000 },
      },
    };
    const agreeing = checkKpis(set([kpi27], [{ ref: '27', value: 3_365_600 }]), '2021-05', {
      placements: { value: figures, baseline },
    });
    expect(agreeing).toEqual([]);
    const failures = checkKpis(set([kpi27], [{ ref: '27', value: 3_365_700 }]), '2021-05', {
      placements: { value: figures, baseline: { ...baseline, averageCostByCouncilCategory: {} } },
    });
    expect(failures.map((f) => [f.check, f.where, f.message])).toEqual([
      [
        'kpi-equals-placements',
        'KPI 27 "KPI 27", 2021-05 value',
        'KPI 27 2021-05 value is £33,657 but the average cost of "Independent < 16" from the placement register as at 2021-05-31 is £33,656',
      ],
    ]);
  });
});

describe('readKpiSet: placement formulas', () => {
  const base = {
    ref: '27',
    name: 'Average cost of an independent < 16',
    category: 'Value for Money',
    unit: 'money',
    direction: 'lower',
    baseline: 38140,
    baselineDate: '2021-03-31',
    annualTarget: 33313,
  };
  const read = (computed: unknown, unit = 'money') =>
    readKpiSet({
      council: '314',
      financialYear: '2021-22',
      kpis: [{ ...base, unit, computed }],
      periods: [],
    });

  it('reads the four kinds of source', () => {
    for (const source of [
      { measure: 'averageCost', councilCategory: 'independent-under-16' },
      { measure: 'averageCost', phase: 'over16' },
      { measure: 'averageCost', category: 'post16' },
      { measure: 'averageCostOfEhcp' },
    ]) {
      const result = read({ kind: 'placements', source });
      expect(result.ok && result.data.kpis[0]!.computed).toEqual({ kind: 'placements', source });
    }
    expect(read({ kind: 'placements', source: { measure: 'independentSectorSharePct' } }, 'percent').ok).toBe(
      true,
    );
  });

  it('refuses a bad measure, phase or category, and a unit that does not fit, naming the path', () => {
    const messages = (computed: unknown, unit?: string) => {
      const result = read(computed, unit);
      return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
    };
    expect(messages({ kind: 'placements', source: { measure: 'median' } })).toEqual([
      'kpis[0].computed.source.measure: must be one of averageCost, averageCostOfEhcp, independentSectorSharePct',
    ]);
    expect(messages({ kind: 'placements', source: { measure: 'averageCost', phase: 'u16' } })).toEqual([
      'kpis[0].computed.source.phase: must be one of under16, over16',
    ]);
    expect(messages({ kind: 'placements', source: { measure: 'independentSectorSharePct' } })).toEqual([
      "kpis[0].computed.source.measure: independentSectorSharePct is a percentage: the KPI's unit must be percent",
    ]);
  });
});
