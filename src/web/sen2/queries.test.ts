import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api.ts';
import { refusedFindings, sourceName } from './queries.ts';

const file = (name: string) => new File(['x'], name);

describe('sourceName', () => {
  it('names a return by its zip, or by the export date in its Blade file names', () => {
    expect(sourceName([file('kingston-2025.zip')])).toBe('kingston-2025.zip');
    expect(
      sourceName([file('Blade-Export_20-01-2025_sen2.csv'), file('Blade-Export_20-01-2025_person.csv')]),
    ).toBe('Blade-Export_20-01-2025');
    expect(sourceName([file('a.csv'), file('b.csv')])).toBe('2 files');
    expect(sourceName([])).toBeUndefined();
  });
});

describe('refusedFindings', () => {
  it('keeps the SEN2 findings of a refused return (with module and child id), nothing else', () => {
    const finding = {
      kind: 'two-primary-needs',
      severity: 'error',
      module: 'senneed',
      row: 3,
      column: 'senneedrank',
      value: '1',
      personId: 'ab12cd34ef56ab78',
      message: 'a second rank-1 need on the plan',
    };
    const refused = new ApiError(
      400,
      'The SEN2 return has 1 error',
      undefined,
      ['…'],
      [finding as never, { row: 4, column: 'x', value: 'y', message: 'a register row' } as never],
    );
    expect(refusedFindings(refused)).toEqual([finding]);
    expect(refusedFindings(new Error('no'))).toEqual([]);
  });
});
