import { describe, expect, it } from 'vitest';
import { divideRounded, roundHalfAwayFromZero, roundToPounds } from './rounding';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero in both directions', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
    expect(roundHalfAwayFromZero(-2.4999)).toBe(-2);
  });
  it('never returns negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.4), 0)).toBe(true);
  });
  it('rejects non-finite values', () => {
    expect(() => roundHalfAwayFromZero(Number.NaN)).toThrow('NaN cannot be rounded');
  });
});

describe('divideRounded', () => {
  it('rounds the exact quotient half away from zero for every sign combination', () => {
    expect(divideRounded(7n, 2n)).toBe(4n);
    expect(divideRounded(-7n, 2n)).toBe(-4n);
    expect(divideRounded(7n, -2n)).toBe(-4n);
    expect(divideRounded(-7n, -2n)).toBe(4n);
    expect(divideRounded(5n, 3n)).toBe(2n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(-4n, 3n)).toBe(-1n);
    expect(divideRounded(0n, 5n)).toBe(0n);
  });
  it('rejects division by zero', () => {
    expect(() => divideRounded(1n, 0n)).toThrow('division by zero');
  });
});

describe('roundToPounds', () => {
  it('rounds pence to whole pounds, halves away from zero, staying in pence', () => {
    expect(roundToPounds(123450)).toBe(123500);
    expect(roundToPounds(123449)).toBe(123400);
    expect(roundToPounds(-150)).toBe(-200);
    expect(roundToPounds(-149)).toBe(-100);
    expect(roundToPounds(50)).toBe(100);
    expect(roundToPounds(0)).toBe(0);
  });
  it('never returns negative zero', () => {
    expect(Object.is(roundToPounds(-49), 0)).toBe(true);
  });
  it('rejects non-integer pence', () => {
    expect(() => roundToPounds(1.5)).toThrow(RangeError);
  });
});
