import { describe, expect, it } from 'vitest';
import { governanceSearch } from './search.ts';

describe('governanceSearch', () => {
  it('keeps a date written YYYY-MM-DD and drops anything else', () => {
    expect(governanceSearch({ asAt: '2021-06-18' })).toEqual({ asAt: '2021-06-18' });
    expect(governanceSearch({ asAt: '18/06/2021' })).toEqual({ asAt: undefined });
    expect(governanceSearch({})).toEqual({ asAt: undefined });
  });
});
