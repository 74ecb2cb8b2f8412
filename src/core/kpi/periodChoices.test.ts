import { describe, expect, it } from 'vitest';
import { dateLabel, monthsOf, periodLabel, quartersOf } from './periodChoices';
import { parseKpiPeriod } from './period';

describe('period choices', () => {
  it('names months and quarters as officers write them (seed 003: "Q1 2021-22")', () => {
    expect(periodLabel('2021-05')).toBe('May 2021');
    expect(periodLabel('2021-22-Q1')).toBe('Q1 2021-22');
    expect(periodLabel('later')).toBe('later');
    expect(dateLabel('2021-05-31')).toBe('31 May 2021');
    expect(dateLabel('soon')).toBe('soon');
  });

  it('offers the quarters and months of a financial year, each a period the KPIs accept', () => {
    expect(quartersOf('2021-22')).toEqual(['2021-22-Q1', '2021-22-Q2', '2021-22-Q3', '2021-22-Q4']);
    expect(monthsOf('2021-22')).toEqual([
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
      '2022-03',
    ]);
    for (const period of [...quartersOf('2021-22'), ...monthsOf('2021-22')])
      expect(parseKpiPeriod(period).financialYear).toBe('2021-22');
  });
});
