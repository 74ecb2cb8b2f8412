import { describe, expect, it } from 'vitest';
import { betaVariate } from './beta';
import { gammaVariate, logGammaVariate, standardNormal } from './gamma';
import { xoroshiro128plus } from 'pure-rand';
import { rngFromGenerator, type Rng } from './rng';

const testRng = (seed: number): Rng => rngFromGenerator(xoroshiro128plus(seed));

function moments(values: Float64Array): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    mean,
    variance: values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1),
  };
}

/** The mean within 5 standard errors, and the variance within a relative tolerance. */
function expectMoments(
  values: Float64Array,
  mean: number,
  variance: number,
  varianceTolerance: number,
): void {
  const sample = moments(values);
  expect(Math.abs(sample.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / values.length));
  expect(Math.abs(sample.variance / variance - 1)).toBeLessThan(varianceTolerance);
}

const DRAWS = 100_000;

function draws(draw: () => number, count = DRAWS): Float64Array {
  const values = new Float64Array(count);
  for (let i = 0; i < count; i += 1) values[i] = draw();
  return values;
}

// ψ(x) by the recurrence ψ(x) = ψ(x + 1) - 1/x up to x >= 6, then the asymptotic series.
function digamma(x: number): number {
  let result = 0;
  let y = x;
  while (y < 6) {
    result -= 1 / y;
    y += 1;
  }
  const f = 1 / (y * y);
  return (
    result + Math.log(y) - 0.5 / y - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))))
  );
}

describe('standardNormal', () => {
  it('has mean 0 and variance 1', () => {
    const rng = testRng(1);
    expectMoments(
      draws(() => standardNormal(rng)),
      0,
      1,
      0.03,
    );
  });
});

describe('gammaVariate', () => {
  it.each([1, 1.5, 3.7, 50, 6547.25])('has mean and variance equal to the shape %s', (shape) => {
    const rng = testRng(2);
    expectMoments(
      draws(() => gammaVariate(rng, shape)),
      shape,
      shape,
      0.05,
    );
  });
  it.each([0.5, 0.25])('boosts shapes below 1 (shape %s) without bias', (shape) => {
    const rng = testRng(3);
    expectMoments(
      draws(() => gammaVariate(rng, shape)),
      shape,
      shape,
      0.08,
    );
  });
  it.each([0.0017, 0.01, 0.3])(
    'returns finite logarithms with mean ψ(shape) for tiny shapes (%s)',
    (shape) => {
      // E[log G] = ψ(shape); var[log G] = ψ'(shape) ≈ 1/shape² for small shapes.
      const rng = testRng(4);
      const logs = draws(() => logGammaVariate(rng, shape));
      expect(logs.every(Number.isFinite)).toBe(true);
      const { mean } = moments(logs);
      const standardError = Math.sqrt((1 / shape ** 2 + 1.7) / DRAWS);
      expect(Math.abs(mean - digamma(shape))).toBeLessThan(5 * standardError);
    },
  );
  it('rejects shapes that are not positive', () => {
    expect(() => logGammaVariate(testRng(1), 0)).toThrow(RangeError);
    expect(() => logGammaVariate(testRng(1), Number.NaN)).toThrow(RangeError);
  });
});

describe('betaVariate', () => {
  it.each([
    [2, 3],
    [0.5, 0.5],
    [0.017335766423357664, 13.982664233576642],
    [12, 6547.25],
    [1.0791433891992552, 7.920856610800745],
  ])('Beta(%s, %s) has the right mean and variance', (alpha, beta) => {
    const rng = testRng(5);
    const mean = alpha / (alpha + beta);
    const variance = (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
    const values = draws(() => betaVariate(rng, alpha, beta));
    expect(values.every((p) => p >= 0 && p <= 1)).toBe(true);
    expectMoments(values, mean, variance, 0.1);
  });
});
