import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './fastCsv';

describe('the fast CSV reader', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and tells each record its line', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n\r\n2,"two\nlines",\n3,,"end"';
    expect(parseCsvRecords(text)).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['1', 'x, y', 'say "hi"'], line: 2 },
      { cells: ['2', 'two\nlines', ''], line: 4 },
      { cells: ['3', '', 'end'], line: 6 },
    ]);
  });

  it('agrees with csv-parse on the cells', () => {
    const text = 'h1,h2\n"a""b",c\n,\n"",x\nlast,"q"\n';
    expect(parseCsvRecords(text).map((r) => r.cells)).toEqual(parse(text, { relax_column_count: true }));
  });

  it('names the line of a quote never closed', () => {
    expect(() => parseCsvRecords('a\n"open\nstill')).toThrow(
      'a quoted cell opened on line 2 is never closed',
    );
  });
});
