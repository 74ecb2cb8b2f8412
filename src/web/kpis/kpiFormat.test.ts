import { describe, expect, it } from 'vitest';
import { readTypedValue, valueForInput } from './kpiFormat.ts';

describe('KPI words', () => {
  it('starts an edit of money from pounds', () => {
    expect(valueForInput('money', 512_000_000)).toBe('5120000');
    expect(valueForInput('percent', 1.26)).toBe('1.26');
    expect(valueForInput('count', null)).toBe('');
  });

  it('reads what a person types, refusing what is not a figure', () => {
    expect(readTypedValue('£5,120,000')).toEqual({ ok: true, value: 5_120_000 });
    expect(readTypedValue(' 1.26% ')).toEqual({ ok: true, value: 1.26 });
    expect(readTypedValue('-72')).toEqual({ ok: true, value: -72 });
    expect(readTypedValue('')).toEqual({ ok: true, value: null });
    expect(readTypedValue('12,5OO')).toEqual({
      ok: false,
      message: "'12,5OO' is not a number. Type digits, e.g. 1447, 1.26 or 5120000.",
    });
  });
});
