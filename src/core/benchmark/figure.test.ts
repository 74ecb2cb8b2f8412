import { describe, expect, it } from 'vitest';
import { missingReasonOf, sumFigures } from './figure';

describe('figures', () => {
  it('knows the DfE codes, including #N/A from workbooks', () => {
    expect(['x', 'Z', ' c ', ':', '..', '~', 'low', '#N/A', '0', ''].map(missingReasonOf)).toEqual([
      'x',
      'z',
      'c',
      ':',
      '..',
      '~',
      'low',
      'na',
      undefined,
      undefined,
    ]);
  });

  it('sums to not available when any part is, never treating a code as 0', () => {
    expect(sumFigures([{ value: 2 }, { value: 3 }])).toEqual({ value: 5 });
    expect(sumFigures([{ value: 2 }, { value: null, missing: 'c' }])).toEqual({ value: null, missing: 'c' });
  });
});
