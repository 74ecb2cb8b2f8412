import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { dirichletInto, dirichletMultinomialInto, multinomialInto } from './dirichletMultinomial';
import { rngFromGenerator } from './rng';

// A slice in the middle of a larger array, as the engine uses them.
const alphas = Float64Array.from([
  99, 0.5921052631578947, 0.3026315789473684, 0.013157894736842106, 2, 0.0017, 99,
]);
const start = 1;
const end = 6;

function dirichletMultinomialMoments(n: number): void {
  const rng = rngFromGenerator(xoroshiro128plus(n));
  const draws = 40_000;
  const total = alphas.slice(start, end).reduce((a, b) => a + b, 0);
  const sums = new Float64Array(alphas.length);
  const squares = new Float64Array(alphas.length);
  const scratch = new Float64Array(alphas.length);
  let wrong = 0;
  for (let d = 0; d < draws; d += 1) {
    const counts = new Int32Array(alphas.length);
    dirichletMultinomialInto(rng, n, alphas, start, end, counts, scratch);
    if (counts.reduce((a, b) => a + b, 0) !== n || counts[0] !== 0 || counts[6] !== 0) wrong += 1;
    for (let i = start; i < end; i += 1) {
      sums[i] = (sums[i] as number) + (counts[i] as number);
      squares[i] = (squares[i] as number) + (counts[i] as number) ** 2;
    }
  }
  expect(wrong).toBe(0);
  for (let i = start; i < end; i += 1) {
    const share = (alphas[i] as number) / total;
    const mean = n * share;
    const variance = (n * share * (1 - share) * (n + total)) / (1 + total);
    const sampleMean = (sums[i] as number) / draws;
    const sampleVariance = (squares[i] as number) / draws - sampleMean ** 2;
    expect(Math.abs(sampleMean - mean)).toBeLessThan(5 * Math.sqrt(variance / draws) + 1e-9);
    // The variance of a category with a tiny share is dominated by rare large draws: check the others.
    if (share > 0.05) expect(Math.abs(sampleVariance / variance - 1)).toBeLessThan(0.12);
  }
}

describe('dirichletMultinomialInto', () => {
  it('has the right moments when drawn by the urn (n small)', () => dirichletMultinomialMoments(3));
  it('has the right moments when drawn through a Dirichlet (n large)', () => dirichletMultinomialMoments(60));
  it('adds to the counts already there and needs a category', () => {
    const counts = Int32Array.from([0, 5, 0, 0, 0, 0, 0]);
    dirichletMultinomialInto(
      rngFromGenerator(xoroshiro128plus(1)),
      4,
      alphas,
      start,
      end,
      counts,
      new Float64Array(7),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(9);
    expect(() =>
      dirichletMultinomialInto(
        rngFromGenerator(xoroshiro128plus(1)),
        1,
        alphas,
        2,
        2,
        counts,
        new Float64Array(7),
      ),
    ).toThrow(RangeError);
  });
});

describe('dirichletInto and multinomialInto', () => {
  it('draw probabilities that add up to 1, even for tiny shapes', () => {
    const rng = rngFromGenerator(xoroshiro128plus(2));
    const probabilities = new Float64Array(alphas.length);
    let worst = 0;
    for (let d = 0; d < 1000; d += 1) {
      dirichletInto(rng, Float64Array.from([0.0017, 0.0017, 0.0017]), 0, 3, probabilities);
      worst = Math.max(worst, Math.abs(probabilities[0]! + probabilities[1]! + probabilities[2]! - 1));
    }
    expect(worst).toBeLessThan(1e-12);
  });
  it('never loses a pupil to rounding', () => {
    const rng = rngFromGenerator(xoroshiro128plus(3));
    const probabilities = Float64Array.from([0.1, 0.2, 0.3, 0.4000000000000001]);
    let lost = 0;
    for (let d = 0; d < 1000; d += 1) {
      const counts = new Int32Array(4);
      multinomialInto(rng, 1000, probabilities, 0, 4, counts);
      if (counts.reduce((a, b) => a + b, 0) !== 1000) lost += 1;
    }
    expect(lost).toBe(0);
  });
});
