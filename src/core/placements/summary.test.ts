import { describe, expect, it } from 'vitest';
import { kingstonCategoryMap } from './councilCategories';
import { summarisePlacements } from './summary';
import { aPlacement } from './testing';

// As at 31 May 2021, costed for 2021-22. Hand figures:
//  A special in borough, academic £12,000 all year: year £12,000
//  B independent < 16, financial £36,500 from 1 January 2022 (not open on 31 May): £36,500 × 90/365 = £9,000
//  C FE college > 16, academic £3,000 all year, health £1,200 a year: £3,000; health £1,200
const register = [
  aPlacement({ childId: 'SYN-A' }),
  aPlacement({
    childId: 'SYN-B',
    settingType: 'special_independent',
    inBorough: false,
    costBasis: 'financial',
    placeFunding: 0,
    topUp: 36_500_00,
    startDate: '2022-01-01',
  }),
  aPlacement({
    childId: 'SYN-C',
    dateOfBirth: '2003-05-01',
    settingType: 'general_fe_tertiary_colleges',
    placeFunding: 0,
    topUp: 3_000_00,
    contributions: { health: 1_200_00, socialCare: 0, adultSocialCare: 0, adultHealth: 0 },
  }),
];

describe('the register summary', () => {
  const previous = {
    placements: [
      aPlacement({
        childId: 'SYN-C',
        contributions: { health: 1_000_00, socialCare: 500_00, adultSocialCare: 0, adultHealth: 0 },
      }),
    ],
    financialYear: '2020-21',
    asAt: '2021-03-31',
  };
  const summary = summarisePlacements(register, {
    asAt: '2021-05-31',
    financialYear: '2021-22',
    categoryMap: kingstonCategoryMap,
    previous,
  });

  it('totals the year: £12,000 + £9,000 + £3,000, and counts what is open on the as-at date', () => {
    expect(summary.totalCost).toBe(24_000_00);
    expect(summary.costInYear.net).toBe(22_800_00);
    expect([summary.placements, summary.children]).toEqual([2, 2]);
    expect(summary.averageCostOfEhcp).toBe(12_000_00); // £24,000 / 2 children
  });

  it('gives the independent share of spend: £9,000 / £24,000 = 37.50%', () => {
    expect(summary.independentSectorSharePct).toBe(37.5);
  });

  it('averages over the placements open on the date (B has not started)', () => {
    expect(summary.averageCostByCategory.independent.count).toBe(0);
    expect(summary.averageCostByPhase).toMatchObject({
      under16: { count: 1, average: 12_000_00 },
      over16: { count: 1, average: 3_000_00 },
    });
    expect(summary.averageCostByCouncilCategory['fe-college-over-16']).toEqual({
      count: 1,
      total: 3_000_00,
      average: 3_000_00,
    });
  });

  it('compares contributions with the previous year: health +£200, social care -£500', () => {
    expect(summary.contributionsByPartner).toEqual({
      health: 1_200_00,
      socialCare: 0,
      adultSocialCare: 0,
      adultHealth: 0,
    });
    // seed 003's order: children's social care, adult social care, children's health, adults health
    expect(summary.contributionChanges?.rows.map((r) => r.change)).toEqual([-500_00, 0, 200_00, 0]);
    expect(summary.contributionChanges?.total.change).toBe(-300_00);
  });

  it('has commitments that add up to the year, and the top-ups', () => {
    expect(summary.commitments.spendToDate + summary.commitments.committed).toBe(summary.totalCost);
    expect(summary.topUps).toEqual({ count: 2, total: 5_000_00, average: 2_500_00 });
    expect(summary.aboveNotionalThreshold.mainstreamPlacements).toBe(0);
  });

  it("splits the year's spend by DfE category, adding up to the total", () => {
    const spend = Object.values(summary.spendByCategory);
    expect(Object.keys(summary.spendByCategory)).toHaveLength(7);
    expect(spend.reduce((a, b) => a + b, 0)).toBe(summary.totalCost);
    expect(summary.spendByCategory.post16).toBe(3_000_00); // C, the FE college, all year
  });
});
