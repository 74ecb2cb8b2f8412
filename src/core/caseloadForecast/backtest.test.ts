import { describe, expect, it } from 'vitest';
import { backtestCouncil } from './backtestCouncil';
import { errorQuantiles, MIN_CALIBRATION_POINTS } from './calibration';
import type { CaseloadYear, CouncilCaseload } from './caseloadHistory';
import { recentGrowths } from './growth';
import { backtestScorecard } from './scorecard';

// Synthetic councils whose forecasts can be worked out by hand.

// Bands in proportion to their widths in years (5/6/5/4/6 of 26), so ageing moves as many plans into a
// band as out of it and the progression ratio is the growth itself.
const ages = (total: number): CaseloadYear['ages'] => ({
  under5: (total * 5) / 26,
  '5to10': (total * 6) / 26,
  '11to15': (total * 5) / 26,
  '16to19': (total * 4) / 26,
  '20to25': (total * 6) / 26,
});
function council(code: string, values: (number | null)[], from = 2010): CouncilCaseload {
  return {
    council: code,
    name: `Council ${code}`,
    years: values.map((total, i) => ({
      year: from + i,
      total,
      ages: total === null ? ages(NaN) : ages(total),
    })),
  };
}
const point = (r: ReturnType<typeof backtestCouncil>, method: string, origin: number, h: number) =>
  r.points.find((p) => p.method === method && p.origin === origin && p.h === h && p.series === 'total');

describe('back-test of one council (10% growth a year: 100, 110, 121, 133.1, then 146.41)', () => {
  const r = backtestCouncil({
    caseload: council('A', [100, 110, 121, 133.1, 146.41]),
    origins: [2013],
    horizon: 2,
  });

  it('naive last value: 133.1 for 2014, 9.09% under the published 146.41', () => {
    const p = point(r, 'lastValue', 2013, 1);
    expect(p).toMatchObject({ year: 2014, forecast: 133.1, actual: 146.41 });
    expect(((146.41 - 133.1) / 146.41) * 100).toBeCloseTo(9.0909, 3);
  });

  it("naive growth baselines: last year's 10% and the 3-year average 10% give 146.41 and 161.051", () => {
    expect(point(r, 'lastGrowth', 2013, 1)?.forecast).toBeCloseTo(146.41, 6);
    expect(point(r, 'averageGrowth3', 2013, 1)?.forecast).toBeCloseTo(146.41, 6);
    expect(point(r, 'averageGrowth3', 2013, 2)?.forecast).toBeCloseTo(161.051, 6);
  });

  it('naive linear trend: least squares slope 11.03 through four years gives 143.6 for 2014', () => {
    expect(point(r, 'linearTrend', 2013, 1)?.forecast).toBeCloseTo(143.6, 6);
  });

  it('damped trend: 10% growth damped by 0.9, then 0.9 + 0.81', () => {
    expect(point(r, 'dampedLogTrend', 2013, 1)?.forecast).toBeCloseTo(133.1 * 1.1 ** 0.9, 6);
    expect(point(r, 'dampedLogTrend', 2013, 2)?.forecast).toBeCloseTo(133.1 * 1.1 ** 1.71, 6);
  });

  it('the age-group model carries a steady 10% growth of every band as 10% damped by 0.9', () => {
    expect(point(r, 'ageProgression', 2013, 1)?.forecast).toBeCloseTo(133.1 * 1.1 ** 0.9, 6);
    expect(
      r.points.find((p) => p.method === 'lastValue' && p.series === '11to15' && p.h === 1)?.forecast,
    ).toBeCloseTo((133.1 * 5) / 26, 6);
  });

  it('a year not published yet has no actual', () => {
    expect(point(r, 'lastValue', 2013, 2)).toMatchObject({ year: 2015, actual: null });
  });
});

describe('the age-group progression model', () => {
  it('keeps a caseload whose bands match their widths (50/60/50/40/60) exactly steady', () => {
    const steady: CouncilCaseload = {
      council: 'S',
      name: 'Steady',
      years: [2010, 2011, 2012, 2013].map((year) => ({
        year,
        total: 260,
        ages: { under5: 50, '5to10': 60, '11to15': 50, '16to19': 40, '20to25': 60 },
      })),
    };
    const r = backtestCouncil({ caseload: steady, origins: [2013], horizon: 3, methods: ['ageProgression'] });
    expect(r.points.filter((p) => p.series === 'total').map((p) => p.forecast)).toEqual(
      [260, 260, 260].map((v) => expect.closeTo(v, 6) as unknown as number),
    );
    expect(r.points.find((p) => p.series === '16to19' && p.h === 3)?.forecast).toBeCloseTo(40, 6);
  });
});

