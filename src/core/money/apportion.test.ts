import { describe, expect, it } from 'vitest';
import { apportion, shareOf } from './apportion';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('shareOf', () => {
  it('takes an exact share', () => {
    expect(shareOf(1200000, 5, 12)).toBe(500000);
    expect(shareOf(36600, 1, 366)).toBe(100);
  });
  it('rounds half away from zero', () => {
    expect(shareOf(3, 1, 2)).toBe(2);
    expect(shareOf(-3, 1, 2)).toBe(-2);
    expect(shareOf(1, 1, 3)).toBe(0);
    expect(Object.is(shareOf(-1, 1, 3), 0)).toBe(true);
  });
  it('stays exact where amount × numerator passes 2^53', () => {
    const amount = 9_000_000_000_000_000; // beyond MAX_SAFE_INTEGER / 366 but still safe
    expect(shareOf(amount, 366, 366)).toBe(amount);
  });
  it('rejects a zero or fractional ratio and fractional pence', () => {
    expect(() => shareOf(100, 1, 0)).toThrow('non-zero denominator');
    expect(() => shareOf(100, 0.5, 1)).toThrow(RangeError);
    expect(() => shareOf(1.5, 1, 2)).toThrow(RangeError);
  });
});

describe('apportion', () => {
  it('splits exactly when the weights divide the total', () => {
    expect(apportion(1200, [7, 5])).toEqual([700, 500]);
  });
  it('always adds back exactly to the total', () => {
    for (const total of [1, 2, 5, 7, 11, 13, 99, 100, 101, 1234567, -1, -11, -1234567]) {
      for (const weights of [
        [7, 5],
        [5, 7],
        [1, 1, 1],
        [3, 0, 2, 6],
        [1, 2, 3, 4, 5, 6],
      ]) {
        const parts = apportion(total, weights);
        expect(sum(parts)).toBe(total);
        expect(parts).toHaveLength(weights.length);
      }
    }
  });
  it('gives leftover pence to the largest remainders', () => {
    // 100 × 7/12 = 58.33, 100 × 5/12 = 41.67: the second part has the larger remainder
    expect(apportion(100, [7, 5])).toEqual([58, 42]);
  });
  it('breaks ties in favour of the earlier index', () => {
    expect(apportion(1, [1, 1])).toEqual([1, 0]);
    expect(apportion(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(apportion(6, [7, 5])).toEqual([4, 2]); // 3.5 and 2.5
  });
  it('splits a negative total as the mirror image of the positive one', () => {
    expect(apportion(-1, [1, 1])).toEqual([-1, 0]);
    expect(apportion(-100, [7, 5])).toEqual([-58, -42]);
  });
  it('gives nothing to a zero weight and returns zeros for a zero total', () => {
    expect(apportion(5, [0, 1, 1])).toEqual([0, 3, 2]);
    expect(apportion(0, [1, 2]).every((part) => Object.is(part, 0))).toBe(true);
  });
  it('rejects negative, fractional or all-zero weights', () => {
    expect(() => apportion(100, [1, -1])).toThrow('weight -1 must be a non-negative integer');
    expect(() => apportion(100, [0.5])).toThrow(RangeError);
    expect(() => apportion(100, [0, 0])).toThrow('weights that add up to 0');
    expect(() => apportion(100, [])).toThrow('weights that add up to 0');
  });
});
