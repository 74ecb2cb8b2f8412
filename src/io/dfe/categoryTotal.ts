import { known, notAvailable, type Figure } from '../../core/benchmark/figure';

/**
 * The total of the detailed counts that make up a category (a placement category, an age band).
 * Detail the DfE did not collect that year or that does not apply (x, z, absent) adds nothing: the
 * 2025 release marks `online_provider` x before 2024/25 while its other columns still add up to the
 * total. Suppressed detail (c, ~, low) makes the total unavailable, since a hidden count is not zero.
 * When no detail has a number the total is unavailable with the first reason.
 */
export function categoryTotal(figures: readonly Figure[]): Figure {
  let total = 0;
  let anyNumber = false;
  for (const f of figures) {
    if (f.value !== null) {
      total += f.value;
      anyNumber = true;
    } else if (f.missing === 'c' || f.missing === '~' || f.missing === 'low') {
      return f;
    }
  }
  if (anyNumber) return known(total);
  return figures.find((f) => f.value === null) ?? notAvailable('absent');
}
