import { describe, expect, it } from 'vitest';
import { oneOf, parseSearch, stringifySearch, text, wholeNumber } from './search.ts';

describe('search params', () => {
  it('reads and writes plain text, as the links written before the router did', () => {
    expect(parseSearch('?period=2021-05&category=Demand%20and%20placements')).toEqual({
      period: '2021-05',
      category: 'Demand and placements',
    });
    expect(stringifySearch({ period: '2021-22-Q1', view: undefined, year: 2025, empty: '' })).toBe(
      '?period=2021-22-Q1&year=2025',
    );
    expect(stringifySearch({})).toBe('');
  });

  it('checks each param', () => {
    expect(text('')).toBeUndefined();
    expect(oneOf('table', ['table'] as const)).toBe('table');
    expect(oneOf('grid', ['table'] as const)).toBeUndefined();
    expect(wholeNumber('2025')).toBe(2025);
    expect(wholeNumber('20x')).toBeUndefined();
  });
});
