import type { Figure } from './figure';

// A benchmark measure is a formula over additive published series ("parts"), so that a group of councils
// is measured the way the DfE measures a region: sum each part over the members, then apply the formula
// (Outer London's growth is its summed caseload now over its summed caseload then, not an average of 19
// growth rates). Measures published only as ratios (DSG balance as % of DSG) are averaged instead.

/** Read access to stored published figures, whichever release they came from. */
export interface SeriesStore {
  /** The figure for a series, area and period; undefined when no release has that row. */
  get(series: string, area: string, period: string): Figure | undefined;
  /** The periods for which a series has any figure, in ascending order. */
  periods(series: string): readonly string[];
}

/** What a measure's number is. */
export type MeasureUnit = 'count' | 'percent' | 'perThousand' | 'poundsPerHead';

/** Which way is a concern, for the RAG rating; neutral measures get no RAG. */
export type Direction = 'higherIsWorse' | 'higherIsBetter' | 'neutral';

/** One series at one period. */
export interface PartRef {
  series: string;
  period: string;
}

/** The parts of a measure for one benchmark year, or why the data cannot give it. */
export type MeasureParts =
  | { parts: Record<string, PartRef[]>; note?: string; caution?: string }
  | { unavailable: string };

/** A benchmark measure: what it is, which parts it needs for a year, and how they combine. */
export interface MeasureDefinition {
  id: string;
  label: string;
  /** The section of the benchmark table it belongs to. */
  topic: 'caseload' | 'age' | 'placement' | 'process' | 'finance';
  unit: MeasureUnit;
  direction: Direction;
  /** How a group of councils is measured: pool the parts, or average the members' values. */
  grouping: 'pooled' | 'mean';
  /** The period the measure describes for a benchmark year, in words ('January 2019', '2018-19'). */
  periodLabel(year: number): string;
  parts(year: number, store: SeriesStore): MeasureParts;
  /** The measure from each part's sum; null when undefined (a zero denominator). */
  combine(sums: Record<string, number>): number | null;
}

/** a / b, or null when b is zero. */
export function ratio(a: number | undefined, b: number | undefined, scale = 1): number | null {
  if (a === undefined || b === undefined || b === 0) return null;
  return (a / b) * scale;
}
