// Seed 001: Kingston SEND Transformation Plan 2019/20 to 2021/22 appendix, savings by workstream.
import { describe, expect, it } from 'vitest';
import { cumulative, savingsByWorkstream, savingsSummary } from '../../core/savings';
import { readKingstonPlan } from './demoFiles';

const plan = readKingstonPlan('transformationPlan2019');
const pounds = (record: Record<string, number>) => Object.values(record).map((p) => p / 100);

describe('workstream totals (seed 001, each workstream table\'s "Total" row)', () => {
  const groups = savingsByWorkstream(plan);
  it.each([
    ['Strategy and governance', [1_330_500, 1_036_500, 3_136_500, 3_186_500]],
    ['Commercial thinking', [90_000, 635_000, 930_000, 1_220_000]],
    ['Local provision', [361_110, 935_220, 1_249_700, 1_551_800]],
    ['Early intervention and transition', [145_000, 500_000, 1_000_000, 1_500_000]],
    ['Assessment and planning', [100_000, 1_750_000, 3_350_000, 6_350_000]],
    ['Home to school travel', [0, 315_000, 315_000, 315_000]],
  ])('%s', (name, totals) => {
    expect(pounds(groups.find((g) => g.workstream === name)!.totals)).toEqual(totals);
  });
  it('lists home to school travel as a memorandum workstream, outside the DSG totals', () => {
    expect(groups.filter((g) => g.memo).map((g) => g.workstream)).toEqual(['Home to school travel']);
    const travel = groups.find((g) => g.memo)!;
    expect(pounds(cumulative(plan.years, travel.totals))).toEqual([0, 315_000, 630_000, 945_000]);
  });
});

describe('financial summary (seed 001, "Financial summary" table)', () => {
  const summary = savingsSummary(plan);
  const column = (key: keyof (typeof summary)[number]) => summary.map((y) => (y[key] as number) / 100);
  it('total DSG high needs block', () =>
    expect(column('highNeedsBudget')).toEqual([25_287_000, 22_537_000, 22_787_000, 23_037_000]));
  it('forecast spend including new demand', () =>
    expect(column('forecastSpendIncludingNewDemand')).toEqual([
      29_568_000, 31_968_000, 34_368_000, 36_618_000,
    ]));
  it('savings required to balance the DSG', () =>
    expect(column('savingsRequiredToBalance')).toEqual([4_281_000, 9_431_000, 11_581_000, 13_581_000]));
  it('total financial savings identified', () =>
    expect(column('totalSavingsIdentified')).toEqual([2_026_610, 4_856_720, 9_666_200, 13_808_300]));
  it('cumulative savings over three years', () =>
    expect(column('cumulativeSavings')).toEqual([2_026_610, 6_883_330, 16_549_530, 30_357_830]));
  it('in-year position for the DSG high needs block', () =>
    expect(column('inYearPosition')).toEqual([2_254_390, 4_574_280, 1_914_800, -227_300]));
  it('cumulative DSG deficit', () =>
    expect(column('cumulativeDeficit')).toEqual([12_944_390, 17_518_670, 19_433_470, 19_206_170]));
});
