import { describe, expect, it } from 'vitest';
import { ageBandOfNcy, ageOfNcy } from './ageGroup';

describe('ageBandOfNcy', () => {
  it('maps Reception (NCY 0, age 4) to under 5 and Year 1 (age 5) to 5 to 10', () => {
    expect(ageOfNcy(0)).toBe(4);
    expect(ageBandOfNcy(-4)).toBe('under5');
    expect(ageBandOfNcy(0)).toBe('under5');
    expect(ageBandOfNcy(1)).toBe('5to10');
  });
  it('puts the band edges where witan.send puts its NCY groups (1-6, 7-11, 12-15, 16+)', () => {
    expect([6, 7, 11, 12, 15, 16, 21].map(ageBandOfNcy)).toEqual([
      '5to10',
      '11to15',
      '11to15',
      '16to19',
      '16to19',
      '20to25',
      '20to25',
    ]);
  });
});
