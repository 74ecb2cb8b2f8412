import type { BackgroundPopulation } from './witanInputs';

/** Background population by calendar year and NCY, for lookups. */
export interface BackgroundPopulationTable {
  /** The population, or undefined when population.csv has no row for it. */
  get(calendarYear: number, ncy: number): number | undefined;
  /** Calendar years present, ascending. */
  readonly years: readonly number[];
}

/** Indexes population rows by (calendar year, NCY). */
export function backgroundPopulationTable(rows: readonly BackgroundPopulation[]): BackgroundPopulationTable {
  const byKey = new Map<string, number>();
  for (const row of rows) byKey.set(`${row.calendarYear}:${row.ncy}`, row.population);
  const years = [...new Set(rows.map((row) => row.calendarYear))].sort((a, b) => a - b);
  return { get: (calendarYear, ncy) => byKey.get(`${calendarYear}:${ncy}`), years };
}

/** Thrown when a year and NCY the model needs has no background population. */
export class MissingPopulationError extends RangeError {
  constructor(
    readonly calendarYear: number,
    readonly ncy: number,
    why: string,
  ) {
    super(`population.csv has no row for calendar year ${calendarYear}, NCY ${ncy} (needed ${why})`);
  }
}
