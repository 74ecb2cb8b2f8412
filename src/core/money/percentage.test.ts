import { describe, expect, it } from 'vitest';
import { percentage } from './percentage';

describe('percentage', () => {
  it('gives the ratio as a percentage to 2 decimals by default', () => {
    expect(percentage(-2276, 10000)).toBe(-22.76);
    expect(percentage(1, 3)).toBe(33.33);
    expect(percentage(2, 3)).toBe(66.67);
    expect(percentage(50, 50)).toBe(100);
  });
  it('rounds halves away from zero exactly for integers', () => {
    expect(percentage(1, 8, 1)).toBe(12.5);
    expect(percentage(1, 8, 0)).toBe(13);
    expect(percentage(-1, 8, 0)).toBe(-13);
    expect(percentage(1, -8, 0)).toBe(-13);
    expect(percentage(1005, 100000)).toBe(1.01); // 1.005% rounds up, as by hand
  });
  it('washes out binary noise for non-integer inputs', () => {
    expect(percentage(1.005, 100)).toBe(1.01);
    expect(percentage(0.1 + 0.2, 1, 0)).toBe(30);
  });
  it('returns null when the denominator is zero', () => {
    expect(percentage(5, 0)).toBeNull();
    expect(percentage(0, 0)).toBeNull();
  });
  it('never returns negative zero', () => {
    expect(Object.is(percentage(-1, 100000), 0)).toBe(true);
    expect(Object.is(percentage(0, -5), 0)).toBe(true);
  });
  it('rejects non-finite inputs and bad decimals', () => {
    expect(() => percentage(Number.NaN, 1)).toThrow('not defined');
    expect(() => percentage(1, Infinity)).toThrow(RangeError);
    expect(() => percentage(1, 2, -1)).toThrow('decimals must be an integer');
  });
});
