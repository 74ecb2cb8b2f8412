import { describe, expect, it } from 'vitest';
import { computeModel, reservesView, type PlanVersion } from '../finance';
import { planBridge } from './bridge';
import type { Mitigation } from './mitigation';
import { pushedLines } from './pushedLines';
import type { PlanRun, YearEffect, YearMeans } from './runPlan';

// One small plan worked by hand from the run's means to the reserves flag. Two years (January 2027 and
// 2028 censuses: 2026-27 and 2027-28), two mitigations, every figure in whole pounds.
const means = (census: number, fy: string, ehcps: number, cost: number): YearMeans => ({
  census,
  financialYear: fy,
  ehcps,
  bySetting: {},
  byPlacementCategory: {},
  byAgeGroup: {},
  byNeed: {},
  cost,
});
const effect = (census: number, fy: string, ehcps: number, moved: number, saving: number): YearEffect => ({
  census,
  financialYear: fy,
  ehcps,
  byPlacementCategory: {},
  byAgeGroup: {},
  byNeed: {},
  placementsMoved: moved,
  saving,
});

// Unmitigated: 100 then 110 EHCPs at £20,000 = £2,000,000 and £2,200,000.
// Early help: 5 fewer EHCPs in 2027-28 = £100,000 (alone the same: it goes first).
// Local places: 2 pupils a year from £50,000 to £30,000 places = £40,000 a year sequentially; alone, in
// 2027-28 one of them would have been among early help's 5, so it saves £30,000 alone there.
const run: PlanRun = {
  order: ['early-help', 'local-places'],
  unmitigated: [means(2027, '2026-27', 100, 2_000_000_00), means(2028, '2027-28', 110, 2_200_000_00)],
  mitigated: [means(2027, '2026-27', 100, 1_960_000_00), means(2028, '2027-28', 105, 2_060_000_00)],
  effects: [
    {
      id: 'early-help',
      name: 'Early help',
      workstream: 'Early intervention',
      sequential: [effect(2027, '2026-27', 0, 0, 0), effect(2028, '2027-28', -5, 0, 100_000_00)],
      alone: [effect(2027, '2026-27', 0, 0, 0), effect(2028, '2027-28', -5, 0, 100_000_00)],
    },
    {
      id: 'local-places',
      name: 'Local places',
      workstream: 'Local provision',
      sequential: [effect(2027, '2026-27', 0, 2, 40_000_00), effect(2028, '2027-28', 0, 2, 40_000_00)],
      alone: [effect(2027, '2026-27', 0, 2, 40_000_00), effect(2028, '2027-28', 0, 2, 30_000_00)],
    },
  ],
};
const mitigations = [
  { id: 'early-help', illustrative: false },
  { id: 'local-places', illustrative: true },
] as unknown as Mitigation[];

describe('a reform plan worked by hand, cohort to reserves', () => {
  it('shows how much the order matters: the sequential savings add up, the alone ones overlap', () => {
    const total = (k: 'sequential' | 'alone') =>
      run.effects.reduce((s, e) => s + e[k].reduce((t, y) => t + y.saving, 0), 0);
    // Sequential: £100,000 + £80,000 = £180,000 = (£4,200,000 − £4,020,000). Alone: £170,000.
    expect(total('sequential')).toBe(180_000_00);
    expect(total('sequential')).toBe(
      run.unmitigated.reduce((s, y) => s + y.cost, 0) - run.mitigated.reduce((s, y) => s + y.cost, 0),
    );
    expect(total('alone')).toBe(170_000_00);
  });

  it('pushes lines whose version carries the bridge, the stability grant and the reserves flag', () => {
    const lines = pushedLines(run, mitigations, ['2026-27', '2027-28']);
    expect(lines.map((l) => [l.id, l.kind, l.label, l.links.workstream, l.amounts])).toEqual([
      [
        'reform-unmitigated-demand',
        'pressure',
        'Unmitigated demand (reform plan forecast)',
        undefined,
        { '2026-27': 2_000_000_00, '2027-28': 2_200_000_00 },
      ],
      [
        'mitigation-early-help',
        'saving',
        'Early help',
        'Early intervention',
        { '2026-27': 0, '2027-28': 100_000_00 },
      ],
      [
        'mitigation-local-places',
        'saving',
        'Local places (illustrative)',
        'Local provision',
        { '2026-27': 40_000_00, '2027-28': 40_000_00 },
      ],
    ]);
    // The version: £10,000,000 brought forward at 31 March 2026, HNB £1,900,000 then £2,000,000, the
    // stability grant approved (90% of £10,000,000 = £9,000,000 in 2026-27), usable reserves £1,000,000
    // then £500,000, the override ending on 31 March 2027 (a council's setting, earlier than the default).
    const plan: PlanVersion = {
      council: '999',
      version: 'Reform draft',
      years: ['2026-27', '2027-28'],
      opening: { cumulativeDeficit: 10_000_000_00, dfeContributionsToDate: 0 },
      lines: [
        {
          id: 'hnb',
          kind: 'hnbAllocation',
          label: 'HNB',
          links: {},
          amounts: { '2026-27': 1_900_000_00, '2027-28': 2_000_000_00 },
        },
        ...lines,
        {
          id: 'grant',
          kind: 'stabilityGrant',
          label: 'Stability grant',
          links: {},
          amounts: {},
          rule: { share: 0.9, asAt: '2026-03-31', status: 'approved', countWhen: ['approved', 'received'] },
        },
      ],
      usableReserves: { '2026-27': 1_000_000_00, '2027-28': 500_000_00 },
      overrideEndsAfter: '2027-03-31',
    };
    const model = computeModel(plan);
    const bridge = planBridge(run, {
      funding: { '2026-27': 1_900_000_00, '2027-28': 2_000_000_00 },
      openingDeficit: 10_000_000_00,
    });
    // 2026-27: in year £1,960,000 − £1,900,000 = £60,000; before DfE £10,060,000; grant £9,000,000;
    // after it £1,060,000 (106% of £1,000,000 reserves). 2027-28: £60,000 more: £1,120,000, 224% of £500,000.
    expect(model.map((y) => y.spendAfterSavings)).toEqual(bridge.slice(0, 2).map((c) => c.mitigatedCost));
    expect(model.map((y) => y.inYearDsgDeficit)).toEqual([60_000_00, 60_000_00]);
    expect(model.map((y) => y.stabilityGrant)).toEqual([9_000_000_00, 0]);
    expect(model.map((y) => y.cumulativeDeficitAfterDfe)).toEqual([1_060_000_00, 1_120_000_00]);
    expect(model.map((y) => y.cumulativeDeficitWithoutGrant)).toEqual([10_060_000_00, 10_120_000_00]);
    // Without the grant the bridge's cumulative deficit is the version's "no grant" figure.
    expect(bridge.slice(0, 2).map((c) => c.cumulativeDeficit)).toEqual([10_060_000_00, 10_120_000_00]);
    const reserves = reservesView(plan);
    expect(reserves.years.map((y) => [y.deficitPctOfReserves, y.aboveReserves])).toEqual([
      [106, true],
      [224, true],
    ]);
    expect(reserves.firstGeneralFundYear).toBe('2027-28');
  });
});
