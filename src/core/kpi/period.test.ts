import { describe, expect, it } from 'vitest';
import { comparePeriods, monthsElapsed, parseKpiPeriod } from './period';

describe('KPI periods', () => {
  it('reads months and quarters of the financial year', () => {
    expect(parseKpiPeriod('2021-05')).toEqual({
      period: '2021-05',
      kind: 'month',
      financialYear: '2021-22',
      end: '2021-05-31',
    });
    expect(parseKpiPeriod('2022-02')).toMatchObject({ financialYear: '2021-22', end: '2022-02-28' });
    expect(parseKpiPeriod('2021-22-Q1')).toMatchObject({
      kind: 'quarter',
      financialYear: '2021-22',
      end: '2021-06-30',
    });
    expect(parseKpiPeriod('2021-22-Q4').end).toBe('2022-03-31');
  });

  it('counts months elapsed to the data date or the period end (seed 003: May is 2 months)', () => {
    expect(monthsElapsed(parseKpiPeriod('2021-05'))).toBe(2);
    expect(monthsElapsed(parseKpiPeriod('2021-22-Q1'))).toBe(3);
    expect(monthsElapsed(parseKpiPeriod('2021-22-Q1'), '2021-05-31')).toBe(2);
  });

  it('refuses what is not a period, with the forms it accepts', () => {
    expect(() => parseKpiPeriod('2021-13')).toThrow(/write a month \(2021-05\) or a quarter \(2021-22-Q1\)/);
    expect(() => parseKpiPeriod('2021-23-Q1')).toThrow(/not a quarter of a financial year/);
  });

  it('orders months and quarters by their end', () => {
    expect(['2021-22-Q2', '2021-05', '2021-22-Q1', '2021-07'].sort(comparePeriods)).toEqual([
      '2021-05',
      '2021-22-Q1',
      '2021-07',
      '2021-22-Q2',
    ]);
  });
});
