import type { SeriesStore } from './measure';

/**
 * The period of a yearly series nearest to a target year (the earlier on a tie), with a note when it is
 * not the target itself. The DfE's benchmarking tool divides by the ONS 2-18 population of one mid-year;
 * when the data holds other years only, the nearest is used and the table says so rather than going blank.
 */
export function nearestYear(
  store: SeriesStore,
  seriesId: string,
  target: number,
  what: string,
): { period: string; note?: string } | undefined {
  const years = store.periods(seriesId).map(Number).filter(Number.isInteger);
  if (years.length === 0) return undefined;
  const best = years.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
  const period = String(best);
  if (best === target) return { period };
  return { period, note: `${what}: mid-${period} (nearest year available to mid-${String(target)})` };
}
