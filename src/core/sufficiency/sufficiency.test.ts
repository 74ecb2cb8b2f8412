import { describe, expect, it } from 'vitest';
import {
  avoidedCost,
  capacityCaps,
  placesAt,
  sufficiencyGap,
  type CapacityEntry,
  type CapitalScheme,
} from './sufficiency';

const register: CapacityEntry[] = [
  { setting: 'MSP', phase: 'primary', needFocus: 'ASD', places: 60 },
  { setting: 'MSP', phase: 'secondary', needFocus: 'SEMH', places: 40 },
];
const schemes: CapitalScheme[] = [
  { name: 'New ASD base', setting: 'MSP', places: 30, cost: 4_500_000_00, opens: '2026-09-01' },
];

describe('sufficiency and capital', () => {
  it('counts places at each census: the register, plus a scheme once open (September 2026: from January 2027)', () => {
    expect([2026, 2027, 2028].map((y) => placesAt('MSP', y, register, schemes))).toEqual([100, 130, 130]);
  });

  it('gives the gap between forecast demand and places by year', () => {
    const gap = sufficiencyGap(
      [
        { census: 2026, bySetting: { MSP: 110 } },
        { census: 2027, bySetting: { MSP: 120.5 } },
      ],
      register,
      schemes,
    );
    expect(gap).toEqual([
      { census: 2026, setting: 'MSP', demand: 110, places: 100, gap: -10 },
      { census: 2027, setting: 'MSP', demand: 120.5, places: 130, gap: 9.5 },
    ]);
  });

  it('feeds the forecast as caps, one per run of years with the same places', () => {
    expect(capacityCaps(['MSP'], [2026, 2027, 2028], register, schemes, 'ISP')).toEqual([
      {
        type: 'cap',
        setting: 'MSP',
        places: 100,
        excess: 'redirect',
        to: 'ISP',
        years: { from: 2026, until: 2026 },
      },
      {
        type: 'cap',
        setting: 'MSP',
        places: 130,
        excess: 'redirect',
        to: 'ISP',
        years: { from: 2027, until: 2028 },
      },
    ]);
  });

  it('prices each placement made locally instead of out of area', () => {
    // 12 pupils at £55,000 out of area against £25,000 locally: 12 × £30,000 = £360,000 in 2026-27.
    expect(avoidedCost([{ census: 2027, pupils: 12 }], 55_000_00, 25_000_00)).toEqual([
      { financialYear: '2026-27', avoided: 360_000_00 },
    ]);
  });
});
