import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, groupThousands } from './formatNumber';

describe('formatCount', () => {
  it('groups thousands and rounds halves away from zero', () => {
    expect(formatCount(1447)).toBe('1,447');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(1551.5)).toBe('1,552');
    expect(formatCount(-1551.5)).toBe('-1,552');
    expect(formatCount(999)).toBe('999');
  });

  it('keeps the decimals asked for, without binary noise', () => {
    expect(formatCount(12.25, 1)).toBe('12.3');
    expect(formatCount(1.005, 2)).toBe('1.01');
    expect(formatCount(0.1 + 0.2, 1)).toBe('0.3');
    expect(formatCount(1234.5, 2)).toBe('1,234.50');
    expect(formatCount(0.05, 2)).toBe('0.05');
  });

  it('never writes -0', () => {
    expect(formatCount(-0.4)).toBe('0');
    expect(formatCount(-0.04, 1)).toBe('0.0');
  });

  it('refuses what is not a number and decimals out of range', () => {
    expect(() => formatCount(Number.NaN)).toThrow('NaN is not a number that can be written');
    expect(() => formatCount(1, 11)).toThrow('decimals must be an integer from 0 to 10');
  });
});

describe('formatPercent', () => {
  it('writes one decimal and a per cent sign by default', () => {
    expect(formatPercent(10.84)).toBe('10.8%');
    expect(formatPercent(-1.5)).toBe('-1.5%');
    expect(formatPercent(22.76, 2)).toBe('22.76%');
    expect(formatPercent(5, 0)).toBe('5%');
  });
});

describe('groupThousands', () => {
  it('puts commas between groups of three digits', () => {
    expect(groupThousands('1234567')).toBe('1,234,567');
    expect(groupThousands('123')).toBe('123');
  });
});
