import { z } from 'zod';
import {
  caseloadSeriesIds,
  MIN_HISTORY_YEARS,
  scorecardAt,
  type BacktestScorecard,
  type PanelFinding,
} from '../../core/caseloadForecast';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { runNationalBacktest, type RunOptions } from './backtestRun';
import { originExtras, type OriginExtras } from './originExtras';
import { requireNationalDataReader } from './nationalAccess';
import { loadPublishedPanel } from './publishedPanel';

export { backtestJobKind, type BacktestProgress, type CouncilBacktestRunner } from './backtestRun';

const backtestInput = z
  .object({
    origin: z.coerce.number().int('must be a census year such as 2022'),
    horizon: z.coerce
      .number()
      .int('must be a whole number of years')
      .min(1, 'must be 1 to 5 years')
      .max(5, 'must be 1 to 5 years'),
    series: z.enum(caseloadSeriesIds as [string, ...string[]]).default('total'),
    seed: z.coerce.number().int('must be a whole number').default(1),
  })
  .strict();

/** The scorecard of one origin with the choices made there, the bootstrap, the findings and the data. */
export type NationalBacktest = BacktestScorecard &
  OriginExtras & {
    data: { firstYear: number; lastYear: number };
    findings: PanelFinding[];
  };

/** The origins each council is back-tested from: every year with enough history, up to the origin. */
export function backtestOrigins(firstYear: number, origin: number): number[] {
  const out: number[] = [];
  for (let year = firstYear + MIN_HISTORY_YEARS - 1; year <= origin; year += 1) out.push(year);
  return out;
}

/** Checks that an origin and horizon are inside the imported census years. */
export function checkOrigin(years: readonly number[], origin: number, horizon: number): void {
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  const earliest = first + MIN_HISTORY_YEARS - 1;
  if (earliest >= last) {
    throw new ValidationError(
      `origin: the imported releases cover only January ${String(first)} to January ${String(last)}; a back-test needs ${String(MIN_HISTORY_YEARS)} years of history and a later year to compare with. Import an earlier release (the 2022 release goes back to 2010).`,
      'origin',
    );
  }
  if (origin < earliest || origin >= last) {
    throw new ValidationError(
      `origin: January ${String(origin)} cannot be back-tested: the imported releases cover January ${String(first)} to January ${String(last)}, so an origin must be ${String(earliest)} (${String(MIN_HISTORY_YEARS)} years of history) to ${String(last - 1)} (a year to compare with).`,
      'origin',
    );
  }
  if (origin + horizon > last) {
    throw new ValidationError(
      `horizon: ${String(horizon)} years from January ${String(origin)} reaches January ${String(origin + horizon)}, but the data ends at January ${String(last)}; use a horizon of at most ${String(last - origin)}.`,
      'horizon',
    );
  }
}

/**
 * The national back-test at one origin: every council fitted on what was published by the origin,
 * forecast for the next years and compared with what was published then, every method scored against
 * the naive baselines. Each council's per-council methods are one call of `runCouncil` (by default a
 * job on the queue, or this thread), reported to `onProgress`; the pooled methods run here.
 */
export async function nationalBacktest(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
  options: RunOptions = {},
): Promise<NationalBacktest> {
  requireNationalDataReader(actor);
  const data = parseInput(backtestInput, input);
  const loaded = await loadPublishedPanel(ctx.db);
  checkOrigin(loaded.years, data.origin, data.horizon);
  const { full } = await runNationalBacktest(ctx, data.origin, data.horizon, options, loaded);
  const series = data.series as BacktestScorecard['series'];
  const card = scorecardAt(full, data.origin, data.horizon, series);
  return {
    ...card,
    ...originExtras(full, card, data.seed),
    data: { firstYear: loaded.years[0] ?? 0, lastYear: loaded.years[loaded.years.length - 1] ?? 0 },
    findings: loaded.findings,
  };
}
