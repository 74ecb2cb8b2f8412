import type { Summary } from '../../core/forecast/summary';
import type { ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { completedRun } from './runs';

/** One measure in both runs and the difference of their means (scenario minus baseline). */
export interface ComparedMeasure {
  baseline: Summary;
  scenario: Summary;
  difference: number;
}

/**
 * A run against its baseline (or the run numbered `baselineNumber`), year by year: total EHCPs, cost
 * (pence) and EHCPs by setting, for the years both project.
 */
export async function compareForecastRuns(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  number: number,
  baselineNumber?: number,
) {
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  const scenario = await completedRun(ctx, council, number);
  let baseNumber = baselineNumber;
  if (baseNumber === undefined && scenario.row.baseline_run_id !== null) {
    const base = await ctx.db
      .selectFrom('forecast_runs')
      .select('number')
      .where('id', '=', scenario.row.baseline_run_id)
      .executeTakeFirst();
    baseNumber = base?.number;
  }
  if (baseNumber === undefined)
    throw new ValidationError(
      `Forecast run ${number} has no baseline: choose a run to compare it with.`,
      'baseline',
    );
  const baseline = await completedRun(ctx, council, baseNumber);
  const compare = (a: Summary | undefined, b: Summary | undefined): ComparedMeasure | undefined =>
    a && b ? { baseline: a, scenario: b, difference: b.mean - a.mean } : undefined;
  const years = scenario.years.flatMap((year) => {
    const base = baseline.years.find((y) => y.year === year.year);
    if (!base) return [];
    const bySetting = Object.fromEntries(
      Object.keys(year.groups.bySetting).flatMap((key) => {
        const compared = compare(base.groups.bySetting[key], year.groups.bySetting[key]);
        return compared ? [[key, compared]] : [];
      }),
    );
    return [
      {
        year: year.year,
        total: compare(base.groups.total.total, year.groups.total.total),
        cost: compare(base.groups.costPence.total, year.groups.costPence.total),
        bySetting,
      },
    ];
  });
  return { run: number, baselineRun: baseNumber, years };
}

/** A run against its baseline, year by year. */
export type RunComparisonView = Awaited<ReturnType<typeof compareForecastRuns>>;
