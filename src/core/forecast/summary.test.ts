import { describe, expect, it } from 'vitest';
import { quantileOfSorted, summarise } from './summary';

describe('summarise', () => {
  it('gives exact order statistics, interpolated as R type 7 / numpy linear', () => {
    // numpy.percentile([1..10], [5, 10, 25, 50, 75, 90, 95]) = 1.45, 1.9, 3.25, 5.5, 7.75, 9.1, 9.55
    const s = summarise([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect([s.p5, s.p10, s.p25, s.median, s.p75, s.p90, s.p95].map((v) => Number(v.toFixed(10)))).toEqual([
      1.45, 1.9, 3.25, 5.5, 7.75, 9.1, 9.55,
    ]);
    expect(s.mean).toBe(5.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(82.5 / 9), 12);
  });
  it('summarises a constant (the seed year) with sd 0 and every quantile equal', () => {
    expect(summarise([2153, 2153, 2153])).toEqual({
      mean: 2153,
      sd: 0,
      p5: 2153,
      p10: 2153,
      p25: 2153,
      median: 2153,
      p75: 2153,
      p90: 2153,
      p95: 2153,
    });
  });
  it('handles one value and none', () => {
    expect(summarise([7]).median).toBe(7);
    expect(summarise([7]).sd).toBe(0);
    expect(Number.isNaN(quantileOfSorted([], 0.5))).toBe(true);
  });
  it('does not sort its input in place', () => {
    const values = Float64Array.from([3, 1, 2]);
    summarise(values);
    expect([...values]).toEqual([3, 1, 2]);
  });
});
