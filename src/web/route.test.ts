import { describe, expect, it } from 'vitest';
import { hashFor, parseHash } from './route.ts';

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
