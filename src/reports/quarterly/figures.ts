import { formatMoney, type Pence } from '../../core/money';

// How the report writes figures, in the return's own style.

/** £28,607,000 */
export const pounds = (p: Pence | null) => (p === null ? '' : formatMoney(p));

/** £139k, as the narrative writes savings. */
export const thousands = (p: Pence) => formatMoney(p, { units: 'k' });

/** 28.607 (£m to three places, as the monitoring table prints them; -0.000 written 0.000). */
export function millions3(p: Pence): string {
  const text = (Math.round(p / 100_000) / 1000).toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

/** -£111k or +£69k: a change, always signed. */
export const signedThousands = (p: Pence) => (p > 0 ? `+${thousands(p)}` : thousands(p));

export const ragWord = { G: 'Green', A: 'Amber', R: 'Red' } as const;
