// Kingston's published figures, reproduced from the demo plan versions. Each figure cites its source.
import { describe, expect, it } from 'vitest';
import { computeModel, type YearPosition } from '../../core/finance';
import { readKingstonPlan } from './demoFiles';

const pounds = (p: number) => p / 100;
function byYear(positions: YearPosition[]) {
  return Object.fromEntries(positions.map((p) => [p.year, p]));
}

describe('Safety Valve agreement model 2021-22 (seed 003, Kingston financial model monitoring, "Financial Model" column; KPI targets)', () => {
  const y = byYear(computeModel(readKingstonPlan('safetyValveAgreement2021')))['2021-22']!;
  it('total budget £26,359,000', () => expect(pounds(y.totalBudget)).toBe(26_359_000));
  it('HNB expenditure before savings £33,052,000', () =>
    expect(pounds(y.spendBeforeSavings)).toBe(33_052_000));
  it('savings £1,261,000 (KPI 24 target)', () => expect(pounds(y.totalSavings)).toBe(1_261_000));
  it('spend after savings £31,791,000 (KPI 10 target)', () =>
    expect(pounds(y.spendAfterSavings)).toBe(31_791_000));
  it('net HNB deficit £5,432,000 (KPI 9 target)', () =>
    expect(pounds(y.netHighNeedsDeficit)).toBe(5_432_000));
  it('in-year DSG deficit £3,482,000 (KPI 13 target)', () =>
    expect(pounds(y.inYearDsgDeficit)).toBe(3_482_000));
  it('cumulative before safety valve £28,607,000 (KPI 14 target)', () =>
    expect(pounds(y.cumulativeDeficitBeforeDfe)).toBe(28_607_000));
  it('cumulative after max safety valve £11,607,000 (KPI 15 target)', () =>
    expect(pounds(y.cumulativeDeficitAfterDfe)).toBe(11_607_000));
  it('funding gap -22.76% of the HNB allocation (KPI 16 target)', () => expect(y.fundingGapPct).toBe(-22.76));
});

describe('Latest forecast, May 2021 (seed 003, "May Projection" column; KPI actuals for May)', () => {
  const y = byYear(computeModel(readKingstonPlan('latestForecastMay2021')))['2021-22']!;
  it('HNB allocation £25,896,881 (KPI 18)', () => expect(pounds(y.hnbAllocation)).toBe(25_896_881));
  it('block transfers £662,800 (KPI 19)', () => expect(pounds(y.blockTransfers)).toBe(662_800));
  it('total budget 26.560 £m (monitoring table)', () =>
    expect((pounds(y.totalBudget) / 1e6).toFixed(3)).toBe('26.560'));
  it('spend before savings 32.208 £m (monitoring table)', () =>
    expect((pounds(y.spendBeforeSavings) / 1e6).toFixed(3)).toBe('32.208'));
  it('savings £527,426 (KPI 24)', () => expect(pounds(y.totalSavings)).toBe(527_426));
  it('spend after savings £31,680,146 (KPI 10)', () => expect(pounds(y.spendAfterSavings)).toBe(31_680_146));
  it('net HNB deficit 5.120 £m (monitoring table; KPI 9 £5,120,000)', () =>
    expect((pounds(y.netHighNeedsDeficit) / 1e6).toFixed(3)).toBe('5.120'));
  it('in-year DSG deficit £3,485,000 (KPI 13)', () => expect(pounds(y.inYearDsgDeficit)).toBe(3_485_000));
  it('cumulative before safety valve £27,886,000 (KPI 14)', () =>
    expect(pounds(y.cumulativeDeficitBeforeDfe)).toBe(27_886_000));
  it('cumulative after safety valve £10,886,000 (KPI 15)', () =>
    expect(pounds(y.cumulativeDeficitAfterDfe)).toBe(10_886_000));
  it('funding gap -22.33% (KPI 16)', () => expect(y.fundingGapPct).toBe(-22.33));
});

describe('Deficit recovery plan 2019 roll-forward (seed 000, "DSG Deficit Recovery Plan" table)', () => {
  const years = computeModel(readKingstonPlan('recoveryPlan2019'));
  it('DSG balance c/f £11,071,000; £14,190,000; £16,672,000; £17,911,000; £19,252,000; £19,252,000', () => {
    expect(years.map((y) => pounds(y.cumulativeDeficitBeforeDfe))).toEqual([
      11_071_000, 14_190_000, 16_672_000, 17_911_000, 19_252_000, 19_252_000,
    ]);
  });
  it('net in-year forecast outturn variance £380,390; £3,119,000; £2,482,000; £1,239,000; £1,341,000; £0', () => {
    expect(years.map((y) => pounds(y.netHighNeedsDeficit))).toEqual([
      380_390, 3_119_000, 2_482_000, 1_239_000, 1_341_000, 0,
    ]);
  });
  it('total savings (1,246,610) (3,826,220) (2,469,480) (2,842,100) (1,500,000) (2,941,000)', () => {
    expect(years.map((y) => pounds(y.totalSavings))).toEqual([
      1_246_610, 3_826_220, 2_469_480, 2_842_100, 1_500_000, 2_941_000,
    ]);
  });
});

describe('SEND Transformation Plan financial summary (seed 001, "Financial summary" table)', () => {
  const years = computeModel(readKingstonPlan('transformationPlan2019'));
  it('total DSG high needs block', () =>
    expect(years.map((y) => pounds(y.totalBudget))).toEqual([
      25_287_000, 22_537_000, 22_787_000, 23_037_000,
    ]));
  it('forecast spend including new demand', () =>
    expect(years.map((y) => pounds(y.spendBeforeSavings))).toEqual([
      29_568_000, 31_968_000, 34_368_000, 36_618_000,
    ]));
  it('savings required to balance the DSG', () =>
    expect(years.map((y) => pounds(y.spendBeforeSavings - y.totalBudget))).toEqual([
      4_281_000, 9_431_000, 11_581_000, 13_581_000,
    ]));
  it('total financial savings identified (home to school travel excluded)', () =>
    expect(years.map((y) => pounds(y.totalSavings))).toEqual([2_026_610, 4_856_720, 9_666_200, 13_808_300]));
  it('in-year position for the DSG high needs block', () =>
    expect(years.map((y) => pounds(y.netHighNeedsDeficit))).toEqual([
      2_254_390, 4_574_280, 1_914_800, -227_300,
    ]));
  it('cumulative DSG deficit £12,944,390 ... £19,206,170', () =>
    expect(years.map((y) => pounds(y.cumulativeDeficitBeforeDfe))).toEqual([
      12_944_390, 17_518_670, 19_433_470, 19_206_170,
    ]));
});
