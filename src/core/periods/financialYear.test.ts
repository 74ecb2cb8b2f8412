import { describe, expect, it } from 'vitest';
import {
  compareFinancialYears,
  financialYearEnd,
  financialYearOf,
  financialYearRange,
  financialYearStart,
  financialYearStartingIn,
  nextFinancialYear,
  parseFinancialYear,
  previousFinancialYear,
  startYearOf,
} from './financialYear';

describe('parseFinancialYear', () => {
  it.each([
    '2021-22',
    '2021/22',
    '2021-2022',
    '2021/2022',
    'FY2021-22',
    'fy2021/22',
    'FY 2021-22',
    ' 2021 - 22 ',
    '2021–22',
  ])('reads %j as 2021-22', (text) => {
    expect(parseFinancialYear(text)).toBe('2021-22');
  });
  it('handles the turn of the century', () => {
    expect(parseFinancialYear('1999-00')).toBe('1999-00');
    expect(parseFinancialYear('1999/2000')).toBe('1999-00');
    expect(parseFinancialYear('2099-00')).toBe('2099-00');
  });
  it.each([
    ['2021-23', 'the second year must follow 2021'],
    ['2021-2023', 'the second year must follow 2021'],
    ['2021-21', 'the second year must follow 2021'],
    ['2021', 'is not a financial year'],
    ['21-22', 'is not a financial year'],
    ['AY2021/22', 'is not a financial year'],
    ['2021-22x', 'is not a financial year'],
    ['', 'is not a financial year'],
  ])('rejects %j', (text, reason) => {
    expect(() => parseFinancialYear(text)).toThrow(
      `'${text}' ${reason.startsWith('is') ? '' : 'is not a financial year: '}${reason}`,
    );
  });
  it('says which forms it expects', () => {
    expect(() => parseFinancialYear('2021-23')).toThrow(
      'expected a form like 2021-22, 2021/22, 2021-2022 or FY2021-22',
    );
  });
});

describe('financial year dates', () => {
  it('run 1 April to 31 March', () => {
    expect(financialYearStart('2021-22')).toBe('2021-04-01');
    expect(financialYearEnd('2021-22')).toBe('2022-03-31');
    expect(financialYearEnd('1999-00')).toBe('2000-03-31');
    expect(startYearOf('2021-22')).toBe(2021);
  });
  it('place 31 March and 1 April in different years', () => {
    expect(financialYearOf('2022-03-31')).toBe('2021-22');
    expect(financialYearOf('2022-04-01')).toBe('2022-23');
    expect(financialYearOf('2022-01-01')).toBe('2021-22');
    expect(financialYearOf('2021-12-31')).toBe('2021-22');
    expect(financialYearOf('2024-02-29')).toBe('2023-24');
  });
  it('reject invalid dates', () => {
    expect(() => financialYearOf('2023-02-29')).toThrow('not a date in the calendar');
  });
});

describe('canonical form only outside the parser', () => {
  it.each(['2021/22', '2021-2022', 'FY2021-22', '2021-23', ' 2021-22'])('rejects %j', (text) => {
    expect(() => startYearOf(text)).toThrow(
      `'${text}' is not a financial year written like 2021-22: parse it first`,
    );
    expect(() => financialYearStart(text)).toThrow('parse it first');
  });
});

describe('stepping and ranges', () => {
  it('steps forward and back across the century', () => {
    expect(nextFinancialYear('2021-22')).toBe('2022-23');
    expect(previousFinancialYear('2021-22')).toBe('2020-21');
    expect(nextFinancialYear('1999-00')).toBe('2000-01');
    expect(previousFinancialYear('2000-01')).toBe('1999-00');
    expect(nextFinancialYear('1998-99')).toBe('1999-00');
    expect(financialYearStartingIn(2009)).toBe('2009-10');
  });
  it('lists both ends of a range', () => {
    expect(financialYearRange('2019-20', '2023-24')).toEqual([
      '2019-20',
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
    ]);
    expect(financialYearRange('2021-22', '2021-22')).toEqual(['2021-22']);
  });
  it('rejects a range that ends before it starts', () => {
    expect(() => financialYearRange('2022-23', '2021-22')).toThrow(
      'financial year 2021-22 is before 2022-23',
    );
  });
  it('compares financial years', () => {
    expect(compareFinancialYears('2021-22', '2022-23')).toBeLessThan(0);
    expect(compareFinancialYears('2021-22', '2021-22')).toBe(0);
    expect(['2023-24', '1999-00', '2021-22'].sort(compareFinancialYears)).toEqual([
      '1999-00',
      '2021-22',
      '2023-24',
    ]);
  });
  it('rejects years that cannot be written with four digits', () => {
    expect(() => financialYearStartingIn(9999)).toThrow('9999 cannot start a financial year');
    expect(() => financialYearStartingIn(2021.5)).toThrow(RangeError);
  });
});
