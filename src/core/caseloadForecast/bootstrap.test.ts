import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { rngFromGenerator } from '../forecast/rng';
import { bootstrapMedianDifference } from './bootstrap';

const rng = (seed: number) => rngFromGenerator(xoroshiro128plus(seed));

describe('bootstrap of the difference in median APE over councils', () => {
  const method = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const baseline = method.map((x) => x + 1);

  it('a method one point better on every council is better in every resample: difference -1, range -1 to -1', () => {
    const b = bootstrapMedianDifference(method, baseline, rng(1), 200);
    expect(b).toEqual({ difference: -1, lo95: -1, hi95: -1, shareBetter: 1, resamples: 200, councils: 10 });
  });

  it('is reproducible from its seed, and a mixed record gives a range across zero', () => {
    const mixed = [1, 9, 2, 8, 3, 7, 4, 6, 5, 5];
    const a = bootstrapMedianDifference(mixed, method, rng(42), 500);
    expect(bootstrapMedianDifference(mixed, method, rng(42), 500)).toEqual(a);
    expect(a.lo95).toBeLessThan(0);
    expect(a.hi95).toBeGreaterThan(0);
    expect(a.shareBetter).toBeGreaterThan(0);
    expect(a.shareBetter).toBeLessThan(1);
  });
});
