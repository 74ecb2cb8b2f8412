import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTransitions } from './readTransitions';

const testdata = (...parts: string[]) =>
  fs.readFileSync(path.join(import.meta.dirname, 'testdata', ...parts), 'utf8');

describe('readTransitions', () => {
  it('reads rows with their line numbers, in any column order, ignoring extra columns', () => {
    const result = readTransitions(
      'id,academic-year-2,need-2,setting-2,academic-year-1,need-1,setting-1,calendar-year\n7,4,ASD,MS,3,NONSEND,NONSEND,2019\n\n8,5,NONSEND,NONSEND,4,SEMH,SP,2020\n',
    );
    expect(result).toEqual({
      ok: true,
      data: [
        {
          row: 2,
          calendarYear: 2019,
          ncy1: 3,
          need1: 'NONSEND',
          setting1: 'NONSEND',
          ncy2: 4,
          need2: 'ASD',
          setting2: 'MS',
        },
        {
          row: 4,
          calendarYear: 2020,
          ncy1: 4,
          need1: 'SEMH',
          setting1: 'SP',
          ncy2: 5,
          need2: 'NONSEND',
          setting2: 'NONSEND',
        },
      ],
    });
  });
  it('reports every bad row with its line, column and value', () => {
    const result = readTransitions(testdata('bad', 'transitions.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 3, column: 'academic-year-1', value: 'three', message: "'three' is not a whole number" },
      {
        row: 4,
        column: 'academic-year-2',
        value: '5',
        message: "'5' must be academic-year-1 + 1 (4): a transition covers one school year",
      },
      {
        row: 5,
        column: 'need-1',
        value: 'ASD',
        message: 'only one of need-1 and setting-1 is NONSEND: both must be, or neither',
      },
      {
        row: 6,
        column: 'setting-2',
        value: 'NONSEND',
        message: 'both sides are NONSEND: the row is not a transition of an EHCP',
      },
      { row: 7, column: 'need-1', value: '', message: 'is blank: expected a code' },
      { row: 8, column: '', value: '2019,MS,ASD,3,MS,ASD', message: 'has 6 cells but the header has 7' },
    ]);
  });
  it('names missing columns and what the header has instead', () => {
    const result = readTransitions('calendar-year,setting-1\n2019,MS\n');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => e.column)).toEqual([
        'need-1',
        'academic-year-1',
        'setting-2',
        'need-2',
        'academic-year-2',
      ]);
  });
  it('explains unreadable CSV and empty files', () => {
    expect(readTransitions('calendar-year\n"2019\n')).toMatchObject({
      ok: false,
      errors: [{ row: 2, message: expect.stringContaining('never closed') as string }],
    });
    expect(readTransitions('')).toMatchObject({
      ok: false,
      errors: [{ row: 1, message: 'the file is empty: expected a header row' }],
    });
  });
});
