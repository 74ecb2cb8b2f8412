import { describe, expect, it } from 'vitest';
import { formatMoney } from './formatMoney';
import { pounds } from './pence';

describe('formatMoney', () => {
  it('writes whole pounds with £ and thousands separators by default', () => {
    expect(formatMoney(pounds(1234567))).toBe('£1,234,567');
    expect(formatMoney(pounds(999))).toBe('£999');
    expect(formatMoney(pounds(1000))).toBe('£1,000');
    expect(formatMoney(0)).toBe('£0');
  });
  it('rounds to whole pounds half away from zero', () => {
    expect(formatMoney(123456750)).toBe('£1,234,568');
    expect(formatMoney(123456749)).toBe('£1,234,567');
    expect(formatMoney(-150)).toBe('-£2');
    expect(formatMoney(-149)).toBe('-£1');
  });
  it('does not write -£0 for a negative amount that rounds to zero', () => {
    expect(formatMoney(-40)).toBe('£0');
    expect(formatMoney(-40, { negative: 'brackets' })).toBe('0');
  });
  it('writes negatives with a minus by default', () => {
    expect(formatMoney(pounds(-1234567))).toBe('-£1,234,567');
  });
  it('writes negatives in brackets without £, as DfE templates do', () => {
    expect(formatMoney(pounds(-1246610), { negative: 'brackets' })).toBe('(1,246,610)');
    expect(formatMoney(pounds(1246610), { negative: 'brackets' })).toBe('1,246,610');
    expect(formatMoney(pounds(-1246610), { negative: 'brackets', symbol: true })).toBe('(£1,246,610)');
  });
  it('leaves out £ on request', () => {
    expect(formatMoney(pounds(1234567), { symbol: false })).toBe('1,234,567');
    expect(formatMoney(pounds(-1234567), { symbol: false })).toBe('-1,234,567');
  });
  it('shows pence on request', () => {
    expect(formatMoney(123456789, { pence: true })).toBe('£1,234,567.89');
    expect(formatMoney(5, { pence: true })).toBe('£0.05');
    expect(formatMoney(-50, { pence: true })).toBe('-£0.50');
    expect(formatMoney(-50, { pence: true, negative: 'brackets' })).toBe('(0.50)');
    expect(formatMoney(-123456789, { decimals: 2 })).toBe('-£1,234,567.89');
  });
  it('writes thousands, millions and billions', () => {
    expect(formatMoney(pounds(139000), { units: 'k' })).toBe('£139k');
    expect(formatMoney(pounds(139499), { units: 'k' })).toBe('£139k');
    expect(formatMoney(pounds(139500), { units: 'k' })).toBe('£140k');
    expect(formatMoney(pounds(28550000), { units: 'm', decimals: 1 })).toBe('£28.6m');
    expect(formatMoney(pounds(28549999), { units: 'm', decimals: 1 })).toBe('£28.5m');
    expect(formatMoney(pounds(-28550000), { units: 'm', decimals: 1 })).toBe('-£28.6m');
    expect(formatMoney(pounds(-28550000), { units: 'm', decimals: 1, negative: 'brackets' })).toBe('(28.6m)');
    expect(formatMoney(pounds(400000), { units: 'm', decimals: 2 })).toBe('£0.40m');
    expect(formatMoney(pounds(1500000000), { units: 'bn', decimals: 1 })).toBe('£1.5bn');
    expect(formatMoney(pounds(1234567000000), { units: 'm' })).toBe('£1,234,567m');
  });
  it('writes a change with its sign either way on request (a partner contribution change, seed 003)', () => {
    expect(formatMoney(pounds(69000), { sign: 'always' })).toBe('+£69,000');
    expect(formatMoney(pounds(-111000), { sign: 'always' })).toBe('-£111,000');
    expect(formatMoney(0, { sign: 'always' })).toBe('£0');
    expect(formatMoney(-40, { sign: 'always' })).toBe('£0');
  });
  it('rejects contradictory or impossible options', () => {
    expect(() => formatMoney(100, { pence: true, units: 'k' })).toThrow('pence cannot be shown with units');
    expect(() => formatMoney(100, { pence: true, decimals: 1 })).toThrow('pence means 2 decimals');
    expect(() => formatMoney(100, { decimals: -1 })).toThrow('decimals must be an integer from 0 to 10');
    expect(() => formatMoney(100, { decimals: 1.5 })).toThrow(RangeError);
    expect(() => formatMoney(1.5)).toThrow('not a whole number of pence');
  });
});
