// Statistics across simulations. Quantiles are exact order statistics of the simulated values (no
// histogram, unlike witan.send's HdrHistogram), interpolated linearly between the two nearest:
// the "type 7" definition (R's default, numpy's `linear`, Excel's PERCENTILE.INC), q(p) = x[h] with
// h = (n - 1)p counted from 0.

/** The statistics reported for every series and year. */
export interface Summary {
  readonly mean: number;
  /** Sample standard deviation (divides by n - 1). */
  readonly sd: number;
  readonly p5: number;
  readonly p10: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly p90: number;
  readonly p95: number;
}

/** The p-quantile (0 <= p <= 1) of values sorted ascending, by linear interpolation (type 7). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (h - below) * (high - low);
}

/** Mean, standard deviation and quantiles of a sample (the input is not changed). */
export function summarise(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += sorted[i] as number;
  const mean = n > 0 ? sum / n : Number.NaN;
  let squares = 0;
  for (let i = 0; i < n; i += 1) squares += ((sorted[i] as number) - mean) ** 2;
  return {
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    p5: quantileOfSorted(sorted, 0.05),
    p10: quantileOfSorted(sorted, 0.1),
    p25: quantileOfSorted(sorted, 0.25),
    median: quantileOfSorted(sorted, 0.5),
    p75: quantileOfSorted(sorted, 0.75),
    p90: quantileOfSorted(sorted, 0.9),
    p95: quantileOfSorted(sorted, 0.95),
  };
}
