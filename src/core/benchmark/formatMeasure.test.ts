import { describe, expect, it } from 'vitest';
import { formatMeasure, roundTo } from './formatMeasure';

describe('formatMeasure', () => {
  it('writes each unit as the DfE tables do', () => {
    expect(formatMeasure(353995, 'count')).toBe('353,995');
    expect(formatMeasure(21.1899, 'percent')).toBe('21.2%');
    expect(formatMeasure(30.7149, 'perThousand')).toBe('30.7');
    expect(formatMeasure(248.18, 'poundsPerHead')).toBe('£248');
    expect(formatMeasure(null, 'percent')).toBe('n/a');
  });

  it('rounds halves away from zero', () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.005, 2)).toBe(1.01);
  });
});
