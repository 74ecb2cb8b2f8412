import { describe, expect, it } from 'vitest';
import { latestYearWithFigures, yearOptions, yearToMoveTo } from './yearChoice.ts';

// A finance measure published for one year only (High needs £ per head, 2021-22 tables), asked for January 2025.
const perHead = {
  year: 2025,
  benchmark: { value: null },
  trend: [
    { year: 2021, period: '2020-21', value: 1234, comparators: [] },
    {
      year: 2022,
      period: '2021-22',
      value: null,
      comparators: [{ kind: 'england', name: 'England', value: 900 }],
    },
  ],
};

describe('the benchmarking year', () => {
  it('moves a measure without figures for the year shown to the latest year it has, when nobody chose the year', () => {
    expect(latestYearWithFigures(perHead)).toBe(2021);
    expect(yearToMoveTo(perHead, false)).toBe(2021);
  });

  it('keeps a year the person chose, and a year that has figures', () => {
    expect(yearToMoveTo(perHead, true)).toBeUndefined();
    expect(yearToMoveTo({ ...perHead, benchmark: { value: 12 } }, false)).toBeUndefined();
    expect(yearToMoveTo({ ...perHead, trend: [] }, false)).toBeUndefined();
  });

  it('always offers the year shown, so it can be chosen again', () => {
    expect(yearOptions(perHead, 2025)).toEqual([2025, 2022, 2021]);
    expect(yearOptions(undefined, undefined)).toEqual([]);
  });
});
