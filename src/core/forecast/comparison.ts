import { seriesAcrossSimulations, type Forecast } from './forecast';
import type { OutputGroupName } from './outputLayout';
import { summarise, type Summary } from './summary';

// A scenario against its baseline. The difference of means is always meaningful; when both were run
// with the same seed and simulation indices, simulation i of each drew from the same random stream, so
// the difference of each simulation is a paired comparison whose spread is much narrower than the
// difference of two independent runs (common random numbers).

/** One series of one year, compared. */
export interface SeriesComparison {
  readonly baselineMean: number;
  readonly scenarioMean: number;
  /** scenario mean − baseline mean. */
  readonly difference: number;
  /** Statistics of (scenario − baseline) simulation by simulation, when paired. */
  readonly paired?: Summary;
}

/** Every common series of one year. */
export interface YearComparison {
  readonly year: number;
  readonly groups: Readonly<Partial<Record<OutputGroupName, Readonly<Record<string, SeriesComparison>>>>>;
}

/**
 * Compares two forecasts of the same model's years. `paired` says both were run with the same seed and
 * simulations (then per-simulation differences are summarised too); it needs the same simulation indices.
 */
export function compareForecasts(baseline: Forecast, scenario: Forecast, paired: boolean): YearComparison[] {
  const a = baseline.simulated;
  const b = scenario.simulated;
  if (a.years.join() !== b.years.join())
    throw new RangeError(
      `the forecasts project different years (${a.years.join(', ')} and ${b.years.join(', ')})`,
    );
  if (paired && (a.firstSimulation !== b.firstSimulation || a.simulations !== b.simulations))
    throw new RangeError('a paired comparison needs the same simulations in both forecasts');
  return a.years.map((year, y) => {
    const groups: Partial<Record<OutputGroupName, Record<string, SeriesComparison>>> = {};
    for (const group of a.layout.groups) {
      const other = b.layout.groups.find((g) => g.name === group.name);
      if (!other) continue;
      const byKey: Record<string, SeriesComparison> = {};
      group.keys.forEach((key, i) => {
        const j = other.keys.indexOf(key);
        if (j < 0) return;
        const baselineSummary = baseline.years[y]?.groups[group.name]?.[key];
        const scenarioSummary = scenario.years[y]?.groups[group.name]?.[key];
        if (!baselineSummary || !scenarioSummary) return;
        const comparison: SeriesComparison = {
          baselineMean: baselineSummary.mean,
          scenarioMean: scenarioSummary.mean,
          difference: scenarioSummary.mean - baselineSummary.mean,
        };
        if (paired) {
          const x = seriesAcrossSimulations(a, y, group.offset + i);
          const z = seriesAcrossSimulations(b, y, other.offset + j);
          byKey[key] = { ...comparison, paired: summarise(z.map((value, s) => value - (x[s] as number))) };
        } else byKey[key] = comparison;
      });
      groups[group.name] = byKey;
    }
    return { year, groups };
  });
}
