import type { YearSummary } from '../../core/forecast/forecast';
import type { ServiceContext } from '../context';
import type { Council } from '../councils';

// The dashboard's forecast tile: the latest completed caseload forecast with its interval, and any run
// still going, from the forecast runs stored.

/** One census year of a run: EHCPs (median and 90% interval) and the annual cost (mean and interval, pence). */
function censusFigures(year: YearSummary) {
  const ehcps = year.groups.total.total!;
  const cost = year.groups.costPence.total!;
  return {
    census: year.year,
    ehcps: { median: ehcps.median, p5: ehcps.p5, p95: ehcps.p95 },
    cost: { mean: cost.mean, p5: cost.p5, p95: cost.p95 },
  };
}

/**
 * The latest completed run (by number) with its first projected census and its last, and the newest run
 * queued or running when there is one. Nothing is run or changed.
 */
export async function latestForecast(ctx: ServiceContext, council: Council) {
  const runs = await ctx.db
    .selectFrom('forecast_runs')
    .select(['number', 'name', 'status', 'completed_at', 'seed_year', 'simulations', 'results'])
    .where('council_id', '=', council.id)
    .orderBy('number', 'desc')
    .execute();
  const completed = runs.find((r) => r.status === 'completed' && r.results !== null);
  const going = runs.find((r) => r.status === 'queued' || r.status === 'running');
  const inputSets = await ctx.db
    .selectFrom('forecast_input_sets')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('council_id', '=', council.id)
    .executeTakeFirstOrThrow();
  let latest = null;
  if (completed) {
    const projected = (completed.results as YearSummary[]).filter((y) => y.year !== completed.seed_year);
    const first = projected[0];
    const last = projected.at(-1);
    latest = {
      number: completed.number,
      name: completed.name,
      completedAt: completed.completed_at?.toISOString() ?? null,
      simulations: completed.simulations,
      next: first ? censusFigures(first) : null,
      horizon: last && last !== first ? censusFigures(last) : null,
    };
  }
  return {
    latest,
    inProgress: going ? { number: going.number, name: going.name, status: going.status } : null,
    inputSets: Number(inputSets.count),
  };
}
