import { describe, expect, it } from 'vitest';
import { roundToPounds } from '../money';
import {
  averageCostByCategory,
  averageCostByCategoryAndPhase,
  averageCostByCouncilCategory,
  averageCostByPhase,
  averageCostOfEhcp,
  averageOf,
  childrenOn,
} from './averages';
import { kingstonCategoryMap } from './councilCategories';
import { aPlacement } from './testing';

// As at 31 May 2021: academic year 2020/21, phase by age on 31 August 2020.
const register = [
  aPlacement({ childId: 'SYN-1', placeFunding: 10_000_00, topUp: 18_000_00 }), // special in borough < 16: £28,000
  aPlacement({ childId: 'SYN-2', placeFunding: 10_000_00, topUp: 19_095_00 }), // special in borough < 16: £29,095
  aPlacement({
    childId: 'SYN-3',
    settingType: 'special_independent',
    inBorough: false,
    placeFunding: 0,
    topUp: 0,
    otherCost: 33_657_00,
  }),
  aPlacement({ childId: 'SYN-4', settingType: 'mainstream_academy', placeFunding: 0, topUp: 5_000_00 }),
  aPlacement({
    childId: 'SYN-5',
    dateOfBirth: '2004-08-31',
    settingType: 'general_fe_tertiary_colleges',
    placeFunding: 0,
    topUp: 2_691_00,
  }), // 16 on 31 August 2020
  aPlacement({ childId: 'SYN-6', endDate: '2021-04-30', topUp: 90_000_00 }), // ended: left out
  aPlacement({ childId: 'SYN-7', startDate: '2021-09-01', topUp: 90_000_00 }), // not started: left out
  aPlacement({
    childId: 'SYN-1',
    settingType: 'mainstream_la_maintained',
    provider: 'Dual School',
    urn: '900002',
    placeFunding: 0,
    topUp: 0,
  }), // dual placement, £0
];

describe('average placement cost as at 31 May 2021', () => {
  it('averages by DfE category over the placements open on the date (every category present)', () => {
    const byCategory = averageCostByCategory(register, '2021-05-31');
    expect(byCategory.specialMaintained).toEqual({ count: 2, total: 57_095_00, average: 28_547_50 });
    expect(byCategory.independent).toEqual({ count: 1, total: 33_657_00, average: 33_657_00 });
    expect(byCategory.mainstream).toEqual({ count: 2, total: 5_000_00, average: 2_500_00 });
    expect(byCategory.post16).toEqual({ count: 1, total: 2_691_00, average: 2_691_00 });
    expect(byCategory.hospitalAp).toEqual({ count: 0, total: 0, average: null });
    expect(Object.keys(byCategory)).toEqual([
      'mainstream',
      'resourcedProvision',
      'specialMaintained',
      'independent',
      'hospitalAp',
      'post16',
      'other',
    ]);
  });

  it('averages by phase: (£28,000 + £29,095 + £33,657 + £5,000 + £0) / 5 < 16; £2,691 > 16', () => {
    expect(averageCostByPhase(register, '2021-05-31')).toEqual({
      under16: { count: 5, total: 95_752_00, average: 19_150_40 },
      over16: { count: 1, total: 2_691_00, average: 2_691_00 },
    });
  });

  it('averages by category within phase: post-16 only > 16, special only < 16', () => {
    const table = averageCostByCategoryAndPhase(register, '2021-05-31');
    expect(table.post16).toEqual({
      under16: { count: 0, total: 0, average: null },
      over16: { count: 1, total: 2_691_00, average: 2_691_00 },
    });
    expect(table.specialMaintained.under16.average).toBe(28_547_50);
    expect(table.specialMaintained.over16.count).toBe(0);
  });

  it("averages by Kingston's categories (KPIs 27-34), in the map's order", () => {
    const byCouncil = averageCostByCouncilCategory(register, '2021-05-31', kingstonCategoryMap);
    expect(Object.keys(byCouncil)).toEqual(kingstonCategoryMap.rules.map((r) => r.id));
    expect(byCouncil['special-in-borough']).toEqual({ count: 2, total: 57_095_00, average: 28_547_50 });
    expect(byCouncil['independent-under-16']!.average).toBe(33_657_00);
    expect(byCouncil['fe-college-over-16']!.average).toBe(2_691_00);
    expect(byCouncil['isp-over-16']!.average).toBeNull();
  });

  it('rounds a mean half away from zero to the penny', () => {
    expect(averageOf(10, 4)).toBe(3); // 2.5 → 3
    expect(averageOf(-10, 4)).toBe(-3);
    expect(averageOf(5, 0)).toBeNull();
  });

  it('counts each child once however many placements they hold', () => {
    expect(childrenOn(register, '2021-05-31')).toBe(5);
  });
});

describe('average cost of an EHCP (seed 003 KPI 37)', () => {
  it('reproduces the baseline £21,183 = HNB spend £30,270,400 (KPI 10) / 1,429 EHCPs (KPI 1)', () => {
    // 3,027,040,000p / 1,429 = 2,118,292.51p → £21,182.93 → £21,183 in whole pounds.
    expect(roundToPounds(averageCostOfEhcp(30_270_400_00, 1429)!)).toBe(21_183_00);
  });

  it('reproduces the 2021/22 target £20,684 = £31,791,000 (KPI 10 target) / 1,537 EHCPs (KPI 1 full-year target)', () => {
    expect(roundToPounds(averageCostOfEhcp(31_791_000_00, 1537)!)).toBe(20_684_00);
  });
});
