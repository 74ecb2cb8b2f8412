import type { Pence } from '../money';

export type Rag = 'G' | 'A' | 'R';

/**
 * When an adverse variance turns amber or red. A band is crossed when the adverse variance exceeds the
 * absolute amount, or the percentage of the baseline, whichever is given (both: either crosses it).
 * Favourable variances are always green.
 */
export interface RagTolerance {
  amber: { absolute?: Pence; percent?: number };
  red: { absolute?: Pence; percent?: number };
}

/**
 * Kingston's default, found from every row of the Q1 2021-22 financial model monitoring table (seed 003):
 * favourable rows are green; adverse rows of up to £32,000 are green and of £74,000 or more amber
 * (no row tests red). Amber above £50,000 is the round figure between; red above £1,000,000 is a choice,
 * not evidence. A percentage rule cannot fit: £32,000 adverse on £73,000 (44%) is green while £315,000
 * on £750,000 (42%) is amber.
 */
export const kingstonTolerance: RagTolerance = {
  amber: { absolute: 5_000_000 }, // £50,000 in pence
  red: { absolute: 100_000_000 }, // £1,000,000 in pence
};

function crosses(adverse: Pence, baseline: Pence, band: { absolute?: Pence; percent?: number }): boolean {
  if (band.absolute !== undefined && adverse > band.absolute) return true;
  if (band.percent !== undefined && baseline !== 0 && (adverse / Math.abs(baseline)) * 100 > band.percent)
    return true;
  return false;
}

/** The RAG status of a variance, given how adverse it is (pence, positive = adverse) and the baseline. */
export function ragFor(adverseVariance: Pence, baseline: Pence, tolerance: RagTolerance): Rag {
  if (adverseVariance <= 0) return 'G';
  if (crosses(adverseVariance, baseline, tolerance.red)) return 'R';
  if (crosses(adverseVariance, baseline, tolerance.amber)) return 'A';
  return 'G';
}
