import { z } from 'zod';
import {
  backtestCouncil,
  backtestScorecard,
  caseloadSeriesIds,
  MIN_HISTORY_YEARS,
  type BacktestScorecard,
  type CouncilBacktest,
  type CouncilCaseload,
} from '../../core/caseloadForecast';
import type { JobQueue } from '../../jobs/jobQueue';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import type { Actor } from '../permissions';
import { parseInput } from '../validation';
import { requireNationalDataReader } from './nationalAccess';
import { loadPublishedCaseloads } from './publishedCaseload';

const backtestInput = z
  .object({
    origin: z.coerce.number().int('must be a census year such as 2022'),
    horizon: z.coerce
      .number()
      .int('must be a whole number of years')
      .min(1, 'must be 1 to 5 years')
      .max(5, 'must be 1 to 5 years'),
    series: z.enum(caseloadSeriesIds as [string, ...string[]]).default('total'),
  })
  .strict();

/** Progress of a national back-test: councils done of all. */
export type BacktestProgress = (done: number, of: number, council: string) => void;

/** Runs one council's back-test. Plain JSON in and out: a worker or queue job can run it as it is. */
export type CouncilBacktestRunner = (request: {
  caseload: CouncilCaseload;
  origins: number[];
  horizon: number;
}) => Promise<CouncilBacktest> | CouncilBacktest;

/** The scorecard and the data it was scored on. */
export type NationalBacktest = BacktestScorecard & { data: { firstYear: number; lastYear: number } };

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
 * The national back-test: every council fitted on the years up to the origin, forecast for the next
 * years and compared with what was published, scored per method against the naive baselines. Each
 * council is one call of `runCouncil` (by default in this thread), reported to `onProgress`.
 */
export async function nationalBacktest(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
  options: { onProgress?: BacktestProgress; runCouncil?: CouncilBacktestRunner } = {},
): Promise<NationalBacktest> {
  requireNationalDataReader(actor);
  const data = parseInput(backtestInput, input);
  const { councils, years } = await loadPublishedCaseloads(ctx.db);
  checkOrigin(years, data.origin, data.horizon);
  const origins = backtestOrigins(years[0] ?? data.origin, data.origin);
  const requests = councils.map((caseload) => ({ caseload, origins, horizon: data.horizon }));
  const results =
    options.runCouncil || !ctx.jobs
      ? await runHere(requests, options.runCouncil ?? backtestCouncil, options.onProgress)
      : await runAsJobs(ctx.jobs, requests, options.onProgress);
  const card = backtestScorecard(
    results,
    data.origin,
    data.horizon,
    data.series as BacktestScorecard['series'],
  );
  return { ...card, data: { firstYear: years[0] ?? 0, lastYear: years[years.length - 1] ?? 0 } };
}

type CouncilRequest = Parameters<CouncilBacktestRunner>[0];

async function runHere(
  requests: CouncilRequest[],
  run: CouncilBacktestRunner,
  onProgress: BacktestProgress | undefined,
): Promise<CouncilBacktest[]> {
  const results: CouncilBacktest[] = [];
  for (const [i, request] of requests.entries()) {
    results.push(await run(request));
    onProgress?.(i + 1, requests.length, request.caseload.name);
  }
  return results;
}

/** Every council as its own job on the job queue (worker threads, or `highneeds worker` processes). */
async function runAsJobs(
  jobs: JobQueue,
  requests: CouncilRequest[],
  onProgress: BacktestProgress | undefined,
): Promise<CouncilBacktest[]> {
  const batch = await jobs.submit<CouncilBacktest>(backtestJobKind, requests);
  let reported = 0;
  return batch.results((progress) => {
    if (progress.done === reported) return;
    reported = progress.done;
    const last = [...progress.jobs]
      .reverse()
      .find((job) => job.state === 'completed' || job.state === 'failed');
    onProgress?.(progress.done, progress.total, last ? (requests[last.index]?.caseload.name ?? '') : '');
  });
}

/** The job kind that back-tests one council (src/jobs/nationalBacktestCouncil.ts). */
export const backtestJobKind = 'national-backtest-council';
