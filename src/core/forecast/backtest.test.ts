import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { backtest, scorePoints, type BacktestPoint } from './backtest';
import { defaultOptions } from './forecastOptions';
import { estimateParameters } from './modelParameters';
import { rngFromGenerator, simulationStreams } from './rng';
import { syntheticCouncil } from './syntheticCouncil';

const summary = (mean: number, p5: number, p10: number, p90: number, p95: number) => ({
  mean,
  sd: 0,
  p5,
  p10,
  p25: mean,
  median: mean,
  p75: mean,
  p90,
  p95,
});
const point = (actual: number, projected: ReturnType<typeof summary>): BacktestPoint => ({
  trainedTo: 2015,
  year: 2017,
  horizon: 1,
  measure: 'setting',
  key: 'A',
  actual,
  projected,
});

describe('scorePoints', () => {
  it('gives MAPE, bias, WAPE and interval coverage', () => {
    const score = scorePoints([
      point(100, summary(110, 90, 102, 108, 112)), // +10%, outside 80%, inside 90%
      point(200, summary(180, 150, 170, 190, 210)), // -10%, outside 80%, inside 90%
      point(50, summary(50, 40, 45, 55, 60)), // 0%, inside both
      point(0, summary(2, 0, 0, 4, 5)), // no percentage, counts in WAPE and coverage
    ]);
    expect(score.points).toBe(4);
    expect(score.mape).toBeCloseTo(0.2 / 3, 12);
    expect(score.bias).toBeCloseTo(0, 12);
    expect(score.wape).toBeCloseTo(32 / 350, 12);
    expect(score.coverage80).toBe(0.5);
    expect(score.coverage90).toBe(1);
  });
});

describe('backtest (synthetic council, transitions 2015-2019)', () => {
  const council = syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)));
  const result = backtest(council, defaultOptions, 100, simulationStreams(xoroshiro128plus(3)));
  it('fits on every expanding window and projects to the last census', () => {
    expect(result.folds).toEqual([
      { trainedTo: 2015, trainingYears: 1 },
      { trainedTo: 2016, trainingYears: 2 },
      { trainedTo: 2017, trainingYears: 3 },
      { trainedTo: 2018, trainingYears: 4 },
    ]);
    const totals = result.points.filter((p) => p.measure === 'total');
    expect(totals.map((p) => `${p.trainedTo}>${p.year}:${p.horizon}`)).toEqual([
      '2015>2017:1',
      '2015>2018:2',
      '2015>2019:3',
      '2015>2020:4',
      '2016>2018:1',
      '2016>2019:2',
      '2016>2020:3',
      '2017>2019:1',
      '2017>2020:2',
      '2018>2020:1',
    ]);
  });
  it('compares with the census recorded: 2020 is the full model seed population', () => {
    const seed = estimateParameters(council, defaultOptions).initialPopulation.reduce((a, b) => a + b, 0);
    for (const p of result.points.filter((q) => q.measure === 'total' && q.year === 2020))
      expect(p.actual).toBe(seed);
    const bySetting2020 = result.points.filter(
      (p) => p.measure === 'setting' && p.year === 2020 && p.trainedTo === 2018,
    );
    expect(bySetting2020.reduce((sum, p) => sum + p.actual, 0)).toBe(seed);
  });
  it('scores each horizon and measure', () => {
    expect(result.byHorizon.filter((s) => s.measure === 'total').map((s) => [s.horizon, s.points])).toEqual([
      [1, 4],
      [2, 3],
      [3, 2],
      [4, 1],
    ]);
    for (const score of Object.values(result.overall)) {
      expect(score.mape).toBeGreaterThanOrEqual(0);
      expect(score.mape).toBeLessThan(0.25);
      expect(score.coverage90).toBeGreaterThanOrEqual(score.coverage80);
    }
  });
});
