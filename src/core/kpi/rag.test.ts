import { describe, expect, it } from 'vitest';
import { kingstonKpiTolerance, kpiRag } from './rag';

describe('kpiRag with Kingston’s tolerance (amber beyond 0.5% adverse, red beyond 95%)', () => {
  it.each([
    // seed 003 rows that pin the bands
    ['KPI 2: 1.26% against 1.17%, lower is better', 'lower', 1.17, 1.26, 'A'],
    ['KPI 3: 1,550 against 1,537 (0.85% adverse)', 'lower', 1537, 1550, 'A'],
    ['KPI 13: £3,000 adverse on £3,482,000 (0.09%)', 'lower', 348_200_000, 348_500_000, 'G'],
    ['KPI 9: favourable £312,000', 'lower', 543_200_000, 512_000_000, 'G'],
    ['KPI 6: −7 ceased against −72 (90.3% adverse)', 'lower', -72, -7, 'A'],
    ['KPI 16: −22.33% against −22.76%, higher is better', 'higher', -22.76, -22.33, 'G'],
    ['KPI 24: £527,426 against £1,261,000 savings', 'higher', 126_100_000, 52_742_600, 'A'],
    ['KPI 35: £0 against £0', 'higher', 0, 0, 'G'],
  ] as const)('%s → %s', (_name, direction, target, value, rag) => {
    expect(kpiRag(direction, target, value, kingstonKpiTolerance)).toBe(rag);
  });

  it('is red beyond the red band, and for any adverse value against a zero target', () => {
    expect(kpiRag('higher', 1000, 40, kingstonKpiTolerance)).toBe('R');
    expect(kpiRag('lower', 0, 1, kingstonKpiTolerance)).toBe('R');
  });

  it('judges close-to-target both ways, and absolute bands', () => {
    const tolerance = { amber: { absolute: 5 }, red: { absolute: 20 } };
    expect(kpiRag('closeToTarget', 100, 104, tolerance)).toBe('G');
    expect(kpiRag('closeToTarget', 100, 94, tolerance)).toBe('A');
    expect(kpiRag('closeToTarget', 100, 121, tolerance)).toBe('R');
  });

  it('has nothing to judge without a target or a value', () => {
    expect(kpiRag('lower', null, 1, kingstonKpiTolerance)).toBeNull();
    expect(kpiRag('lower', 1, null, kingstonKpiTolerance)).toBeNull();
  });
});
