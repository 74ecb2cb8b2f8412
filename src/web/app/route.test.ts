import { describe, expect, it } from 'vitest';
import { hashFor, parseHash, parseSubRoute, subHashFor } from './route.ts';

describe('parseHash', () => {
  it('reads the council and the module', () => {
    expect(parseHash('#/314/financial-model')).toEqual({ councilCode: '314', page: 'financial-model' });
  });

  it('defaults to the dashboard and to no council', () => {
    expect(parseHash('#/314')).toEqual({ councilCode: '314', page: 'dashboard' });
    expect(parseHash('')).toEqual({ councilCode: null, page: 'dashboard' });
    expect(parseHash('#/')).toEqual({ councilCode: null, page: 'dashboard' });
  });

  it('round-trips with hashFor', () => {
    expect(parseHash(hashFor('E09000021', 'audit'))).toEqual({ councilCode: 'E09000021', page: 'audit' });
  });
});

describe('sub-routes inside a module', () => {
  it('ignores the query when reading the module', () => {
    expect(parseHash('#/314/savings?version=A')).toEqual({ councilCode: '314', page: 'savings' });
  });

  it('round-trips version names with commas and slashes', () => {
    const name = 'SEND Transformation Plan 2019/20 to 2021/22';
    const hash = subHashFor('314', 'financial-model', ['version', name]);
    expect(hash).toBe(
      '#/314/financial-model/version/SEND%20Transformation%20Plan%202019%2F20%20to%202021%2F22',
    );
    expect(parseHash(hash)).toEqual({ councilCode: '314', page: 'financial-model' });
    expect(parseSubRoute(hash).segments).toEqual(['version', name]);
  });

  it('reads the query, leaving out missing values', () => {
    const hash = subHashFor('314', 'financial-model', ['compare'], {
      from: 'Safety Valve agreement, March 2021',
      to: 'Latest forecast, May 2021',
      year: undefined,
    });
    const { segments, query } = parseSubRoute(hash);
    expect(segments).toEqual(['compare']);
    expect(query.get('from')).toBe('Safety Valve agreement, March 2021');
    expect(query.get('to')).toBe('Latest forecast, May 2021');
    expect(query.has('year')).toBe(false);
  });

  it('has no segments on the module page itself', () => {
    expect(parseSubRoute('#/314/financial-model')).toEqual({ segments: [], query: new URLSearchParams() });
    expect(parseSubRoute('#/314/financial-model/%E0%A4%A')).toMatchObject({ segments: ['%E0%A4%A'] });
  });
});
