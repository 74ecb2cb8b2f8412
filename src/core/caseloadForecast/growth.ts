import { SERIES_BREAK_YEAR } from '../benchmark/caseloadMeasures';

// Year-on-year growth of a caseload series, as log ratios. The SEN2 return became person-level in
// January 2023, so the change from 2022 to 2023 partly measures the new return, not new plans: the
// models leave it out of their trend when they have other years to go on (the naive baselines do not).

/** log(value[i] / value[i-1]) for each consecutive pair, with whether the pair crosses the series break. */
export function logGrowths(
  years: readonly number[],
  values: readonly number[],
): { growth: number; acrossBreak: boolean }[] {
  const out: { growth: number; acrossBreak: boolean }[] = [];
  for (let i = 1; i < values.length; i += 1) {
    out.push({
      growth: Math.log((values[i] ?? NaN) / (values[i - 1] ?? NaN)),
      acrossBreak: years[i] === SERIES_BREAK_YEAR,
    });
  }
  return out;
}

/** The last `count` growths, skipping the one across the series break when there are others to use. */
export function recentGrowths(years: readonly number[], values: readonly number[], count: number): number[] {
  const all = logGrowths(years, values);
  const clean = all.filter((g) => !g.acrossBreak);
  const use = clean.length > 0 ? clean : all;
  return use.slice(-count).map((g) => g.growth);
}

/** The mean of some numbers (NaN for none). */
export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The median of some numbers (NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** The q-quantile (0..1) of some numbers, linear between order statistics (type 7, as R and Excel). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (at - lo);
}
