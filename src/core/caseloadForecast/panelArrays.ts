import type { PanelMember, PublishedPanel } from './publishedPanel';

// The panel as dense arrays by year, for the pooled methods to read fast: a back-test of every council
// at every origin with every candidate setting reads millions of figures. An unknown figure (a code, a
// gap, a year not published in the view the arrays were built from) is NaN, and so is every log ratio
// that needs it, so an unknown figure can never pass for a number.

/** One member's series as arrays indexed by year - first (NaN: unknown). */
export interface MemberArrays {
  council: string;
  name: string;
  /** EHCPs at the January census. */
  plans: Float64Array;
  /** Initial requests for assessment in the calendar year. */
  requests: Float64Array;
  /** New EHC plans made in the calendar year. */
  newPlans: Float64Array;
}

/** Every council's and England's figures as arrays over the years first..last. */
export interface PanelArrays {
  first: number;
  last: number;
  councils: MemberArrays[];
  england: MemberArrays;
}

const positive = (v: number | null | undefined) => (v !== null && v !== undefined && v > 0 ? v : NaN);

function memberArrays(member: PanelMember, first: number, last: number): MemberArrays {
  const size = last - first + 1;
  const plans = new Float64Array(size).fill(NaN);
  const requests = new Float64Array(size).fill(NaN);
  const newPlans = new Float64Array(size).fill(NaN);
  for (const y of member.years)
    if (y.year >= first && y.year <= last) plans[y.year - first] = positive(y.total);
  for (const f of member.flows) {
    if (f.year < first || f.year > last) continue;
    requests[f.year - first] = positive(f.requests);
    newPlans[f.year - first] = positive(f.newPlans);
  }
  return { council: member.council, name: member.name, plans, requests, newPlans };
}

/** The panel's figures as arrays, covering every year any member has. */
export function panelArrays(panel: PublishedPanel): PanelArrays {
  let first = Infinity;
  let last = -Infinity;
  for (const m of [panel.england, ...panel.councils]) {
    for (const y of m.years) [first, last] = [Math.min(first, y.year), Math.max(last, y.year)];
    for (const f of m.flows) [first, last] = [Math.min(first, f.year), Math.max(last, f.year)];
  }
  if (!Number.isFinite(first)) [first, last] = [0, -1];
  return {
    first,
    last,
    councils: panel.councils.map((c) => memberArrays(c, first, last)),
    england: memberArrays(panel.england, first, last),
  };
}

/** A figure of a series in a year (NaN when unknown or outside the arrays). */
export function at(series: Float64Array, first: number, year: number): number {
  const i = year - first;
  return i >= 0 && i < series.length ? (series[i] ?? NaN) : NaN;
}
