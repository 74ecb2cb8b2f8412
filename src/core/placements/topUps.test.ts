import { describe, expect, it } from 'vitest';
import { formatMoney, roundToPounds } from '../money';
import { aPlacement } from './testing';
import { aboveNotionalThreshold, topUpAnalysis } from './topUps';

describe('top-up analysis', () => {
  it('reproduces seed 002: "a cost of £10.245m over 644 top ups indicates the average top up is £15,908"', () => {
    // 643 top-ups of £15,908 and one of £16,156 make £10,245,000 over 644.
    // 1,024,500,000p / 644 = 1,590,838.51p → £15,908.39, printed to the pound as £15,908.
    const register = Array.from({ length: 644 }, (_, i) =>
      aPlacement({ childId: `SYN-${i}`, topUp: i === 0 ? 16_156_00 : 15_908_00 }),
    );
    const analysis = topUpAnalysis(register, '2019-10-01');
    expect(analysis).toEqual({ count: 644, total: 10_245_000_00, average: 15_908_39 });
    expect(formatMoney(roundToPounds(analysis.average!))).toBe('£15,908');
  });

  it('counts only placements with a top-up that are open on the date', () => {
    const register = [
      aPlacement({ topUp: 0 }),
      aPlacement({ childId: 'SYN-2', topUp: 1_000_00, endDate: '2019-12-31' }),
      aPlacement({ childId: 'SYN-3', topUp: 3_000_00 }),
    ];
    expect(topUpAnalysis(register, '2020-01-01')).toEqual({ count: 1, total: 3_000_00, average: 3_000_00 });
  });
});

describe('pupils above the £6,000 notional SEN threshold in mainstream', () => {
  it('counts mainstream places with a top-up, not resourced provision, and adds the school-funded first £6,000', () => {
    const register = [
      aPlacement({ childId: 'SYN-1', settingType: 'mainstream_academy', placeFunding: 0, topUp: 5_000_00 }),
      aPlacement({ childId: 'SYN-2', settingType: 'mainstream_la_maintained', placeFunding: 0, topUp: 0 }),
      aPlacement({
        childId: 'SYN-3',
        settingType: 'mainstream_academy_resourced_provision',
        topUp: 7_000_00,
      }),
    ];
    expect(aboveNotionalThreshold(register, '2021-05-31')).toEqual({
      threshold: 6_000_00,
      mainstreamPlacements: 2,
      pupilsAboveThreshold: 1,
      topUpTotal: 5_000_00,
      additionalSupportTotal: 11_000_00,
      averageTopUp: 5_000_00,
    });
  });
});
