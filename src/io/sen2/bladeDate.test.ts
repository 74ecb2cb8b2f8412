import { describe, expect, it } from 'vitest';
import { formatBladeDate, parseBladeDate } from './bladeDate';

describe('Blade dates', () => {
  it('reads the COLLECT form, and the ISO and UK forms a spreadsheet leaves', () => {
    expect(parseBladeDate('2022-Sep-28 00:00:00')).toBe('2022-09-28');
    expect(parseBladeDate('2024-feb-29')).toBe('2024-02-29');
    expect(parseBladeDate('2022-09-28')).toBe('2022-09-28');
    expect(parseBladeDate('2022-09-28T00:00:00')).toBe('2022-09-28');
    expect(parseBladeDate('28/09/2022')).toBe('2022-09-28');
  });

  it('refuses what is not a calendar date', () => {
    for (const text of ['2023-Feb-29 00:00:00', '2022-Sept-28', '2022-Xyz-01', '31/02/2022', 'soon', ''])
      expect(parseBladeDate(text), text).toBeUndefined();
  });

  it('writes dates as COLLECT does, and reads them back', () => {
    expect(formatBladeDate('2025-01-16')).toBe('2025-Jan-16 00:00:00');
    expect(parseBladeDate(formatBladeDate('2019-12-01'))).toBe('2019-12-01');
  });
});
