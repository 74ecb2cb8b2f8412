import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { betaBinomialVariate } from './betaBinomial';
import { rngFromGenerator } from './rng';

describe('betaBinomialVariate', () => {
  // Small n uses the Pólya urn, larger n a Beta then a binomial: both must give the same moments.
  it.each([
    [1, 0.017335766423357664, 13.982664233576642],
    [13, 0.5, 0.5],
    [16, 2, 30],
    [17, 2, 30],
    [50, 40.04, 41.96],
    [6871, 10.25, 6097.5],
    [400, 0.0555, 4.944],
  ])('BetaBinomial(%s; %s, %s) has the right mean and variance', (n, alpha, beta) => {
    const rng = rngFromGenerator(xoroshiro128plus(n));
    const draws = 100_000;
    const values = new Float64Array(draws);
    for (let i = 0; i < draws; i += 1) values[i] = betaBinomialVariate(rng, n, alpha, beta);
    const total = alpha + beta;
    const mean = (n * alpha) / total;
    const variance = (n * alpha * beta * (total + n)) / (total * total * (total + 1));
    const sampleMean = values.reduce((a, b) => a + b, 0) / draws;
    const sampleVariance = values.reduce((a, b) => a + (b - sampleMean) ** 2, 0) / (draws - 1);
    expect(values.every((k) => Number.isInteger(k) && k >= 0 && k <= n)).toBe(true);
    expect(Math.abs(sampleMean - mean)).toBeLessThan(5 * Math.sqrt(variance / draws));
    expect(Math.abs(sampleVariance / variance - 1)).toBeLessThan(0.1);
  });
  it('draws nothing from an empty cohort', () => {
    expect(betaBinomialVariate(rngFromGenerator(xoroshiro128plus(1)), 0, 1, 1)).toBe(0);
  });
});
