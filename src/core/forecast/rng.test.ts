import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { rngFromGenerator, simulationStreams } from './rng';

const firstDraws = (rng: { uniform(): number }, count = 5): number[] =>
  Array.from({ length: count }, () => rng.uniform());

describe('simulationStreams', () => {
  it('gives each simulation the same stream whatever order or chunks they are asked for in', () => {
    const inOrder = simulationStreams(xoroshiro128plus(42));
    const sequential = [0, 1, 2, 3].map((i) => firstDraws(inOrder(i)));
    const chunked = simulationStreams(xoroshiro128plus(42));
    expect(firstDraws(chunked(3))).toEqual(sequential[3]);
    expect(firstDraws(chunked(1))).toEqual(sequential[1]);
    expect(firstDraws(simulationStreams(xoroshiro128plus(42))(2))).toEqual(sequential[2]);
  });
  it('gives different simulations and different seeds different draws', () => {
    const streams = simulationStreams(xoroshiro128plus(42));
    expect(firstDraws(streams(0))).not.toEqual(firstDraws(streams(1)));
    expect(firstDraws(simulationStreams(xoroshiro128plus(43))(0))).not.toEqual(firstDraws(streams(0)));
  });
  it('does not advance the base generator', () => {
    const base = xoroshiro128plus(7);
    const before = base.clone().unsafeNext();
    simulationStreams(base)(5).uniform();
    expect(base.unsafeNext()).toBe(before);
  });
  it('rejects a generator that cannot jump, and indexes that are not indexes', () => {
    expect(() =>
      simulationStreams({
        clone: () => ({ clone: () => ({}) as never, unsafeNext: () => 0 }),
        unsafeNext: () => 0,
      }),
    ).toThrow(TypeError);
    expect(() => simulationStreams(xoroshiro128plus(1))(-1)).toThrow(RangeError);
  });
});

describe('rngFromGenerator', () => {
  it('draws strictly inside (0, 1), uniformly', () => {
    const rng = rngFromGenerator(xoroshiro128plus(5));
    const bins = new Array<number>(10).fill(0);
    const draws = 100_000;
    let outside = 0;
    for (let i = 0; i < draws; i += 1) {
      const u = rng.uniform();
      if (!(u > 0 && u < 1)) outside += 1;
      bins[Math.floor(u * 10)]! += 1;
    }
    expect(outside).toBe(0);
    for (const count of bins) expect(Math.abs(count - draws / 10)).toBeLessThan(5 * Math.sqrt(draws * 0.09));
  });
  it('stays inside (0, 1) at the extremes of the generator', () => {
    const allOnes = { clone: () => allOnes, unsafeNext: () => -1 };
    const allZeros = { clone: () => allZeros, unsafeNext: () => 0 };
    expect(rngFromGenerator(allOnes).uniform()).toBeLessThan(1);
    expect(rngFromGenerator(allZeros).uniform()).toBeGreaterThan(0);
  });
});
