import { describe, expect, it } from 'vitest';
import { planBridge } from './bridge';
import type { PlanRun, YearEffect, YearMeans } from './runPlan';

// A run worked by hand (the forecast's means as a run would give them), two years, two mitigations.
const year = (census: number, financialYear: string, ehcps: number, cost: number): YearMeans => ({
  census,
  financialYear,
  ehcps,
  bySetting: {},
  byPlacementCategory: {},
  byAgeGroup: {},
  byNeed: {},
  cost,
});
const saving = (census: number, financialYear: string, pence: number): YearEffect => ({
  census,
  financialYear,
  ehcps: 0,
  byPlacementCategory: {},
  byAgeGroup: {},
  byNeed: {},
  placementsMoved: 0,
  saving: pence,
});

describe('the bridge', () => {
  it('goes from unmitigated cost through each saving and funding to the deficit, per year and for the period', () => {
    // Unmitigated: 100 EHCPs at £20,000 = £2,000,000 (2026-27); 110 at £20,000 = £2,200,000 (2027-28).
    // Early help saves 5 EHCPs in 2027-28 (£100,000); local places move 2 from £50,000 to £30,000
    // placements each year (£40,000 a year). Funding £1,900,000 and £2,000,000; £500,000 brought forward.
    const run: PlanRun = {
      order: ['early-help', 'local-places'],
      unmitigated: [year(2027, '2026-27', 100, 2_000_000_00), year(2028, '2027-28', 110, 2_200_000_00)],
      mitigated: [year(2027, '2026-27', 100, 1_960_000_00), year(2028, '2027-28', 105, 2_060_000_00)],
      effects: [
        {
          id: 'early-help',
          name: 'Early help',
          workstream: 'Early intervention',
          sequential: [saving(2027, '2026-27', 0), saving(2028, '2027-28', 100_000_00)],
          alone: [saving(2027, '2026-27', 0), saving(2028, '2027-28', 100_000_00)],
        },
        {
          id: 'local-places',
          name: 'Local places',
          workstream: 'Local provision',
          sequential: [saving(2027, '2026-27', 40_000_00), saving(2028, '2027-28', 40_000_00)],
          alone: [saving(2027, '2026-27', 40_000_00), saving(2028, '2027-28', 40_000_00)],
        },
      ],
    };
    const bridge = planBridge(run, {
      funding: { '2026-27': 1_900_000_00, '2027-28': 2_000_000_00 },
      openingDeficit: 500_000_00,
    });
    // 2026-27: £2,000,000 − £0 − £40,000 = £1,960,000; − £1,900,000 = £60,000 in year; £560,000 cumulative.
    // 2027-28: £2,200,000 − £100,000 − £40,000 = £2,060,000; − £2,000,000 = £60,000; £620,000.
    // Period: £4,200,000 − £100,000 − £80,000 = £4,020,000; − £3,900,000 = £120,000; £620,000 at its end.
    expect(
      bridge.map((c) => [
        c.period,
        c.unmitigatedCost,
        c.mitigatedCost,
        c.funding,
        c.inYearDeficit,
        c.cumulativeDeficit,
      ]),
    ).toEqual([
      ['2026-27', 2_000_000_00, 1_960_000_00, 1_900_000_00, 60_000_00, 560_000_00],
      ['2027-28', 2_200_000_00, 2_060_000_00, 2_000_000_00, 60_000_00, 620_000_00],
      ['plan period', 4_200_000_00, 4_020_000_00, 3_900_000_00, 120_000_00, 620_000_00],
    ]);
    expect(bridge[2]!.savings).toEqual([
      { id: 'early-help', name: 'Early help', saving: 100_000_00 },
      { id: 'local-places', name: 'Local places', saving: 80_000_00 },
    ]);
    // The bridge's mitigated cost is the run's mitigated forecast.
    expect(bridge.slice(0, 2).map((c) => c.mitigatedCost)).toEqual(run.mitigated.map((y) => y.cost));
  });
});
