import { describe, expect, it } from 'vitest';
import { pounds } from '../money';
import {
  financialYearAmountFromAcademicRates,
  financialYearShareOfAcademicYears,
  splitAcademicYearAmount,
} from './academicFinancialSplit';
import { academicYearRange } from './academicYear';
import { financialYearRange } from './financialYear';

describe('splitAcademicYearAmount', () => {
  it('puts September-March (7/12) in the first financial year and April-August (5/12) in the next', () => {
    expect(splitAcademicYearAmount(pounds(24000), '2021/22')).toEqual([
      { financialYear: '2021-22', amount: pounds(14000) },
      { financialYear: '2022-23', amount: pounds(10000) },
    ]);
  });
  it('adds back exactly to the total for amounts twelve does not divide', () => {
    for (const amount of [1, 2, 5, 6, 7, 11, 13, 100, 12345, 99999999, 123456789, -1, -7, -123456789, 0]) {
      const parts = splitAcademicYearAmount(amount, '2021/22');
      expect(parts.reduce((sum, part) => sum + part.amount, 0)).toBe(amount);
    }
  });
  it('rounds to the largest remainder, the earlier year taking a tied penny', () => {
    // 100 × 7/12 = 58.33, 100 × 5/12 = 41.67
    expect(splitAcademicYearAmount(100, '2021/22').map((part) => part.amount)).toEqual([58, 42]);
    // 6 × 7/12 = 3.5, 6 × 5/12 = 2.5
    expect(splitAcademicYearAmount(6, '2021/22').map((part) => part.amount)).toEqual([4, 2]);
    expect(splitAcademicYearAmount(-6, '2021/22').map((part) => part.amount)).toEqual([-4, -2]);
  });
  it('crosses the century', () => {
    expect(splitAcademicYearAmount(1200, '1999/00').map((part) => part.financialYear)).toEqual([
      '1999-00',
      '2000-01',
    ]);
  });
  it('rejects fractional pence and non-canonical years', () => {
    expect(() => splitAcademicYearAmount(1.5, '2021/22')).toThrow(RangeError);
    expect(() => splitAcademicYearAmount(100, '2021-22')).toThrow('parse it first');
  });
});

describe('financialYearShareOfAcademicYears', () => {
  it('takes 5/12 of the academic year ending in the summer and 7/12 of the one starting in the autumn', () => {
    expect(financialYearShareOfAcademicYears('2021-22')).toEqual([
      { academicYear: '2020/21', twelfths: 5 },
      { academicYear: '2021/22', twelfths: 7 },
    ]);
  });
  it('only takes the canonical form', () => {
    expect(() => financialYearShareOfAcademicYears('2021/22')).toThrow('parse it first');
  });
});

describe('financialYearAmountFromAcademicRates', () => {
  it('golden: £12,000 in 2020/21 and £24,000 in 2021/22 give £5,000 + £14,000 = £19,000 in 2021-22', () => {
    const rates = { '2020/21': pounds(12000), '2021/22': pounds(24000) };
    expect(financialYearAmountFromAcademicRates('2021-22', rates)).toBe(pounds(19000));
  });
  it('accepts a Map', () => {
    const rates = new Map([
      ['2020/21', pounds(12000)],
      ['2021/22', pounds(24000)],
    ]);
    expect(financialYearAmountFromAcademicRates('2021-22', rates)).toBe(pounds(19000));
  });
  it('adds up over a run of years to the academic-year amounts it came from', () => {
    const amounts = [1, 1234567, -99, 7, 1000001];
    const years = academicYearRange('2019/20', '2023/24');
    const rates = Object.fromEntries(years.map((year, index) => [year, amounts[index] ?? 0]));
    // The edge financial years take only part of the run; add the parts that fall outside by hand.
    const inside = financialYearRange('2020-21', '2023-24').reduce(
      (sum, fy) => sum + financialYearAmountFromAcademicRates(fy, rates),
      0,
    );
    const [firstAutumnSpring] = splitAcademicYearAmount(amounts[0] ?? 0, '2019/20');
    const [, lastSummer] = splitAcademicYearAmount(amounts[4] ?? 0, '2023/24');
    const total = amounts.reduce((sum, amount) => sum + amount, 0);
    expect(inside + (firstAutumnSpring?.amount ?? 0) + (lastSummer?.amount ?? 0)).toBe(total);
  });
  it('names the missing academic year', () => {
    expect(() => financialYearAmountFromAcademicRates('2021-22', { '2021/22': 100 })).toThrow(
      'no amount for academic year 2020/21, needed for financial year 2021-22',
    );
  });
  it('ignores inherited properties of a plain object', () => {
    const rates = Object.create({ '2020/21': 100 }) as Record<string, number>;
    rates['2021/22'] = 100;
    expect(() => financialYearAmountFromAcademicRates('2021-22', rates)).toThrow(
      'no amount for academic year 2020/21',
    );
  });
});
