import type { CaseloadSeriesId } from './caseloadHistory';
import type { ForecastPoint } from './backtestCouncil';
import { quantile } from './growth';

// Intervals from the back-test's own errors. A model's textbook interval assumes its own structure is
// right; a caseload that doubles after a reform makes that false. So the intervals are the spread of
// what actually happened against what the method said, pooled over every council: the log ratio
// actual/forecast at the same horizon, from forecasts whose outcome was already published at the origin
// (no peeking at the years being scored).
//
// For the total, each earlier origin's errors are centred on that origin's median error before they are
// pooled: what is kept is how far councils fell from the typical council, not how far the method missed
// England as a whole that year. Uncentred, the misses of the reform years (forecasts from 2013-2016
// under-forecast nearly every council by 5-26%) stayed in every later interval's upper end, which the
// published figure then almost never reached (0-3% of councils above it at origins 2020-2024) while 94%
// of councils fell inside. See "Intervals" in docs/national-forecast.md.

/** Quantiles of log(actual / forecast): an interval is forecast x exp(lo) .. forecast x exp(hi). */
export interface ErrorQuantiles {
  lo95: number;
  lo80: number;
  hi80: number;
  hi95: number;
  /** How many past forecasts they come from. */
  n: number;
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

/** One origin's errors less their median: the spread of councils around that year's common miss. */
function centred(errors: readonly number[]): number[] {
  const middle = quantile(errors, 0.5);
  return errors.map((e) => e - middle);
}

/** The error quantiles of a method and series at horizon h, from outcomes published by `knownBy`. */
export function errorQuantiles(
  points: readonly ForecastPoint[],
  method: string,
  series: CaseloadSeriesId,
  h: number,
  knownBy: number,
): ErrorQuantiles | undefined {
  const byOrigin = new Map<number, number[]>();
  for (const p of points) {
    if (
      p.method !== method ||
      p.series !== series ||
      p.h !== h ||
      p.year > knownBy ||
      p.actual === null ||
      p.actual <= 0
    )
      continue;
    if (series !== 'total' && p.origin <= knownBy - h - BAND_CALIBRATION_ORIGINS) continue;
    const list = byOrigin.get(p.origin);
    const error = Math.log(p.actual / p.forecast);
    if (list) list.push(error);
    else byOrigin.set(p.origin, [error]);
  }
  const errors = [...byOrigin.values()].flatMap((list) => (series === 'total' ? centred(list) : list));
  if (errors.length < MIN_CALIBRATION_POINTS) return undefined;
  return {
    lo95: quantile(errors, 0.025),
    lo80: quantile(errors, 0.1),
    hi80: quantile(errors, 0.9),
    hi95: quantile(errors, 0.975),
    n: errors.length,
  };
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
