import { describe, expect, it } from 'vitest';
import { assertPence, pounds, sumPence, toPounds } from './pence';

describe('pounds', () => {
  it('converts whole and decimal pounds to pence', () => {
    expect(pounds(1234567)).toBe(123456700);
    expect(pounds(1234.56)).toBe(123456);
    expect(pounds(0.29)).toBe(29); // 0.29 * 100 is 28.999999999999996 in binary
    expect(pounds(-1246610)).toBe(-124661000);
  });
  it('never returns negative zero', () => {
    expect(Object.is(pounds(-0), 0)).toBe(true);
  });
  it('rejects fractions of a penny and non-finite values', () => {
    expect(() => pounds(1.234)).toThrow('1.234 pounds is not a whole number of pence');
    expect(() => pounds(Number.NaN)).toThrow('not a finite amount');
    expect(() => pounds(Infinity)).toThrow(RangeError);
  });
  it('rejects amounts beyond the safe integer range', () => {
    expect(() => pounds(1e14)).toThrow('safe integer');
  });
});

describe('toPounds', () => {
  it('converts pence to pounds', () => {
    expect(toPounds(123456)).toBe(1234.56);
    expect(toPounds(-50)).toBe(-0.5);
    expect(toPounds(0)).toBe(0);
  });
  it('rejects non-integer pence', () => {
    expect(() => toPounds(1.5)).toThrow('amount 1.5 is not a whole number of pence');
  });
});

describe('assertPence', () => {
  it('returns safe integers and names the value otherwise', () => {
    expect(assertPence(-7)).toBe(-7);
    expect(() => assertPence(0.1, 'cost')).toThrow('cost 0.1 is not a whole number of pence');
    expect(() => assertPence(2 ** 53)).toThrow(RangeError);
  });
});

describe('sumPence', () => {
  it('adds amounts, including an empty list and any iterable', () => {
    expect(sumPence([100, -250, 1])).toBe(-149);
    expect(sumPence([])).toBe(0);
    expect(sumPence(new Set([1, 2, 3]))).toBe(6);
  });
  it('throws when an input is not pence', () => {
    expect(() => sumPence([1, 2.5])).toThrow('2.5 is not a whole number of pence');
  });
  it('throws when the total leaves the safe integer range, even if later amounts bring it back', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(() => sumPence([max, 1])).toThrow('beyond the safe integer range');
    expect(() => sumPence([max, 1, -1])).toThrow('beyond the safe integer range');
    expect(sumPence([max, -1, 1])).toBe(max);
  });
});
