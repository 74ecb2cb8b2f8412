import { known, missingReasonOf, notAvailable, type Figure } from '../../core/benchmark/figure';

/** A cell as a published figure, or an error message when it is neither a number nor a known code. */
export type CellReading = { figure: Figure } | { error: string };

/**
 * Reads a published cell: '1,071' and '1071' are 1071, '6.20%' is 6.2, a code (x z c : .. ~ low) is
 * not available with that reason, and an empty cell is 'absent'. `nilDash` reads '-' as zero, which
 * only tables that print nil that way ask for (the tribunal table, whose rate column shows 0.00%).
 */
export function readCell(text: string | undefined, options: { nilDash?: boolean } = {}): CellReading {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { figure: notAvailable('absent') };
  const reason = missingReasonOf(trimmed);
  if (reason) return { figure: notAvailable(reason) };
  if (options.nilDash && trimmed === '-') return { figure: known(0) };
  const cleaned = trimmed.replace(/,/g, '').replace(/%$/, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(cleaned))
    return { error: 'is not a number or a known missing-value code (x, z, c, :, .., ~)' };
  return { figure: known(Number(cleaned)) };
}

/** Pounds (possibly with pence fractions) as integer pence. */
export function poundsToPence(pounds: number): number {
  return Math.round(pounds * 100);
}
