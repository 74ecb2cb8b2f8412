import { noContributions, type Placement } from './placement';

/** A placement for tests and examples: a Year 5 pupil (born 2011) in an in-borough special school, academic-year rates, no contributions. */
export function aPlacement(overrides: Partial<Placement> = {}): Placement {
  return {
    childId: 'SYN-0001',
    dateOfBirth: '2011-03-14',
    ncy: null,
    primaryNeed: 'ASD',
    settingType: 'special_la_maintained',
    provider: 'Synthetic Special School',
    urn: '900001',
    inBorough: true,
    startDate: '2019-09-01',
    endDate: null,
    costBasis: 'academic',
    placeFunding: 10_000_00,
    topUp: 2_000_00,
    otherCost: 0,
    contributions: { ...noContributions },
    councilCategory: null,
    ...overrides,
  };
}
