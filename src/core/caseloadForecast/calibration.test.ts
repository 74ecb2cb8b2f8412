import { describe, expect, it } from 'vitest';
import type { CouncilBacktest, ForecastPoint } from './backtestCouncil';
import { errorQuantiles } from './calibration';
import type { CaseloadSeriesId } from './caseloadHistory';
import { backtestScorecard } from './scorecard';

// The intervals' calibration, worked by hand: for the total, each earlier origin's errors are centred on
// that origin's median before they are pooled when that held nearer 80% of councils at the last four
// origins, and the chosen method is calibrated on the record of the method it chose, not on whatever
// earlier origins chose.

/** A council's spread around the year's common error: -0.095, -0.085, ... 0.095 (median 0). */
const spread = Array.from({ length: 20 }, (_, i) => (i - 9.5) / 100);

/** Forecasts of 1,000 from `origin` whose log error is `shift` + the council's spread. */
function year(
  method: string,
  series: CaseloadSeriesId,
  origin: number,
  shift: number,
  chosenFrom?: string,
): ForecastPoint[] {
  return spread.map((d) => ({
    method,
    series,
    origin,
    h: 1,
    year: origin + 1,
    forecast: 1000,
    actual: 1000 * Math.exp(shift + d),
    ...(chosenFrom ? { chosenFrom } : {}),
  }));
}

describe('interval calibration', () => {
  // 2020: the method missed every council by +10% (log 0.1); 2021: by -20%. Known by 2022.
  const points = [...year('m', 'total', 2020, 0.1), ...year('m', 'total', 2021, -0.2)];
  const origins = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021];

  it("centres each origin's errors on its median when that held nearer 80% at the last four origins", () => {
    // A method that missed every council by log 0.3 in 2014-2016 (a reform) and by nothing since. Pooled,
    // the reform years' misses kept its intervals' upper ends far above every outcome, and at 2018-2021
    // they held 60%, 75%, 80% and 85% of councils (7.5 points from 80 on average); centred, 16 of 20
    // (-0.075 to 0.075 of the spread) every year: 80%.
    const reform = origins.flatMap((o) => year('reform', 'total', o, o < 2017 ? 0.3 : 0));
    const q = errorQuantiles(reform, 'reform', 'total', 1, 2022);
    // 160 centred errors, each spread value eight times; the 10% quantile is at 15.9 of 0..159: between
    // the second and third values, -0.085 + 0.9 x 0.01 = -0.076; the 90% quantile mirrors it.
    expect(q).toMatchObject({ n: 160, centred: true });
    expect(q?.lo80).toBeCloseTo(-0.076, 10);
    expect(q?.hi80).toBeCloseTo(0.076, 10);
  });

  it('keeps the errors as they were for a method that misses the same way every year', () => {
    // Always log 0.1 too low: pooled, its interval (-0.176 to -0.024) held 16 of 20 councils a year;
    // centred, it would sit on the forecast and hold 8 of 20. Its bias belongs in its interval.
    const low = origins.flatMap((o) => year('low', 'total', o, -0.1));
    const q = errorQuantiles(low, 'low', 'total', 1, 2022);
    expect(q).toMatchObject({ n: 160, centred: false });
    expect(q?.lo80).toBeCloseTo(-0.176, 10);
    expect(q?.hi80).toBeCloseTo(-0.024, 10);
  });

  it('keeps the errors as they were while no earlier origin had an interval to judge by', () => {
    // Origins 2020 and 2021 only: at 2021, 20 errors were known, fewer than MIN_CALIBRATION_POINTS.
    const q = errorQuantiles(points, 'm', 'total', 1, 2022);
    expect(q).toMatchObject({ n: 40, centred: false });
    expect(q?.lo80).toBeCloseTo(-0.256, 10);
  });

  it('leaves the age bands uncentred (their own five-origin rule)', () => {
    const band = points.map((p) => ({ ...p, series: '5to10' as const }));
    const q = errorQuantiles(band, 'm', '5to10', 1, 2022);
    // Sorted: the 20 errors of 2021 (-0.2 + spread), then those of 2020. 3.9 of 0..39: -0.2 - 0.065 + 0.009.
    expect(q?.lo80).toBeCloseTo(-0.256, 10);
    expect(q?.hi80).toBeCloseTo(0.156, 10);
  });

  it('calibrates the chosen method on the record of the method it chose at that origin and horizon', () => {
    // Origins 2019-2020 chose a naive rule that missed by 30% either way; 2021 chose the ensemble, whose
    // record is the narrow spread alone. The chosen row at 2021 must have the ensemble's interval.
    const council = (i: number): CouncilBacktest => ({
      council: String(100 + i),
      name: `Council ${String(i)}`,
      skipped: [],
      points: [],
    });
    const results = spread.map((_, i) => council(i));
    const add = (list: ForecastPoint[]) =>
      list.forEach((p, i) => results[i % results.length]?.points.push(p));
    for (const origin of [2019, 2020]) {
      add(year('ensemble', 'total', origin, 0));
      const naive = year('lastGrowth', 'total', origin, 0).map((p, i) => ({
        ...p,
        actual: 1000 * Math.exp(i % 2 === 0 ? 0.3 : -0.3),
      }));
      add(naive);
      add(naive.map((p) => ({ ...p, method: 'chosen', chosenFrom: 'lastGrowth' })));
    }
    add(year('ensemble', 'total', 2021, 0));
    add(year('lastGrowth', 'total', 2021, 0));
    add(year('chosen', 'total', 2021, 0, 'ensemble'));
    const card = backtestScorecard(results, 2021, 1);
    const width = (name: string) => card.methods.find((m) => m.name === name)?.horizons[0]?.width80;
    expect(width('ensemble')).toBeGreaterThan(0);
    expect(width('chosen')).toBe(width('ensemble'));
    expect(width('lastGrowth')).toBeGreaterThan(50);
  });
});
