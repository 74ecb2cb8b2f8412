import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent } from './formatNumber';

describe('formatNumber', () => {
  it('writes whole counts with thousands separators (seed 003: 1,447 EHCPs at the baseline)', () => {
    expect(formatCount(1447)).toBe('1,447');
    expect(formatCount(1551.6)).toBe('1,552');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });
  it('rounds half away from zero and never writes -0', () => {
    expect(formatCount(2.5)).toBe('3');
    expect(formatCount(-2.5)).toBe('-3');
    expect(formatCount(-0.4)).toBe('0');
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1.01');
  });
  it('writes decimals and percentages (seed 003: funding gap 22.76%)', () => {
    expect(formatNumber(1552.04, { decimals: 1 })).toBe('1,552.0');
    expect(formatPercent(22.76)).toBe('22.76%');
    expect(formatPercent(-0.5)).toBe('-0.50%');
    expect(formatPercent(12.345, 1)).toBe('12.3%');
  });
  it('writes a change with its sign on request', () => {
    expect(formatCount(38, { sign: 'always' })).toBe('+38');
    expect(formatCount(-12, { sign: 'always' })).toBe('-12');
    expect(formatCount(0, { sign: 'always' })).toBe('0');
  });
  it('refuses what cannot be written', () => {
    expect(() => formatCount(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(1, { decimals: 11 })).toThrow('decimals must be an integer');
  });
});
