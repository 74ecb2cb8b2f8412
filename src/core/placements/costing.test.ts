import { describe, expect, it } from 'vitest';
import { costInFinancialYear } from './costing';

// Every expected figure is worked by hand in the comment beside it.
const open = (from: string, to: string | null = null) => ({ from, to });

describe('academic-year rates in a financial year', () => {
  it('costs a whole year of one rate exactly that rate: 5/12 + 7/12 of £12,000 = £5,000 + £7,000', () => {
    expect(costInFinancialYear(12_000_00, 'academic', '2021-22', open('2019-09-01'))).toBe(12_000_00);
  });

  it('weights a September rate change 5:7: 5/12 × £12,000 (2020/21) + 7/12 × £12,600 (2021/22) = £5,000 + £7,350', () => {
    const rates = { '2020/21': 12_000_00, '2021/22': 12_600_00 };
    expect(costInFinancialYear(rates, 'academic', '2021-22', open('2019-09-01'))).toBe(12_350_00);
  });

  it('splits to the penny with largest remainder: £10,000 → 7/12 = £5,833.33, 5/12 = £4,166.67 (the summer part takes the spare penny), adding back to £10,000', () => {
    expect(
      costInFinancialYear({ '2020/21': 10_000_00, '2021/22': 0 }, 'academic', '2021-22', open('2019-09-01')),
    ).toBe(4_166_67);
    expect(
      costInFinancialYear({ '2020/21': 0, '2021/22': 10_000_00 }, 'academic', '2021-22', open('2019-09-01')),
    ).toBe(5_833_33);
    expect(costInFinancialYear(10_000_00, 'academic', '2021-22', open('2019-09-01'))).toBe(10_000_00);
  });

  it('pro-rates a part-year placement by days within the part: 1 Sep - 31 Dec 2021 = £7,000 × 122 / 212 = £4,028.30', () => {
    // September-March 2021-22: 30 + 31 + 30 + 31 + 31 + 28 + 31 = 212 days; September-December: 122.
    // 700,000p × 122 / 212 = 402,830.19p → 402,830p. Nothing in April-August: the placement had not started.
    expect(costInFinancialYear(12_000_00, 'academic', '2021-22', open('2021-09-01', '2021-12-31'))).toBe(
      4_028_30,
    );
  });

  it('counts 29 February in a leap year: the same placement in 2023-24 is £7,000 × 122 / 213 = £4,009.39', () => {
    // September 2023 - March 2024 has 213 days (February 2024 has 29). 700,000 × 122 / 213 = 400,938.97 → 400,939p.
    expect(costInFinancialYear(12_000_00, 'academic', '2023-24', open('2023-09-01', '2023-12-31'))).toBe(
      4_009_39,
    );
  });

  it('adds a part-year April-August to a whole September-March: from 1 June 2021, £5,000 × 92 / 153 + £7,000 = £10,006.54', () => {
    // April-August has 30 + 31 + 30 + 31 + 31 = 153 days; June-August 92. 500,000 × 92 / 153 = 300,653.59 → 300,654.
    expect(costInFinancialYear(12_000_00, 'academic', '2021-22', open('2021-06-01'))).toBe(10_006_54);
  });

  it('costs only the window asked for: spend to 31 May 2021 of a year-round £12,000 is £5,000 × 61 / 153 = £1,993.46', () => {
    // April + May = 61 days of the 153 in April-August. 500,000 × 61 / 153 = 199,346.41 → 199,346.
    expect(
      costInFinancialYear(12_000_00, 'academic', '2021-22', open('2019-09-01'), {
        from: '2021-04-01',
        to: '2021-05-31',
      }),
    ).toBe(1_993_46);
  });

  it('is 0 for a placement outside the year or the window, and for one that ends the day before the window', () => {
    expect(costInFinancialYear(12_000_00, 'academic', '2021-22', open('2022-04-01'))).toBe(0);
    expect(costInFinancialYear(12_000_00, 'academic', '2021-22', open('2019-09-01', '2021-03-31'))).toBe(0);
    expect(
      costInFinancialYear(12_000_00, 'academic', '2021-22', open('2019-09-01', '2021-05-31'), {
        from: '2021-06-01',
        to: '2022-03-31',
      }),
    ).toBe(0);
  });

  it('asks for the rate of every academic year it needs', () => {
    expect(() => costInFinancialYear({ '2021/22': 1 }, 'academic', '2021-22', open('2019-09-01'))).toThrow(
      'no rate for academic year 2020/21',
    );
  });
});

describe('financial-year rates', () => {
  it('costs a whole year at the rate', () => {
    expect(costInFinancialYear(36_500_00, 'financial', '2021-22', open('2020-01-01'))).toBe(36_500_00);
  });

  it('pro-rates by days over 365: from 1 January 2022, £36,500 × 90 / 365 = £9,000', () => {
    // January 31 + February 28 + March 31 = 90 days.
    expect(costInFinancialYear(36_500_00, 'financial', '2021-22', open('2022-01-01'))).toBe(9_000_00);
  });

  it('pro-rates by days over 366 in a leap year: from 1 January 2024, £36,600 × 91 / 366 = £9,100', () => {
    // 2023-24 runs to 31 March 2024 and holds 29 February: 366 days. January-March 2024: 31 + 29 + 31 = 91.
    expect(costInFinancialYear(36_600_00, 'financial', '2023-24', open('2024-01-01'))).toBe(9_100_00);
    expect(costInFinancialYear(36_600_00, 'financial', '2023-24', open('2019-01-01'))).toBe(36_600_00);
  });

  it('counts both end dates: a single day is 1/365', () => {
    // 3,650,000 × 1 / 365 = 10,000p.
    expect(costInFinancialYear(36_500_00, 'financial', '2021-22', open('2021-07-01', '2021-07-01'))).toBe(
      100_00,
    );
  });

  it('refuses one rate per academic year on a financial basis', () => {
    expect(() => costInFinancialYear({ '2021/22': 1 }, 'financial', '2021-22', open('2021-07-01'))).toThrow(
      'one annual amount',
    );
  });
});

describe('the fast arithmetic agrees with the periods module', () => {
  it('matches splitAcademicYearAmount and proRataByDays for a sweep of amounts and dates', async () => {
    const { proRataByDays, splitAcademicYearAmount } = await import('../periods');
    for (let amount = -2_000; amount <= 50_000_00; amount += 9_973) {
      const [autumn, summer] = splitAcademicYearAmount(amount, '2021/22');
      expect(
        costInFinancialYear({ '2020/21': 0, '2021/22': amount }, 'academic', '2021-22', open('2020-01-01')),
      ).toBe(autumn!.amount);
      expect(
        costInFinancialYear({ '2021/22': amount, '2022/23': 0 }, 'academic', '2022-23', open('2020-01-01')),
      ).toBe(summer!.amount);
      for (const from of ['2021-04-01', '2021-06-17', '2021-12-31', '2022-03-31']) {
        expect(costInFinancialYear(amount, 'financial', '2021-22', open(from))).toBe(
          proRataByDays(amount, '2021-04-01', '2022-03-31', from),
        );
      }
    }
  });
});
