import { describe, expect, it } from 'vitest';
import { areaName, laByCode, laByName, lasExistingOn, normaliseAreaName, regionOf } from './laLookup';
import { localAuthorities } from './localAuthorities';

describe('LA register', () => {
  it('has unique three-digit numbers and ONS codes', () => {
    const codes = localAuthorities.flatMap((la) => [la.code, la.newCode, ...(la.formerNewCodes ?? [])]);
    expect(new Set(codes).size).toBe(codes.length);
    for (const la of localAuthorities) {
      expect(la.code).toMatch(/^\d{3}$/);
      expect(la.newCode).toMatch(/^E(06|08|09|10)\d{6}$/);
    }
  });

  it('has the 153 LAs of 2024 and 152 of January 2019 (before BCP and the new Dorset)', () => {
    expect(lasExistingOn('2024-06-01')).toHaveLength(153);
    expect(lasExistingOn('2019-01-15')).toHaveLength(152);
  });

  it('links reorganisations both ways', () => {
    for (const la of localAuthorities) {
      for (const s of la.successors ?? []) expect(laByCode(s)?.predecessors).toContain(la.code);
      for (const p of la.predecessors ?? []) expect(laByCode(p)?.successors).toContain(la.code);
    }
  });
});

describe('finding an LA', () => {
  it('by old number, new code, or a former ONS code the releases still use', () => {
    expect(laByCode('314')?.name).toBe('Kingston upon Thames');
    expect(laByCode('e09000021')?.code).toBe('314');
    expect(laByCode('E10000002')?.name).toBe('Buckinghamshire');
    expect(laByCode('999')).toBeUndefined();
  });

  it('by name however a file spells it', () => {
    const on = '2024-01-01';
    expect(laByName('Bristol, City of', on)?.code).toBe('801');
    expect(laByName('Kingston Upon Hull City of', on)?.code).toBe('810');
    expect(laByName('St. Helens', on)?.code).toBe('342');
    expect(laByName('Westmorland & Furness', on)?.code).toBe('943');
    expect(laByName('Bournemouth Christchurch and Poole', on)?.code).toBe('839');
    expect(laByName('Durham', on)?.code).toBe('840');
    expect(normaliseAreaName(' Herefordshire, County of ')).toBe('herefordshire');
  });

  it('by name on a date, because names outlive reorganisations', () => {
    expect(laByName('Dorset', '2019-01-15')?.code).toBe('835');
    expect(laByName('Dorset', '2019-04-01')?.code).toBe('838');
    expect(laByName('Northamptonshire', '2021-04-01')).toBeUndefined();
  });

  it('regions by code or by name in any case', () => {
    expect(regionOf('YORKSHIRE AND THE HUMBER ')?.code).toBe('E12000003');
    expect(regionOf('E12000007')?.name).toBe('London');
    expect(regionOf('OUTER LONDON')).toBeUndefined();
    expect(areaName('E92000001')).toBe('England');
    expect(areaName('E12000008')).toBe('South East');
    expect(areaName('314')).toBe('Kingston upon Thames');
  });
});
