import type { KpiBand, KpiDirection, KpiTolerance, Rag } from './definition';

/**
 * Kingston's KPI tolerance, found from every row of the published RAG column of the Q1 2021-22 return
 * (seed 003): a value on or better than its target is green; an adverse difference of up to 0.5% of the
 * target is green (KPI 13: £3,000 on £3,482,000, 0.09%; KPI 18: £119 on £25,897,000), beyond it amber
 * (the smallest amber is KPI 3: 13 plans on 1,537, 0.85%). A flat amount cannot fit: £314 on an average
 * cost (KPI 25) is amber while £3,000 on the in-year deficit is green. No row is red, so red is a choice,
 * not evidence: it must lie above 90.3% (KPI 6 is amber at 65 of 72 ceased plans short); we chose 95%.
 */
export const kingstonKpiTolerance: KpiTolerance = { amber: { percent: 0.5 }, red: { percent: 95 } };

// Percentages and pence minus each other leave binary noise (2.25 − 2.2 = 0.04999...): ignore it.
const noise = 1e-9;

function crosses(adverse: number, target: number, band: KpiBand | undefined): boolean {
  if (!band) return false;
  if (band.absolute !== undefined && adverse > band.absolute + noise) return true;
  if (band.percent !== undefined) {
    // Any adverse difference from a zero target is beyond every percentage.
    if (target === 0) return true;
    if ((adverse / Math.abs(target)) * 100 > band.percent + noise) return true;
  }
  return false;
}

/** How far the value is on the wrong side of the target (≤ 0 when on or better than target). */
export function adverseDifference(direction: KpiDirection, target: number, value: number): number {
  if (direction === 'lower') return value - target;
  if (direction === 'higher') return target - value;
  return Math.abs(value - target);
}

/** The RAG of a value against its period target; null when either is missing (nothing to judge). */
export function kpiRag(
  direction: KpiDirection,
  target: number | null,
  value: number | null,
  tolerance: KpiTolerance,
): Rag | null {
  if (target === null || value === null) return null;
  const adverse = adverseDifference(direction, target, value);
  if (adverse <= noise) return 'G';
  if (crosses(adverse, target, tolerance.red)) return 'R';
  if (crosses(adverse, target, tolerance.amber)) return 'A';
  return 'G';
}
