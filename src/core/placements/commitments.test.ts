import { describe, expect, it } from 'vitest';
import { commitments } from './commitments';
import { aPlacement } from './testing';

// A register as at 31 May 2021, costed for 2021-22 (hand figures beside each placement).
const yearRound = aPlacement({ childId: 'SYN-A' }); // academic £12,000: year £12,000; to 31 May £5,000 × 61/153 = £1,993.46
const futureStart = aPlacement({
  childId: 'SYN-B',
  costBasis: 'financial',
  settingType: 'mainstream_academy',
  placeFunding: 0,
  topUp: 36_500_00,
  startDate: '2022-01-01',
}); // £36,500 × 90/365 = £9,000, none to date
const endedInApril = aPlacement({ childId: 'SYN-C', endDate: '2021-04-30' }); // £5,000 × 30/153 = £980.39, all to date
const newInMay = aPlacement({
  childId: 'SYN-D',
  costBasis: 'financial',
  placeFunding: 0,
  topUp: 0,
  otherCost: 36_500_00,
  startDate: '2021-05-01',
  contributions: { health: 3_650_00, socialCare: 0, adultSocialCare: 0, adultHealth: 0 },
}); // £36,500 × 335/365 = £33,500, May £3,100; health £3,350 in the year, £310 to date

describe('commitments as at 31 May 2021 for 2021-22', () => {
  const result = commitments([yearRound, futureStart, endedInApril, newInMay], '2021-22', '2021-05-31');

  it('splits the year into spend to date and committed cost, adding up exactly', () => {
    // to date: 1,993.46 + 0 + 980.39 + 3,100 = 6,073.85; year: 12,000 + 9,000 + 980.39 + 33,500 = 55,480.39
    expect(result.spendToDate).toBe(6_073_85);
    expect(result.forecast).toBe(55_480_39);
    expect(result.committed).toBe(49_406_54);
    expect(result.spendToDate + result.committed).toBe(result.forecast);
  });

  it('nets partner contributions off the year', () => {
    expect(result.contributionsToDate).toBe(310_00);
    expect(result.contributionsCommitted).toBe(3_040_00);
    expect(result.netForecast).toBe(55_480_39 - 3_350_00);
  });

  it('gives the full-year effect of the placements open on the as-at date: £12,000 + £36,500', () => {
    expect(result.fullYearEffect).toBe(48_500_00);
  });

  it('shows what new placements cost this year and carry into next: (£36,500 - £9,000) + (£36,500 - £33,500)', () => {
    expect(result.newPlacements).toEqual({
      count: 2,
      costInYear: 42_500_00,
      fullYearEffect: 73_000_00,
      carriedIntoNextYear: 30_500_00,
    });
  });

  it('has nothing spent before the year starts, and everything spent after it ends', () => {
    const before = commitments([yearRound], '2021-22', '2021-03-31');
    expect([before.spendToDate, before.committed]).toEqual([0, 12_000_00]);
    const after = commitments([yearRound], '2021-22', '2022-06-30');
    expect([after.spendToDate, after.committed]).toEqual([12_000_00, 0]);
  });
});
