import { describe, expect, it } from 'vitest';
import { largestRemainder, roundTableToPounds } from './largestRemainder';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('largestRemainder', () => {
  it('makes rounded parts add up to the rounded total where rounding each would not', () => {
    // Rounded alone: 33 + 33 + 33 = 99
    expect(largestRemainder([33.3, 33.3, 33.4], 100)).toEqual([33, 33, 34]);
    expect(largestRemainder([1.4, 1.4, 1.4], 4.2)).toEqual([2, 1, 1]);
  });
  it('rounds the total half away from zero', () => {
    expect(sum(largestRemainder([1.25, 1.25], 2.5))).toBe(3);
    expect(sum(largestRemainder([-1.25, -1.25], -2.5))).toBe(-3);
  });
  it('gives ties to the earlier index', () => {
    expect(largestRemainder([0.5, 0.5], 1)).toEqual([1, 0]);
    expect(largestRemainder([0.5, 0.5, 0.5, 0.5], 2)).toEqual([1, 1, 0, 0]);
  });
  it('rounds a negative table as the mirror image of the positive one', () => {
    expect(largestRemainder([-0.5, -0.5], -1)).toEqual([-1, 0]);
    expect(largestRemainder([-33.3, -33.3, -33.4], -100)).toEqual([-33, -33, -34]);
  });
  it('handles tables mixing positive and negative rows', () => {
    const parts = largestRemainder([10.6, -3.3, 2.2], 9.5);
    expect(sum(parts)).toBe(10);
    expect(parts).toEqual([11, -3, 2]);
  });
  it('leaves integers alone and handles an empty table', () => {
    expect(largestRemainder([1, 2, 3], 6)).toEqual([1, 2, 3]);
    expect(largestRemainder([], 0)).toEqual([]);
  });
  it('rejects parts that do not add up to the total', () => {
    expect(() => largestRemainder([1, 2], 10)).toThrow('the parts add up to 3 but the total is 10');
    expect(() => largestRemainder([], 1)).toThrow(RangeError);
    expect(() => largestRemainder([Number.NaN], 1)).toThrow('NaN is not a finite amount');
  });
});

describe('roundTableToPounds', () => {
  it('rounds rows to pounds so that they add up to the total rounded to pounds', () => {
    // £1.40 three times: each rounds to £1 but the total £4.20 rounds to £4
    expect(roundTableToPounds([140, 140, 140])).toEqual([200, 100, 100]);
    expect(roundTableToPounds([3330, 3330, 3340])).toEqual([3300, 3300, 3400]);
  });
  it('gives ties to the earlier index and mirrors negative tables', () => {
    expect(roundTableToPounds([50, 50])).toEqual([100, 0]);
    expect(roundTableToPounds([-50, -50])).toEqual([-100, 0]);
  });
  it('keeps rows already in whole pounds', () => {
    expect(roundTableToPounds([100, -200, 12345600])).toEqual([100, -200, 12345600]);
  });
  it('always adds up to the rounded total', () => {
    const rows = [12345, -6789, 101, 99, 50, 150, -250, 1234567];
    const rounded = roundTableToPounds(rows);
    expect(sum(rounded)).toBe(Math.round(sum(rows) / 100) * 100);
    expect(rounded.every((value) => value % 100 === 0)).toBe(true);
    rounded.forEach((value, index) => expect(Math.abs(value - (rows[index] ?? 0))).toBeLessThan(100));
  });
  it('rejects rows that are not pence', () => {
    expect(() => roundTableToPounds([1.5])).toThrow(RangeError);
  });
});
