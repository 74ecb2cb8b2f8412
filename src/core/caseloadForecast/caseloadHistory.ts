import { ageBands, type AgeBand } from '../benchmark/ageBands';

// A council's published EHCP caseload as plain JSON: what the forecasts and back-tests take, so the
// per-council work can run in a worker thread or a queue job with nothing but this object.

/** One January census: the total and the five age bands; null where the release gives a code (x, z, c). */
export interface CaseloadYear {
  year: number;
  total: number | null;
  ages: Record<AgeBand, number | null>;
}

/** A council's published caseload history, census years ascending (years may be missing). */
export interface CouncilCaseload {
  /** The DfE's three-digit LA number. */
  council: string;
  name: string;
  years: CaseloadYear[];
}

/** The series the forecasts are made for: the total and each age band. */
export type CaseloadSeriesId = 'total' | AgeBand;

/** Every series id, total first. */
export const caseloadSeriesIds: readonly CaseloadSeriesId[] = ['total', ...ageBands];

/** One series of a council's history as a year -> value map (null: published as a code). */
export function seriesValues(caseload: CouncilCaseload, id: CaseloadSeriesId): Map<number, number | null> {
  return new Map(caseload.years.map((y) => [y.year, id === 'total' ? y.total : y.ages[id]]));
}

/** A run of consecutive known years ending at an origin. */
export interface KnownRun {
  years: number[];
  values: number[];
}

/**
 * The longest run of consecutive years with a positive published figure that ends at the origin
 * (at most `maxYears`). A code or a gap ends the run: a suppressed figure is not a zero, and a model
 * fitted across a hole would invent the missing year.
 */
export function knownRunEndingAt(
  values: Map<number, number | null>,
  origin: number,
  maxYears = 99,
): KnownRun {
  const years: number[] = [];
  const run: number[] = [];
  for (let year = origin; years.length < maxYears; year -= 1) {
    const value = values.get(year);
    if (value === undefined || value === null || value <= 0) break;
    years.unshift(year);
    run.unshift(value);
  }
  return { years, values: run };
}
