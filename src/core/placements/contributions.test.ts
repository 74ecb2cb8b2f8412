import { describe, expect, it } from 'vitest';
import { contributionChanges, contributionsByPartner } from './contributions';
import { aPlacement } from './testing';

describe('partner contributions', () => {
  it('costs contributions in the year like the placement: health £3,650 a year from 1 May 2021 = £3,650 × 335/365 = £3,350', () => {
    const register = [
      aPlacement({
        costBasis: 'financial',
        startDate: '2021-05-01',
        contributions: { health: 3_650_00, socialCare: 0, adultSocialCare: 0, adultHealth: 0 },
      }),
      aPlacement({
        childId: 'SYN-2',
        contributions: { health: 0, socialCare: 1_200_00, adultSocialCare: 600_00, adultHealth: 0 },
      }), // academic, all year
    ];
    expect(contributionsByPartner(register, '2021-22')).toEqual({
      socialCare: 1_200_00,
      adultSocialCare: 600_00,
      health: 3_350_00,
      adultHealth: 0,
    });
  });

  it("adds partners' changes against the previous year to seed 003's total: -£111k - £75k - £43k + £69k = -£160k", () => {
    // The seed gives only the changes; the levels here are made up so that their differences are the seed's.
    const previous = {
      childrensSocialCare: 500_000_00,
      adultSocialCare: 300_000_00,
      childrensHealth: 200_000_00,
      adultsHealth: 100_000_00,
    };
    const current = {
      childrensSocialCare: 389_000_00,
      adultSocialCare: 225_000_00,
      childrensHealth: 157_000_00,
      adultsHealth: 169_000_00,
    };
    const { rows, total } = contributionChanges(current, previous);
    expect(rows.map((r) => r.change)).toEqual([-111_000_00, -75_000_00, -43_000_00, 69_000_00]);
    expect(total.change).toBe(-160_000_00);
  });

  it('follows the order asked for and treats a missing partner as 0', () => {
    const { rows } = contributionChanges(
      { health: 5 } as Record<'health' | 'socialCare', number>,
      { health: 2, socialCare: 4 },
      ['socialCare', 'health'],
    );
    expect(rows).toEqual([
      { partner: 'socialCare', current: 0, previous: 4, change: -4 },
      { partner: 'health', current: 5, previous: 2, change: 3 },
    ]);
  });
});
