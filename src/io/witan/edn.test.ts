import { describe, expect, it } from 'vitest';
import { EdnError, parseEdn } from './edn';

describe('parseEdn', () => {
  it('reads maps keyed by keyword, strings, numbers, nil, booleans, vectors, sets, tags and comments', () => {
    const text = `; comment\n{:a "x\\"y" :b [1 -2.5 nil true] :c #{:k} #_ :skipped :d #ref [:file-inputs :population], :e sym}`;
    expect(parseEdn(text)).toEqual({
      a: 'x"y',
      b: [1, -2.5, null, true],
      c: [{ keyword: 'k' }],
      d: { tag: 'ref', value: [{ keyword: 'file-inputs' }, { keyword: 'population' }] },
      e: { symbol: 'sym' },
    });
  });
  it('says on which line it stops making sense', () => {
    expect(() => parseEdn('{:a 1\n :b}')).toThrow(EdnError);
    expect(() => parseEdn('{:a 1\n :b}')).toThrow(/line 1: a map has a key without a value/);
    expect(() => parseEdn('{:a\n\n "x}')).toThrow(/line 3: a string is not closed/);
    expect(() => parseEdn('{} {}')).toThrow(/more than one value/);
  });
});
