import { SERIES_BREAK_YEAR } from '../benchmark/caseloadMeasures';
import { at } from './panelArrays';

// Growth of a caseload on the log scale, read from the panel's arrays. The change from January 2022 to
// January 2023 partly measures the new person-level SEN2 return, not new plans, so a trend leaves it out
// and reaches one year further back instead (as the damped trend does).

/** log(plans(year) / plans(year - 1)); NaN when either is unknown. */
export function logGrowthAt(plans: Float64Array, first: number, year: number): number {
  return Math.log(at(plans, first, year) / at(plans, first, year - 1));
}

/**
 * The mean log growth of the last `years` years ending at January `origin`, the series break left out.
 * A shorter run (a council created by a reorganisation) gives the mean of the years it has; NaN for none.
 */
export function meanLogGrowth(
  plans: Float64Array,
  first: number,
  origin: number,
  years: number,
  skipBreak = true,
): number {
  let sum = 0;
  let count = 0;
  for (let year = origin; count < years; year -= 1) {
    if (skipBreak && year === SERIES_BREAK_YEAR) continue;
    const g = logGrowthAt(plans, first, year);
    if (!Number.isFinite(g)) break;
    sum += g;
    count += 1;
  }
  return sum / count;
}
