import type { Forecast, YearSummary } from './forecast';
import type { ForecastOptions } from './forecastOptions';
import type { OutputGroupName } from './outputLayout';
import type { Summary } from './summary';

// A forecast's statistics shaped for people and files: money in pounds (the engine counts pence),
// breakdowns keyed by their codes, one JSON document or one long CSV table.

/** The names groups have in reports; costs are in pounds there. */
const reportNames: Record<OutputGroupName, string> = {
  total: 'total',
  byNcy: 'byNcy',
  byAgeGroup: 'byAgeGroup',
  byNeed: 'byNeed',
  bySetting: 'bySetting',
  costPence: 'cost',
  costPenceBySetting: 'costBySetting',
  joiners: 'joiners',
  leavers: 'leavers',
  movers: 'movers',
  unrecordedExits: 'unrecordedExits',
  byPlacementCategory: 'byPlacementCategory',
  byCategoryAndAgeGroup: 'byCategoryAndAgeGroup',
  byCategoryAndNeed: 'byCategoryAndNeed',
  costPenceByCategory: 'costByCategory',
  placesOverCap: 'placesOverCap',
  capRedirected: 'capRedirected',
};

const isCost = (group: OutputGroupName) =>
  group === 'costPence' || group === 'costPenceBySetting' || group === 'costPenceByCategory';

/** The statistics of a summary, scaled (pence to pounds for costs). */
function scaled(summary: Summary, factor: number): Summary {
  return Object.fromEntries(
    Object.entries(summary).map(([stat, value]) => [stat, value * factor]),
  ) as unknown as Summary;
}

/** How a run was made, reported with its results. */
export interface ForecastRunDescription {
  readonly mode: string;
  readonly options: ForecastOptions;
  readonly simulations: number;
  readonly seed: number;
  readonly warnings: readonly string[];
}

/** One year in the JSON report: totals are single summaries, breakdowns map keys to summaries. */
export type YearReport = { year: number } & Record<string, Summary | Record<string, Summary> | number>;

function yearReport(year: YearSummary): YearReport {
  const report: YearReport = { year: year.year };
  for (const [name, byKey] of Object.entries(year.groups) as Array<
    [OutputGroupName, Record<string, Summary>]
  >) {
    const factor = isCost(name) ? 0.01 : 1;
    const keys = Object.keys(byKey);
    report[reportNames[name]] =
      keys.length === 1 && keys[0] === 'total'
        ? scaled(byKey.total as Summary, factor)
        : Object.fromEntries(keys.map((key) => [key, scaled(byKey[key] as Summary, factor)]));
  }
  return report;
}

/** The JSON report: `{seedYear, mode, options, simulations, seed, quantiles, years: [{year, total, cost, byNcy, ...}]}`. */
export function forecastJson(forecast: Forecast, run: ForecastRunDescription): object {
  return {
    seedYear: forecast.parameters.seedYear,
    mode: run.mode,
    options: run.options,
    simulations: run.simulations,
    seed: run.seed,
    quantiles: 'exact order statistics of the simulations, linear interpolation (R type 7); costs in pounds',
    warnings: run.warnings,
    years: forecast.years.map(yearReport),
  };
}

const STATS: ReadonlyArray<keyof Summary> = ['mean', 'sd', 'p5', 'p10', 'p25', 'median', 'p75', 'p90', 'p95'];

/** The long CSV table: one row per year, group and key, with every statistic (costs in pounds). */
export function forecastCsvRows(forecast: Forecast): string[][] {
  const rows: string[][] = [['calendar-year', 'measure', 'key', ...STATS]];
  for (const year of forecast.years) {
    for (const [name, byKey] of Object.entries(year.groups) as Array<
      [OutputGroupName, Record<string, Summary>]
    >) {
      const factor = isCost(name) ? 0.01 : 1;
      for (const [key, summary] of Object.entries(byKey)) {
        rows.push([
          String(year.year),
          reportNames[name],
          key,
          ...STATS.map((stat) => String(Number((summary[stat] * factor).toFixed(6)))),
        ]);
      }
    }
  }
  return rows;
}
