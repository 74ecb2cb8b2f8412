import { describe, expect, it } from 'vitest';
import { assuranceLabel, formatKpiFigure, statusLabel, trendLabel } from './svFormat.ts';

describe('Safety Valve words', () => {
  it('prints KPI figures as the return does (seed 003: £28,607,000; 1.26%; 1,447)', () => {
    expect(formatKpiFigure('money', 2_860_700_000)).toBe('£28,607,000');
    expect(formatKpiFigure('percent', 1.26)).toBe('1.26%');
    expect(formatKpiFigure('count', 1447)).toBe('1,447');
    expect(formatKpiFigure('count', null)).toBe('—');
  });

  it('names statuses, assurance levels and trends', () => {
    expect(statusLabel('signedByS151')).toBe('Signed by the S151 officer');
    expect(statusLabel('locked')).toBe('Locked');
    expect(assuranceLabel(null)).toBe('Not assessed');
    expect(assuranceLabel('Medium')).toBe('Medium');
    expect(trendLabel(null)).toBe('—');
    expect(trendLabel('increasing')).toBe('Increasing');
  });
});
