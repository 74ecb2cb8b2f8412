import type { CouncilBacktest } from './backtestCouncil';
import type { PanelFinding } from './panelFindings';

// The councils a method missed by most, with the reason when the data says why: a sudden change in the
// published series (Newham 2025), a council's flows published as its region's total, a council so small
// that one plan is a large share. Errors with no known reason are listed too, with none given.

/** One large error of a method. */
export interface LargeError {
  council: string;
  name: string;
  origin: number;
  h: number;
  year: number;
  forecast: number;
  actual: number;
  /** (forecast - actual) / actual, %. */
  percentError: number;
  reason: string | null;
}

/** A council smaller than this at the origin is "very small": one plan is more than 1% of it. */
export const VERY_SMALL_COUNCIL = 100;

const count = (n: number) => Math.round(n).toLocaleString('en-GB');

function reasonFor(
  e: Omit<LargeError, 'reason'>,
  findings: readonly PanelFinding[],
  plansAtOrigin: number | undefined,
): string | null {
  const mine = findings.filter((f) => f.councils.includes(e.council));
  // The largest sudden change between the origin and the year forecast explains the error best.
  const after = mine
    .filter((f) => f.kind === 'suddenChange' && f.year > e.origin && f.year <= e.year)
    .sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0))[0];
  if (after) return after.message;
  const before = mine.find((f) => f.kind === 'suddenChange' && f.year <= e.origin && f.year > e.origin - 3);
  if (before) return `The forecast started from a sudden change: ${before.message}`;
  const flows = mine.find(
    (f) => f.kind === 'regionalTotalInCouncilRows' && f.year < e.origin && f.year >= e.origin - 3,
  );
  if (flows)
    return `Its ${String(flows.year)} new plans were published as ${flows.name}'s total and read as unknown.`;
  if (plansAtOrigin !== undefined && plansAtOrigin < VERY_SMALL_COUNCIL)
    return `A very small council (${count(plansAtOrigin)} plans in January ${String(e.origin)}): one plan is ${(100 / plansAtOrigin).toFixed(1)}% of it.`;
  return null;
}

/**
 * The `limit` largest absolute percentage errors of a method at horizon h over the origins, one per
 * council (its largest), with reasons.
 */
export function largestErrors(
  results: readonly CouncilBacktest[],
  method: string,
  origins: readonly number[],
  h: number,
  findings: readonly PanelFinding[],
  plansAt: (council: string, origin: number) => number | undefined,
  limit = 10,
): LargeError[] {
  const worst: LargeError[] = [];
  for (const r of results) {
    let top: Omit<LargeError, 'reason'> | undefined;
    for (const p of r.points) {
      if (p.method !== method || p.series !== 'total' || p.h !== h || !origins.includes(p.origin)) continue;
      if (p.actual === null || p.actual <= 0) continue;
      const percentError = (p.forecast / p.actual - 1) * 100;
      if (top && Math.abs(percentError) <= Math.abs(top.percentError)) continue;
      top = {
        council: r.council,
        name: r.name,
        origin: p.origin,
        h,
        year: p.year,
        forecast: Math.round(p.forecast),
        actual: p.actual,
        percentError: Math.round(percentError * 100) / 100,
      };
    }
    if (top) worst.push({ ...top, reason: reasonFor(top, findings, plansAt(r.council, top.origin)) });
  }
  return worst.sort((a, b) => Math.abs(b.percentError) - Math.abs(a.percentError)).slice(0, limit);
}
