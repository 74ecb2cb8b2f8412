import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { binomialVariate } from './binomial';
import { rngFromGenerator } from './rng';

function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 1; k <= n; k += 1) table[k] = (table[k - 1] as number) + Math.log(k);
  return table;
}

/** Pearson's chi-square of observed counts against the exact Binomial(n, p) pmf, pooling tails below 5 expected. */
function chiSquare(
  counts: Map<number, number>,
  draws: number,
  n: number,
  p: number,
): { statistic: number; bins: number } {
  const logFactorial = logFactorials(n);
  const pmf = (k: number): number =>
    Math.exp(
      (logFactorial[n] as number) -
        (logFactorial[k] as number) -
        (logFactorial[n - k] as number) +
        k * Math.log(p) +
        (n - k) * Math.log1p(-p),
    );
  let statistic = 0;
  let bins = 0;
  let pooledExpected = 0;
  let pooledObserved = 0;
  for (let k = 0; k <= n; k += 1) {
    pooledExpected += pmf(k) * draws;
    pooledObserved += counts.get(k) ?? 0;
    if (pooledExpected >= 5) {
      statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
      bins += 1;
      pooledExpected = 0;
      pooledObserved = 0;
    }
  }
  statistic +=
    pooledExpected > 0 ? (pooledObserved - pooledExpected) ** 2 / Math.max(pooledExpected, 1e-300) : 0;
  return { statistic, bins };
}

describe('binomialVariate', () => {
  // Cases cover inversion (n·p < 14), BTRD near the mode (step 3.1, where kixi.stats 0.4.3 was wrong),
  // BTRD far from the mode (steps 3.2-3.4), and p > 0.5 by reflection. MODEL-NOTES §1.6 quotes the
  // buggy sampler's means: Binomial(8000, 0.005) gave 40.87 and Binomial(100, 0.2) gave 21.40.
  it.each([
    [30, 0.3],
    [7000, 0.0018],
    [100, 0.2],
    [8000, 0.005],
    [1000, 0.5],
    [8000, 0.3],
    [50, 0.9],
  ])('matches the exact Binomial(%s, %s) distribution (chi-square)', (n, p) => {
    const rng = rngFromGenerator(xoroshiro128plus(n + Math.round(p * 1000)));
    const draws = 100_000;
    const counts = new Map<number, number>();
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < draws; i += 1) {
      const k = binomialVariate(rng, n, p);
      if (!(Number.isInteger(k) && k >= 0 && k <= n)) outside += 1;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      sum += k;
    }
    expect(outside).toBe(0);
    const { statistic, bins } = chiSquare(counts, draws, n, p);
    // Wilson–Hilferty: the chi-square critical value at about p = 1e-4 for `bins - 1` degrees of freedom.
    const df = bins - 1;
    const critical = df * (1 - 2 / (9 * df) + 3.72 * Math.sqrt(2 / (9 * df))) ** 3;
    expect(statistic).toBeLessThan(critical);
    expect(Math.abs(sum / draws - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / draws));
  });
  it('has the right mean for a very large n', () => {
    const rng = rngFromGenerator(xoroshiro128plus(9));
    const draws = 20_000;
    let sum = 0;
    for (let i = 0; i < draws; i += 1) sum += binomialVariate(rng, 1_000_000, 0.4);
    expect(Math.abs(sum / draws - 400_000)).toBeLessThan(5 * Math.sqrt(240_000 / draws));
  });
  it('handles the edges without drawing', () => {
    const rng = rngFromGenerator(xoroshiro128plus(1));
    expect(binomialVariate(rng, 0, 0.5)).toBe(0);
    expect(binomialVariate(rng, -3, 0.5)).toBe(0);
    expect(binomialVariate(rng, 10, 0)).toBe(0);
    expect(binomialVariate(rng, 10, 1)).toBe(10);
  });
});
