import { describe, expect, it } from 'vitest';
import { kingstonTolerance, ragFor } from './rag';

describe('ragFor', () => {
  it('is green for any favourable variance, however large', () => {
    expect(ragFor(-500_000_000, 100, kingstonTolerance)).toBe('G');
  });
  it("uses Kingston's absolute bands: green to £50,000 adverse, amber above, red above £1,000,000", () => {
    expect(ragFor(5_000_000, 0, kingstonTolerance)).toBe('G');
    expect(ragFor(5_000_001, 0, kingstonTolerance)).toBe('A');
    expect(ragFor(100_000_000, 0, kingstonTolerance)).toBe('A');
    expect(ragFor(100_000_001, 0, kingstonTolerance)).toBe('R');
  });
  it('applies a percentage band against the baseline, and either band when both are given', () => {
    const tolerance = { amber: { percent: 5 }, red: { absolute: 1_000_000, percent: 10 } };
    expect(ragFor(500, 10_000, tolerance)).toBe('G');
    expect(ragFor(501, 10_000, tolerance)).toBe('A');
    expect(ragFor(1_001, 10_000, tolerance)).toBe('R');
    expect(ragFor(1_000_001, 1_000_000_000, tolerance)).toBe('R');
    expect(ragFor(1, 0, tolerance)).toBe('G'); // no baseline: a percentage cannot be judged
  });
});
