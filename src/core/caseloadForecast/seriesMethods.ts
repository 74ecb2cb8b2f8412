import type { KnownRun } from './caseloadHistory';
import { mean, recentGrowths } from './growth';

// Forecasts of one caseload series from its own history: the four naive baselines the back-test must
// always show, and the damped trend on log counts. Each takes the known run ending at the origin and
// returns the forecast for origin+1 .. origin+horizon, or undefined when the run is too short.

/** A forecast of one series for horizons 1..h from its history. */
export type SeriesForecaster = (run: KnownRun, horizon: number) => number[] | undefined;

const steps = (horizon: number) => Array.from({ length: horizon }, (_, i) => i + 1);
const last = (run: KnownRun) => run.values[run.values.length - 1] ?? NaN;

/** Naive: next year is this year. */
export const lastValue: SeriesForecaster = (run, horizon) =>
  run.values.length < 1 ? undefined : steps(horizon).map(() => last(run));

/** Naive: last year's growth, compounded. */
export const lastGrowth: SeriesForecaster = (run, horizon) => {
  if (run.values.length < 2) return undefined;
  const rate = last(run) / (run.values[run.values.length - 2] ?? NaN);
  return steps(horizon).map((h) => last(run) * rate ** h);
};

/** Naive: the average of the last three years' growth rates, compounded. */
export const averageGrowth3: SeriesForecaster = (run, horizon) => {
  if (run.values.length < 4) return undefined;
  const v = run.values.slice(-4);
  const rates = [1, 2, 3].map((i) => (v[i] ?? NaN) / (v[i - 1] ?? NaN) - 1);
  const rate = 1 + mean(rates);
  return steps(horizon).map((h) => last(run) * rate ** h);
};

/** How many years the linear trend baseline fits. */
export const LINEAR_TREND_YEARS = 5;

/** Naive: a straight line fitted by least squares to the last five years (or fewer when that is all). */
export const linearTrend: SeriesForecaster = (run, horizon) => {
  if (run.values.length < 2) return undefined;
  const ys = run.values.slice(-LINEAR_TREND_YEARS);
  const xs = ys.map((_, i) => i);
  const mx = mean(xs);
  const my = mean(ys);
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? NaN) - my), 0);
  const slope = sxy / sxx;
  const end = xs.length - 1;
  return steps(horizon).map((h) => Math.max(0, my + slope * (end + h - mx)));
};

/** Parameters of the damped trend on log counts. */
export interface DampedTrendParameters {
  /** Damping: each year's trend is phi times the year before's (1: no damping, 0: no trend). */
  phi: number;
  /** How many recent years of growth make the trend. */
  years: number;
}

/** The sum phi + phi^2 + ... + phi^h: how many years of trend a damped forecast h years out carries. */
export function dampedSteps(phi: number, h: number): number {
  let total = 0;
  for (let j = 1; j <= h; j += 1) total += phi ** j;
  return total;
}

/** The trend of a run on the log scale: its mean recent log growth, the series break left out. */
export function logTrend(run: KnownRun, years: number): number {
  return mean(recentGrowths(run.years, run.values, years));
}

/**
 * Damped trend on log counts: the caseload grows at its recent average rate (log scale, so growth
 * compounds and never goes below zero), with the growth fading by phi a year.
 */
export function dampedLogTrend(p: DampedTrendParameters): SeriesForecaster {
  return (run, horizon) => {
    if (run.values.length < p.years + 1) return undefined;
    const trend = logTrend(run, p.years);
    return steps(horizon).map((h) => last(run) * Math.exp(trend * dampedSteps(p.phi, h)));
  };
}
