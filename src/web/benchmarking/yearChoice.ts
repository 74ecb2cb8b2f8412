// Which census year the benchmarking page shows for a measure. Measures are published for different years
// (finance measures come from one year's tables), so a year chosen for one measure may have no figures for
// the next: the page then moves to the latest year the measure has, and says so, rather than showing "no
// figures" under a year box that cannot be chosen again.
/** What the choice needs of a measure view: the year shown, the council's figure, the trend's years. */
interface YearsOfMeasure {
  year: number;
  benchmark: { value: number | null };
  trend: ReadonlyArray<{ year: number; value: number | null }>;
}

/** The years the year box offers: every year of the measure's trend, and the year shown, newest first. */
export function yearOptions(
  view: Pick<YearsOfMeasure, 'trend'> | undefined,
  shown: number | undefined,
): number[] {
  const years = new Set<number>((view?.trend ?? []).map((p) => p.year));
  if (shown !== undefined) years.add(shown);
  return [...years].sort((a, b) => b - a);
}

/** The latest year the measure has a figure for the council, or undefined when it has none. */
export function latestYearWithFigures(view: Pick<YearsOfMeasure, 'trend'>): number | undefined {
  return view.trend
    .filter((p) => p.value !== null)
    .map((p) => p.year)
    .sort((a, b) => b - a)[0];
}

/**
 * The year to move to when the year shown was not chosen by the person and the measure has no figure for
 * it (undefined: stay). A year the person chose is kept, with the page saying there are no figures.
 */
export function yearToMoveTo(view: YearsOfMeasure, chosenByPerson: boolean): number | undefined {
  if (chosenByPerson || view.benchmark.value !== null) return undefined;
  const latest = latestYearWithFigures(view);
  return latest !== undefined && latest !== view.year ? latest : undefined;
}
