import {
  backtestCouncil,
  fullBacktest,
  originsUpTo,
  type CouncilBacktest,
  type CouncilCaseload,
  type FullBacktest,
} from '../../core/caseloadForecast';
import type { JobQueue } from '../../jobs/jobQueue';
import type { ServiceContext } from '../context';
import { loadPublishedPanel, nationalDataVersion, type LoadedPanel } from './publishedPanel';

// Runs the whole back-test on the stored releases: each council's per-council methods as its own job
// (worker threads, or `highneeds worker` processes through PostgreSQL), then the pooled methods, their
// ensemble and the chosen method in this process (they learn from every council at once, and take a
// few seconds). The forecast and accuracy pages reuse a run while the stored data is unchanged.

/** Progress of a national back-test: councils done of all. */
export type BacktestProgress = (done: number, of: number, council: string) => void;

/** Runs one council's back-test. Plain JSON in and out: a worker or queue job can run it as it is. */
export type CouncilBacktestRunner = (request: {
  caseload: CouncilCaseload;
  origins: number[];
  horizon: number;
}) => Promise<CouncilBacktest> | CouncilBacktest;

/** How to run the per-council part. */
export interface RunOptions {
  onProgress?: BacktestProgress;
  runCouncil?: CouncilBacktestRunner;
}

/** The job kind that back-tests one council (src/jobs/nationalBacktestCouncil.ts). */
export const backtestJobKind = 'national-backtest-council';

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

/** The loaded panel and the whole back-test from every origin up to `lastOrigin`, horizons 1..horizon. */
export interface BacktestRun {
  loaded: LoadedPanel;
  full: FullBacktest;
  /** Figures worked out from the run once and kept with it (the evidence of each method and horizon). */
  memo: Map<string, unknown>;
}

/** Runs the whole back-test on the stored releases. */
export async function runNationalBacktest(
  ctx: ServiceContext,
  lastOrigin: number,
  horizon: number,
  options: RunOptions = {},
  loaded?: LoadedPanel,
): Promise<BacktestRun> {
  const data = loaded ?? (await loadPublishedPanel(ctx.db));
  const origins = originsUpTo(data.panel, lastOrigin);
  // The per-council jobs need the caseload only: the flows stay here, with the pooled methods.
  const requests = data.panel.councils.map(({ council, name, years }) => ({
    caseload: { council, name, years },
    origins,
    horizon,
  }));
  const perCouncil =
    options.runCouncil || !ctx.jobs
      ? await runHere(requests, options.runCouncil ?? backtestCouncil, options.onProgress)
      : await runAsJobs(ctx.jobs, requests, options.onProgress);
  return { loaded: data, full: fullBacktest(data.panel, perCouncil, horizon, lastOrigin), memo: new Map() };
}

const runs = new WeakMap<ServiceContext['db'], Map<string, Promise<BacktestRun>>>();

/**
 * The back-test for the forecast and accuracy pages: run once per stored data version, origin and
 * horizon, in this thread, and kept while the data is unchanged (only the latest few are kept).
 */
export async function cachedNationalBacktest(
  ctx: ServiceContext,
  lastOrigin: number,
  horizon: number,
  loaded: LoadedPanel,
): Promise<BacktestRun> {
  const key = `${await nationalDataVersion(ctx.db)}|${String(lastOrigin)}|${String(horizon)}`;
  const cache = runs.get(ctx.db) ?? new Map<string, Promise<BacktestRun>>();
  runs.set(ctx.db, cache);
  let run = cache.get(key);
  if (!run) {
    run = runNationalBacktest({ ...ctx, jobs: undefined }, lastOrigin, horizon, {}, loaded);
    cache.set(key, run);
    run.catch(() => cache.delete(key));
    while (cache.size > 4) cache.delete(cache.keys().next().value ?? key);
  }
  return run;
}