describe('codes, gaps and the series break', () => {
  it('a code (x) at the origin skips the council with the reason; one inside the window shortens the run', () => {
    const r = backtestCouncil({
      caseload: council('B', [100, 110, null, 130, 140, 150, 160]),
      origins: [2012, 2014, 2016],
      horizon: 1,
    });
    expect(r.skipped).toEqual([
      { origin: 2012, reason: 'January 2012 is published as a code, not a number' },
      { origin: 2014, reason: 'only 2 consecutive year(s) of figures up to January 2014 (4 needed)' },
    ]);
    // From 2016 the run is 2013-2016 only (130, 140, 150, 160): the trend never spans the code.
    expect(point(r, 'linearTrend', 2016, 1)?.forecast).toBeCloseTo(170, 9);
    expect(point(r, 'lastValue', 2016, 1)).toMatchObject({ forecast: 160, actual: null });
  });

  it('the trend leaves out the change from January 2022 to January 2023 (the SEN2 break)', () => {
    const growths = recentGrowths([2020, 2021, 2022, 2023, 2024], [100, 110, 121, 200, 220], 3);
    expect(growths.map((g) => Math.exp(g))).toEqual(
      [1.1, 1.1, 1.1].map((v) => expect.closeTo(v, 9) as unknown as number),
    );
  });
});

describe('scorecard and calibrated intervals', () => {
  // 40 councils growing 10% a year with one wobble each, so errors are known and many.
  const councils = Array.from({ length: 40 }, (_, i) =>
    council(String(100 + i), [100, 110, 121, 133.1, 146.41 * (1 + (i - 20) / 400), 161.051, 177.1561]),
  );
  const results = councils.map((c) =>
    backtestCouncil({ caseload: c, origins: [2013, 2014, 2015], horizon: 1 }),
  );

  it('scores every method on the same councils, with the naive last-value error worked by hand', () => {
    const card = backtestScorecard(results, 2013, 1);
    expect(card.councils).toBe(40);
    const last = card.methods.find((m) => m.name === 'lastValue')?.horizons[0];
    // Council 120 has 146.41 exactly; the median of |133.1/actual - 1| over the 40 councils is between
    // councils 119 and 120 (actuals 146.04 and 146.41).
    const apes = councils
      .map((c) => Math.abs((133.1 - (c.years[4]?.total ?? NaN)) / (c.years[4]?.total ?? NaN)) * 100)
      .sort((a, b) => a - b);
    expect(last?.medianApe).toBe(Math.round(((apes[19] ?? 0) + (apes[20] ?? 0)) * 50) / 100);
    expect(last?.bias).toBeLessThan(0);
    expect(card.methods.map((m) => m.name)).toEqual([
      'lastValue',
      'lastGrowth',
      'averageGrowth3',
      'linearTrend',
      'dampedLogTrend',
      'ageProgression',
      'combination',
    ]);
  });

  it('has no interval until enough outcomes were published before the origin', () => {
    expect(backtestScorecard(results, 2013, 1).methods[0]?.horizons[0]?.coverage80).toBeNull();
    const later = backtestScorecard(results, 2015, 1).methods.find((m) => m.name === 'lastGrowth')
      ?.horizons[0];
    expect(later?.coverage80).not.toBeNull();
  });

  it('error quantiles come only from outcomes published by the origin', () => {
    const points = results.flatMap((r) => r.points);
    expect(errorQuantiles(points, 'lastGrowth', 'total', 1, 2014)?.n).toBe(40);
    expect(errorQuantiles(points, 'lastGrowth', 'total', 1, 2013)).toBeUndefined();
    expect(MIN_CALIBRATION_POINTS).toBeGreaterThan(1);
  });

  it('calibrates an age band on the latest five origins only, the total on all', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      council(
        String(200 + i),
        Array.from({ length: 16 }, (_, y) => 100 * 1.1 ** y * (1 + ((i * 7 + y * 3) % 11) / 200)),
      ),
    );
    const points = many.flatMap(
      (c) =>
        backtestCouncil({
          caseload: c,
          origins: Array.from({ length: 12 }, (_, k) => 2013 + k),
          horizon: 1,
          methods: ['lastValue'],
        }).points,
    );
    // Known by 2025 at h=1: origins 2013-2024 for the total (12 x 40), 2020-2024 for a band (5 x 40).
    expect(errorQuantiles(points, 'lastValue', 'total', 1, 2025)?.n).toBe(480);
    expect(errorQuantiles(points, 'lastValue', '20to25', 1, 2025)?.n).toBe(200);
  });
});
