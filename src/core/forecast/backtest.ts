import { runForecast } from './forecast';
import type { ForecastOptions } from './forecastOptions';
import type { Rng } from './rng';
import type { Summary } from './summary';
import { NONSEND, type WitanInputs } from './witanInputs';

// Back-testing by expanding window (MODEL-NOTES §1.10, witan.send's validate_model): for every historic
// transition year y but the last, fit on the transitions up to y, project from the January y + 1 census
// to the last known census, and compare each projected year with the census actually recorded (side 2
// of the year before's transitions): in total, by setting and by need. The scenario, if any, is left
// out: a back-test measures the baseline model.

/** What is compared. */
export type BacktestMeasure = 'total' | 'setting' | 'need';

/** One projected value against the census. */
export interface BacktestPoint {
  /** The last transition year fitted on. */
  readonly trainedTo: number;
  readonly year: number;
  /** Years from the seed census (trainedTo + 1) to `year`. */
  readonly horizon: number;
  readonly measure: BacktestMeasure;
  readonly key: string;
  readonly actual: number;
  readonly projected: Summary;
}

/** Errors and interval coverage of a set of points. */
export interface BacktestScore {
  readonly points: number;
  /** Mean absolute percentage error over points whose actual is not 0. */
  readonly mape: number;
  /** Mean signed percentage error (negative: under-projection). */
  readonly bias: number;
  /** Σ|projected − actual| / Σ actual: the error weighted by size. */
  readonly wape: number;
  /** Share of actuals inside the p10-p90 (80%) and p5-p95 (90%) intervals. */
  readonly coverage80: number;
  readonly coverage90: number;
}

/** Scores by horizon and measure, and over every horizon. */
export interface BacktestResult {
  readonly folds: ReadonlyArray<{ readonly trainedTo: number; readonly trainingYears: number }>;
  readonly points: readonly BacktestPoint[];
  readonly byHorizon: ReadonlyArray<
    { readonly measure: BacktestMeasure; readonly horizon: number } & BacktestScore
  >;
  readonly overall: Readonly<Record<BacktestMeasure, BacktestScore>>;
}

/** The census of each year after the first transition year, by setting and need (side 2 of the year before). */
function censusByYear(
  inputs: WitanInputs,
): Map<number, { total: number; setting: Map<string, number>; need: Map<string, number> }> {
  const out = new Map<number, { total: number; setting: Map<string, number>; need: Map<string, number> }>();
  for (const t of inputs.transitions) {
    if (t.setting2 === NONSEND) continue;
    const year = t.calendarYear + 1;
    let census = out.get(year);
    if (!census) out.set(year, (census = { total: 0, setting: new Map(), need: new Map() }));
    census.total += 1;
    census.setting.set(t.setting2, (census.setting.get(t.setting2) ?? 0) + 1);
    census.need.set(t.need2, (census.need.get(t.need2) ?? 0) + 1);
  }
  return out;
}

/** Scores points (an empty set scores NaN). */
export function scorePoints(points: readonly BacktestPoint[]): BacktestScore {
  let apeSum = 0;
  let signedSum = 0;
  let apeCount = 0;
  let absError = 0;
  let actualSum = 0;
  let in80 = 0;
  let in90 = 0;
  for (const point of points) {
    const error = point.projected.mean - point.actual;
    absError += Math.abs(error);
    actualSum += point.actual;
    if (point.actual > 0) {
      apeSum += Math.abs(error) / point.actual;
      signedSum += error / point.actual;
      apeCount += 1;
    }
    if (point.projected.p10 <= point.actual && point.actual <= point.projected.p90) in80 += 1;
    if (point.projected.p5 <= point.actual && point.actual <= point.projected.p95) in90 += 1;
  }
  return {
    points: points.length,
    mape: apeSum / apeCount,
    bias: signedSum / apeCount,
    wape: absError / actualSum,
    coverage80: in80 / points.length,
    coverage90: in90 / points.length,
  };
}

/**
 * Runs the back-test: one forecast per fold with `simulations` simulations from `streamOf` (the same
 * streams for every fold). Needs at least two transition years.
 */
export function backtest(
  inputs: WitanInputs,
  options: ForecastOptions,
  simulations: number,
  streamOf: (simulation: number) => Rng,
): BacktestResult {
  const years = [...new Set(inputs.transitions.map((t) => t.calendarYear))].sort((a, b) => a - b);
  if (years.length < 2)
    throw new RangeError(`a back-test needs two transition years or more; there is ${years.length}`);
  const lastCensus = (years[years.length - 1] as number) + 1;
  const census = censusByYear(inputs);
  const { scenario: _baselineOnly, ...baseline } = options;
  const folds: Array<{ trainedTo: number; trainingYears: number }> = [];
  const points: BacktestPoint[] = [];
  years.slice(0, -1).forEach((trainedTo, i) => {
    folds.push({ trainedTo, trainingYears: i + 1 });
    const fold: WitanInputs = {
      ...inputs,
      transitions: inputs.transitions.filter((t) => t.calendarYear <= trainedTo),
      population: inputs.population.filter((p) => p.calendarYear <= lastCensus),
    };
    const forecast = runForecast(fold, baseline, simulations, streamOf);
    for (const summary of forecast.years.slice(1)) {
      const actual = census.get(summary.year);
      if (!actual) continue;
      const horizon = summary.year - (trainedTo + 1);
      const point = (
        measure: BacktestMeasure,
        key: string,
        value: number,
        projected: Summary | undefined,
      ) => {
        if (projected)
          points.push({ trainedTo, year: summary.year, horizon, measure, key, actual: value, projected });
      };
      point('total', 'total', actual.total, summary.groups.total.total);
      for (const [setting, projected] of Object.entries(summary.groups.bySetting))
        if ((actual.setting.get(setting) ?? 0) > 0 || projected.mean >= 0.5)
          point('setting', setting, actual.setting.get(setting) ?? 0, projected);
      for (const [need, projected] of Object.entries(summary.groups.byNeed))
        if ((actual.need.get(need) ?? 0) > 0 || projected.mean >= 0.5)
          point('need', need, actual.need.get(need) ?? 0, projected);
    }
  });
  const measures: BacktestMeasure[] = ['total', 'setting', 'need'];
  const horizons = [...new Set(points.map((p) => p.horizon))].sort((a, b) => a - b);
  const byHorizon = measures.flatMap((measure) =>
    horizons.map((horizon) => ({
      measure,
      horizon,
      ...scorePoints(points.filter((p) => p.measure === measure && p.horizon === horizon)),
    })),
  );
  const overall = Object.fromEntries(
    measures.map((measure) => [measure, scorePoints(points.filter((p) => p.measure === measure))]),
  ) as Record<BacktestMeasure, BacktestScore>;
  return { folds, points, byHorizon, overall };
}
