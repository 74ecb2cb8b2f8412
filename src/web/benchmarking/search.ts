// The benchmarking page's choices in the address: `#/314/benchmarking?measure=…&year=2025&compare=region`.
import { oneOf, text, wholeNumber } from '../app/search.ts';

export const comparisons = ['neighbours', 'region', 'all'] as const;
export type Comparison = (typeof comparisons)[number];

export interface BenchmarkingSearch {
  measure?: string;
  /** The January census year; absent means the latest the measure has figures for. */
  year?: number;
  compare?: Comparison;
}

/** Checks the benchmarking page's search params. */
export function benchmarkingSearch(search: Record<string, unknown>): BenchmarkingSearch {
  return {
    measure: text(search.measure),
    year: wholeNumber(search.year),
    compare: oneOf(search.compare, comparisons),
  };
}
