import { describe, expect, it } from 'vitest';
import { decileOfConcern, decileRagRule, ragByDecile } from './rag';
import { standingAmong } from './ranking';

describe('standing among councils', () => {
  it('ranks 1 as the highest, with mid-rank percentiles and deciles', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(standingAmong(10, values)).toEqual({ rank: 1, of: 10, percentile: 95, decile: 10 });
    expect(standingAmong(1, values)).toEqual({ rank: 10, of: 10, percentile: 5, decile: 1 });
    expect(standingAmong(5, [5, 5, 1, 9])).toEqual({ rank: 2, of: 4, percentile: 50, decile: 6 });
    expect(standingAmong(1, [])).toBeUndefined();
  });
});

describe('RAG by decile', () => {
  const top = standingAmong(10, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])!;
  const seventh = standingAmong(7, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])!;

  it('counts deciles in the direction of concern', () => {
    expect(decileOfConcern(top, 'higherIsWorse')).toBe(10);
    expect(decileOfConcern(top, 'higherIsBetter')).toBe(1);
    expect(decileOfConcern(top, 'neutral')).toBeUndefined();
  });

  it('is red in the worst fifth, amber in the next, green otherwise, and none for neutral measures', () => {
    expect(ragByDecile(top, 'higherIsWorse')).toBe('red');
    expect(ragByDecile(seventh, 'higherIsWorse')).toBe('amber');
    expect(ragByDecile(top, 'higherIsBetter')).toBe('green');
    expect(ragByDecile(top, 'neutral')).toBeUndefined();
  });

  it('takes other thresholds, and refuses nonsense', () => {
    expect(ragByDecile(seventh, 'higherIsWorse', decileRagRule(7, 5))).toBe('red');
    expect(() => decileRagRule(5, 7)).toThrow(/amber \(7\) not above red \(5\)/);
  });
});
