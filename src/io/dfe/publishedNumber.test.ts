import { describe, expect, it } from 'vitest';
import { categoryTotal } from './categoryTotal';
import { poundsToPence, readCell } from './publishedNumber';

describe('readCell', () => {
  it('reads numbers with thousands separators and percent signs', () => {
    expect(readCell('1,071')).toEqual({ figure: { value: 1071 } });
    expect(readCell(' 6.20% ')).toEqual({ figure: { value: 6.2 } });
    expect(readCell('-0.76')).toEqual({ figure: { value: -0.76 } });
  });

  it('keeps every missing-value code as not available with its reason, never 0', () => {
    for (const [text, missing] of [
      ['x', 'x'],
      ['z', 'z'],
      ['c', 'c'],
      [':', ':'],
      ['..', '..'],
      [' .. ', '..'],
      ['~', '~'],
      ['low', 'low'],
      ['', 'absent'],
    ]) {
      expect(readCell(text)).toEqual({ figure: { value: null, missing } });
    }
  });

  it("reads '-' as nil only when the table says so", () => {
    expect(readCell(' - ', { nilDash: true })).toEqual({ figure: { value: 0 } });
    expect(readCell('-')).toHaveProperty('error');
  });

  it('refuses text that is neither a number nor a code', () => {
    expect(readCell('12,5OO')).toEqual({
      error: 'is not a number or a known missing-value code (x, z, c, :, .., ~)',
    });
  });

  it('turns pounds with fractions into whole pence', () => {
    expect(poundsToPence(44867520326.8435)).toBe(4486752032684);
  });
});

describe('categoryTotal', () => {
  it('adds detail; detail not collected (x) adds nothing; suppressed detail makes the total unavailable', () => {
    expect(categoryTotal([{ value: 3 }, { value: null, missing: 'x' }, { value: 4 }])).toEqual({ value: 7 });
    expect(categoryTotal([{ value: 3 }, { value: null, missing: 'c' }])).toEqual({
      value: null,
      missing: 'c',
    });
    expect(
      categoryTotal([
        { value: null, missing: 'x' },
        { value: null, missing: 'x' },
      ]),
    ).toEqual({ value: null, missing: 'x' });
  });
});
