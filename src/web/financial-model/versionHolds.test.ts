import { describe, expect, it } from 'vitest';
import { heldByText, isHeld } from './versionHolds.ts';

describe('versionHolds', () => {
  it('names the returns that hold a version, as the return pages name them', () => {
    expect(heldByText({ heldBy: [{ period: '2021-22-Q1', status: 'locked' }] })).toBe(
      'It is used by the signed Safety Valve return Q1 2021-22.',
    );
    expect(
      heldByText({
        heldBy: [
          { period: '2021-22-Q1', status: 'locked' },
          { period: '2021-22-Q2', status: 'signedByS151' },
          { period: '2021-22-Q3', status: 'locked' },
        ],
      }),
    ).toBe('It is used by the signed Safety Valve returns Q1 2021-22, Q2 2021-22 and Q3 2021-22.');
  });

  it('tells a held version from a free one', () => {
    expect(isHeld({ heldBy: [] })).toBe(false);
    expect(isHeld({ heldBy: [{ period: '2021-22-Q1', status: 'locked' }] })).toBe(true);
  });
});
