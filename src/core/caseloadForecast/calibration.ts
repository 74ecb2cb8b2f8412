import type { CaseloadSeriesId } from './caseloadHistory';
import type { ForecastPoint } from './backtestCouncil';
import { quantile } from './growth';

// Intervals from the back-test's own errors. A model's textbook interval assumes its own structure is
// right; a caseload that doubles after a reform makes that false. So the intervals are the spread of
// what actually happened against what the method said, pooled over every council: the log ratio
// actual/forecast at the same horizon, from forecasts whose outcome was already published at the origin
// (no peeking at the years being scored).
//
// For the total, the errors can also be pooled centred: each earlier origin's errors less that origin's
// median, so what is kept is how far councils fell from the typical council, not how far the method
// missed England as a whole that year. Uncentred, the reform years' misses (forecasts from 2013-2016
// under-forecast nearly every council by 5-26%) stayed in every later interval's upper end, which the
// published figure then almost never reached. Centred, a method that misses every year the same way (the
// last value, always too low while plans grow) would lose its bias from its interval. Which of the two a
// method and horizon uses is chosen like every other setting, on earlier origins only: the one whose 80%
// interval held nearer 80% of councils at the last four origins whose outcome was published.

/** Quantiles of log(actual / forecast): an interval is forecast x exp(lo) .. forecast x exp(hi). */
export interface ErrorQuantiles {
  lo95: number;
  lo80: number;
  hi80: number;
  hi95: number;
  /** How many past forecasts they come from. */
  n: number;
  /** Whether each origin's errors were centred on its median before pooling (the total only). */
  centred: boolean;
}

/** Fewer past forecasts than this and the method gets no interval at that horizon. */
export const MIN_CALIBRATION_POINTS = 30;

/**
 * Age bands are calibrated on the latest five origins only. The 20-25 band was built from nothing after
 * 2014 (EHC plans were extended to 25), and errors from those years describe a band that no longer
 * exists: at origin 2024 they gave 20-25 an 80% interval 402% wide covering 77% of councils; the last five
 * origins give 73% wide covering 79%. For the total, the whole history calibrates better (with five
 * origins the 80% interval from 2023 covered 69% of councils, against 82%). See docs/national-forecast.md.
 */
export const BAND_CALIBRATION_ORIGINS = 5;

/** How many earlier origins' coverage decides between the pooled and the centred errors. */
export const CENTRING_RECORD_ORIGINS = 4;

/** A method's log errors log(actual / forecast) at one series and horizon, by origin. */
function errorsByOrigin(
  points: readonly ForecastPoint[],
  method: string,
  series: CaseloadSeriesId,
  h: number,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const p of points) {
    if (p.method !== method || p.series !== series || p.h !== h || p.actual === null || p.actual <= 0)
      continue;
    const error = Math.log(p.actual / p.forecast);
    const list = out.get(p.origin);
    if (list) list.push(error);
    else out.set(p.origin, [error]);
  }
  return out;
}

/** One origin's errors less their median: the spread of councils around that year's common miss. */
function centred(errors: readonly number[]): number[] {
  const middle = quantile(errors, 0.5);
  return errors.map((e) => e - middle);
}

/** The quantiles of the errors whose outcome was published by `knownBy` (h years after their origin). */
function quantilesAt(
  byOrigin: ReadonlyMap<number, readonly number[]>,
  series: CaseloadSeriesId,
  h: number,
  knownBy: number,
  centre: boolean,
): ErrorQuantiles | undefined {
  const errors: number[] = [];
  for (const [origin, list] of byOrigin) {
    if (origin + h > knownBy) continue;
    if (series !== 'total' && origin <= knownBy - h - BAND_CALIBRATION_ORIGINS) continue;
    errors.push(...(centre ? centred(list) : list));
  }
  if (errors.length < MIN_CALIBRATION_POINTS) return undefined;
  return {
    lo95: quantile(errors, 0.025),
    lo80: quantile(errors, 0.1),
    hi80: quantile(errors, 0.9),
    hi95: quantile(errors, 0.975),
    n: errors.length,
    centred: centre,
  };
}

/** How far from 80% the 80% interval made at `origin` held that origin's outcomes (undefined: no interval). */
function missAt(
  byOrigin: ReadonlyMap<number, readonly number[]>,
  h: number,
  origin: number,
  centre: boolean,
): number | undefined {
  const q = quantilesAt(byOrigin, 'total', h, origin, centre);
  const outcomes = byOrigin.get(origin);
  if (!q || !outcomes || outcomes.length === 0) return undefined;
  const inside = outcomes.filter((e) => e >= q.lo80 && e <= q.hi80).length;
  return Math.abs(inside / outcomes.length - 0.8);
}

/**
 * Whether a method's total at horizon h is calibrated on centred errors at `knownBy`: when, over the
 * last four origins o whose h-year outcome was published (o + h <= knownBy), the centred 80% intervals
 * were nearer 80% on average. While no such origin had an interval, the record at the longest shorter
 * horizon stands in (as for every setting); with none at all, the errors stay as they were.
 */
function centresAt(points: readonly ForecastPoint[], method: string, h: number, knownBy: number): boolean {
  for (let at = h; at >= 1; at -= 1) {
    const byOrigin = errorsByOrigin(points, method, 'total', at);
    let pooledMiss = 0;
    let centredMiss = 0;
    let origins = 0;
    for (let o = knownBy - at; o > knownBy - at - CENTRING_RECORD_ORIGINS; o -= 1) {
      const pooled = missAt(byOrigin, at, o, false);
      const centre = missAt(byOrigin, at, o, true);
      if (pooled === undefined || centre === undefined) continue;
      pooledMiss += pooled;
      centredMiss += centre;
      origins += 1;
    }
    if (origins > 0) return centredMiss < pooledMiss;
  }
  return false;
}

/** The error quantiles of a method and series at horizon h, from outcomes published by `knownBy`. */
export function errorQuantiles(
  points: readonly ForecastPoint[],
  method: string,
  series: CaseloadSeriesId,
  h: number,
  knownBy: number,
): ErrorQuantiles | undefined {
  const centre = series === 'total' && centresAt(points, method, h, knownBy);
  return quantilesAt(errorsByOrigin(points, method, series, h), series, h, knownBy, centre);
}

/** A forecast's 80% and 95% intervals from error quantiles. */
export function intervalOf(forecast: number, q: ErrorQuantiles) {
  return {
    lo80: forecast * Math.exp(q.lo80),
    hi80: forecast * Math.exp(q.hi80),
    lo95: forecast * Math.exp(q.lo95),
    hi95: forecast * Math.exp(q.hi95),
  };
}
