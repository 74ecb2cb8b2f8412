import type { Rng } from '../forecast/rng';
import { median, quantile } from './growth';

// Is a win real? The chosen method's median APE is compared with the best naive baseline's on the same
// councils; resampling the councils with replacement (the same draw for both methods, since a council
// hard for one is hard for the other) shows how much the difference could move with another set of
// councils. A difference whose 95% range stays below zero is a win that does not hang on a few councils.

/** The bootstrap of (median APE of a method) - (median APE of a baseline), percentage points. */
export interface BootstrapDifference {
  /** The difference on the councils as they are (negative: the method was closer). */
  difference: number;
  /** 2.5% and 97.5% quantiles of the resampled differences. */
  lo95: number;
  hi95: number;
  /** Share of resamples in which the method's median APE was below the baseline's. */
  shareBetter: number;
  resamples: number;
  councils: number;
}

/** How many resamples the scorecard draws. */
export const BOOTSTRAP_RESAMPLES = 1000;

/**
 * Bootstraps the difference of median APEs over councils: `method[i]` and `baseline[i]` are the two
 * methods' APEs for council i. Draws come from `rng` only, so a seed reproduces the result.
 */
export function bootstrapMedianDifference(
  method: readonly number[],
  baseline: readonly number[],
  rng: Rng,
  resamples = BOOTSTRAP_RESAMPLES,
): BootstrapDifference {
  const n = Math.min(method.length, baseline.length);
  const differences: number[] = [];
  const a = new Array<number>(n);
  const b = new Array<number>(n);
  for (let r = 0; r < resamples; r += 1) {
    for (let j = 0; j < n; j += 1) {
      const i = Math.min(n - 1, Math.floor(rng.uniform() * n));
      a[j] = method[i] ?? NaN;
      b[j] = baseline[i] ?? NaN;
    }
    differences.push(median(a) - median(b));
  }
  const round = (v: number, places = 2) => Math.round(v * 10 ** places) / 10 ** places;
  return {
    difference: round(median(method.slice(0, n)) - median(baseline.slice(0, n))),
    lo95: round(quantile(differences, 0.025)),
    hi95: round(quantile(differences, 0.975)),
    shareBetter: round(differences.filter((d) => d < 0).length / resamples, 3),
    resamples,
    councils: n,
  };
}
