import { describe, expect, it } from 'vitest';
import type { CouncilBacktest, ForecastPoint } from './backtestCouncil';
import { errorQuantiles } from './calibration';
import type { CaseloadSeriesId } from './caseloadHistory';
import { backtestScorecard } from './scorecard';

// The intervals' calibration, worked by hand: each earlier origin's errors are centred on that origin's
// median before they are pooled (the total only), and the chosen method is calibrated on the record of
// the method it chose, not on whatever earlier origins chose.

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

  it("centres each origin's errors on its median for the total: only the spread between councils is left", () => {
    const q = errorQuantiles(points, 'm', 'total', 1, 2022);
    // 40 centred errors, each spread value twice; the 10% quantile is at 3.9 of 0..39: between the second
    // and third values, -0.085 + 0.9 x 0.01 = -0.076; the 90% quantile mirrors it.
    expect(q?.n).toBe(40);
    expect(q?.lo80).toBeCloseTo(-0.076, 10);
    expect(q?.hi80).toBeCloseTo(0.076, 10);
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
