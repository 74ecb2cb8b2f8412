import { describe, expect, it } from 'vitest';
import { pounds } from '../money';
import { monthsElapsedInFinancialYear, proRataByDays } from './proRata';

describe('proRataByDays', () => {
  const annual = pounds(36500);

  it('gives the whole amount for a placement active all year', () => {
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2021-04-01', '2022-03-31')).toBe(annual);
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2019-01-01')).toBe(annual);
  });
  it('divides by the period’s own day count, so a 366-day year still pays the annual amount', () => {
    expect(proRataByDays(annual, '2023-04-01', '2024-03-31', '2023-04-01')).toBe(annual);
    // October to March 2024 is 183 of 366 days: exactly half
    expect(proRataByDays(annual, '2023-04-01', '2024-03-31', '2023-10-01')).toBe(pounds(18250));
  });
  it('counts both ends of the active days', () => {
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2021-04-01', '2021-04-01')).toBe(pounds(100));
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2022-03-31')).toBe(pounds(100));
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2021-04-01', '2021-04-30')).toBe(pounds(3000));
  });
  it('clips the placement to the period', () => {
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2020-09-01', '2021-04-10')).toBe(pounds(1000));
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2022-03-22', '2022-09-01')).toBe(pounds(1000));
  });
  it('gives nothing when the placement misses the period', () => {
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2020-01-01', '2021-03-31')).toBe(0);
    expect(proRataByDays(annual, '2021-04-01', '2022-03-31', '2022-04-01')).toBe(0);
  });
  it('rounds to the penny half away from zero, negatives included', () => {
    expect(proRataByDays(3, '2021-04-01', '2021-04-02', '2021-04-02')).toBe(2);
    expect(proRataByDays(-3, '2021-04-01', '2021-04-02', '2021-04-02')).toBe(-2);
    expect(proRataByDays(100, '2021-04-01', '2022-03-31', '2021-04-01', '2021-04-01')).toBe(0); // 0.27p
    expect(proRataByDays(0, '2021-04-01', '2022-03-31', '2021-04-01')).toBe(0);
  });
  it('works for periods other than a year', () => {
    // a term of 10 days, active for 3
    expect(proRataByDays(1000, '2021-09-01', '2021-09-10', '2021-09-08')).toBe(300);
  });
  it('rejects reversed ranges, bad dates and fractional pence', () => {
    expect(() => proRataByDays(annual, '2021-04-01', '2022-03-31', '2021-06-01', '2021-05-01')).toThrow(
      'placement ends on 2021-05-01, before it starts on 2021-06-01',
    );
    expect(() => proRataByDays(annual, '2022-03-31', '2021-04-01', '2021-06-01')).toThrow(
      '2021-04-01 is before 2022-03-31',
    );
    expect(() => proRataByDays(annual, '2021-04-01', '2022-03-31', '2021-02-30')).toThrow(
      'not a date in the calendar',
    );
    expect(() => proRataByDays(1.5, '2021-04-01', '2022-03-31', '2021-04-01')).toThrow(RangeError);
  });
});

describe('monthsElapsedInFinancialYear', () => {
  it.each([
    ['2021-04-01', 0],
    ['2021-04-29', 0],
    ['2021-04-30', 1],
    ['2021-05-30', 1],
    ['2021-05-31', 2],
    ['2021-06-30', 3],
    ['2021-12-31', 9],
    ['2022-02-28', 11],
    ['2022-03-30', 11],
    ['2022-03-31', 12],
  ])('counts whole months to %s as %i', (date, months) => {
    expect(monthsElapsedInFinancialYear('2021-22', date)).toBe(months);
  });
  it('knows the end of a leap February', () => {
    expect(monthsElapsedInFinancialYear('2023-24', '2024-02-28')).toBe(10);
    expect(monthsElapsedInFinancialYear('2023-24', '2024-02-29')).toBe(11);
  });
  it('is 0 before the year and 12 after it', () => {
    expect(monthsElapsedInFinancialYear('2021-22', '2021-03-31')).toBe(0);
    expect(monthsElapsedInFinancialYear('2021-22', '2022-04-01')).toBe(12);
    expect(monthsElapsedInFinancialYear('2021-22', '2030-01-01')).toBe(12);
  });
  it('rejects non-canonical years and bad dates', () => {
    expect(() => monthsElapsedInFinancialYear('2021/22', '2021-05-31')).toThrow('parse it first');
    expect(() => monthsElapsedInFinancialYear('2021-22', '2021-05-32')).toThrow('not a date in the calendar');
  });
});
