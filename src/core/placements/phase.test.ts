import { describe, expect, it } from 'vitest';
import { ageOn, ncyOf, phaseOf } from './phase';

describe('phase by age on 31 August before the academic year', () => {
  it('puts a young person who is 16 on 31 August 2021 in > 16 for 2021/22 (Year 12), and one who turns 16 on 1 September in < 16 (Year 11)', () => {
    expect(phaseOf({ dateOfBirth: '2005-08-31', ncy: null }, '2021/22')).toBe('over16');
    expect(ncyOf('2005-08-31', '2021/22')).toBe(12);
    expect(phaseOf({ dateOfBirth: '2005-09-01', ncy: null }, '2021/22')).toBe('under16');
    expect(ncyOf('2005-09-01', '2021/22')).toBe(11);
  });

  it('keeps the phase for the whole academic year, birthdays during it do not move a child', () => {
    // Born October 2005: 15 on 31 August 2021, 16 in October 2021, still < 16 until September 2022.
    expect(phaseOf({ dateOfBirth: '2005-10-20', ncy: null }, '2021/22')).toBe('under16');
    expect(phaseOf({ dateOfBirth: '2005-10-20', ncy: null }, '2022/23')).toBe('over16');
  });

  it('uses the NCY when there is no date of birth: Year 12 and above is > 16', () => {
    expect(phaseOf({ dateOfBirth: null, ncy: 11 }, '2021/22')).toBe('under16');
    expect(phaseOf({ dateOfBirth: null, ncy: 12 }, '2021/22')).toBe('over16');
    expect(() => phaseOf({ dateOfBirth: null, ncy: null }, '2021/22')).toThrow('date of birth or an NCY');
  });

  it('prefers the date of birth to the NCY (funding follows age)', () => {
    expect(phaseOf({ dateOfBirth: '2005-08-31', ncy: 11 }, '2021/22')).toBe('over16');
  });

  it('counts ages across leap days: a 29 February 2008 birthday is reached on 1 March in 2023', () => {
    expect(ageOn('2008-02-29', '2023-02-28')).toBe(14);
    expect(ageOn('2008-02-29', '2023-03-01')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('gives Reception as NCY 0', () => {
    expect(ncyOf('2016-08-31', '2021/22')).toBe(1);
    expect(ncyOf('2016-09-01', '2021/22')).toBe(0);
  });
});
