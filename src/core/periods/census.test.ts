import { describe, expect, it } from 'vitest';
import { censusAcademicYear, januaryCensusDate, januaryCensusDateOf } from './census';
import { dayOfWeek } from './isoDate';

describe('januaryCensusDate', () => {
  it.each([
    [2015, '2015-01-15'], // 1 January a Thursday: the earliest possible census day
    [2019, '2019-01-17'],
    [2020, '2020-01-16'],
    [2021, '2021-01-21'], // 1 January a Friday: the latest possible census day
    [2022, '2022-01-20'],
    [2023, '2023-01-19'],
    [2024, '2024-01-18'],
    [2025, '2025-01-16'],
    [2026, '2026-01-15'],
  ])('is the third Thursday of January %i', (year, date) => {
    expect(januaryCensusDate(year)).toBe(date);
  });
  it('is always a Thursday from the 15th to the 21st', () => {
    for (let year = 1990; year <= 2060; year += 1) {
      const date = januaryCensusDate(year);
      expect(dayOfWeek(date)).toBe(4);
      const day = Number(date.slice(8));
      expect(day).toBeGreaterThanOrEqual(15);
      expect(day).toBeLessThanOrEqual(21);
    }
  });
  it('rejects a year that is not a whole calendar year', () => {
    expect(() => januaryCensusDate(2021.5)).toThrow('2021.5 is not a calendar year');
    expect(() => januaryCensusDate(0)).toThrow(RangeError);
  });
});

describe('censusAcademicYear', () => {
  it('is the academic year containing that January', () => {
    expect(censusAcademicYear(2021)).toBe('2020/21');
    expect(censusAcademicYear(2000)).toBe('1999/00');
  });
  it('rejects a fractional year', () => {
    expect(() => censusAcademicYear(2021.5)).toThrow(RangeError);
  });
});

describe('januaryCensusDateOf', () => {
  it('finds the census day inside an academic year', () => {
    expect(januaryCensusDateOf('2020/21')).toBe('2021-01-21');
    expect(januaryCensusDateOf('2023/24')).toBe('2024-01-18');
  });
  it('only takes the canonical form', () => {
    expect(() => januaryCensusDateOf('2020-21')).toThrow('parse it first');
  });
});
