import { startJobWorker } from '../../jobs/jobWorker';
import { defaultJobSettings } from '../../jobs/jobSettings';
import { allThreads } from '../../jobs/threadPool';
import type { ServiceContext } from '../../services/context';
import { recoverInterruptedRuns, timeOutForecastRuns } from '../../services/forecasts/runSupervision';
import { jobHooks } from '../../services/jobHooks';
import { failInterruptedPlanRuns } from '../../services/reformPlan/planRunJobs';
import type { CommandIO } from '../command';

/**
 * Checks every `checkIntervalSeconds` for forecast runs past their time limit and fails them, saying
 * why. Every server and worker does it, so a run fails on time whichever processes are left. Returns a stop.
 */
export function superviseRuns(ctx: ServiceContext, io: CommandIO): () => void {
  const seconds = ctx.jobSettings?.checkIntervalSeconds ?? 60;
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    timeOutForecastRuns(ctx)
      .then((failed) => {
        if (failed > 0)
          io.out(`${failed} forecast run${failed === 1 ? '' : 's'} passed the time limit and failed.`);
      })
      .catch((error: unknown) => io.err(`Checking forecast runs: ${(error as Error).message}`))
      .finally(() => (checking = false));
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The server's part in long jobs: runs a previous process left unfinished are resumed or failed
 * (embedded database), runs past their time limit are failed, and with DATABASE_URL the server also
 * works the PostgreSQL queue itself, so one machine needs no separate `highneeds worker` (more workers
 * on other machines share the load). Returns a stop.
 */
export async function startServerJobs(
  ctx: ServiceContext,
  io: CommandIO,
  worker: boolean,
): Promise<() => Promise<void>> {
  const { resumed, failed } = await recoverInterruptedRuns(ctx);
  if (resumed > 0)
    io.out(
      `${resumed} forecast run${resumed === 1 ? ' was' : 's were'} left unfinished by the last server and resumed.`,
    );
  if (failed > 0)
    io.out(
      `${failed} forecast run${failed === 1 ? ' was' : 's were'} left unfinished by the last server and marked failed.`,
    );
  const planRuns = await failInterruptedPlanRuns(ctx);
  if (planRuns > 0)
    io.out(
      `${planRuns} reform plan run${planRuns === 1 ? ' was' : 's were'} left unfinished by the last server and marked failed.`,
    );
  const stopSupervising = superviseRuns(ctx, io);
  const url = io.env.DATABASE_URL;
  if (!url || !worker)
    return () => {
      stopSupervising();
      return Promise.resolve();
    };
  const running = await startJobWorker(url, {
    concurrency: allThreads(),
    settings: ctx.jobSettings ?? defaultJobSettings,
    log: (message) => io.err(message),
    hooks: jobHooks(ctx),
  });
  io.out(
    `Working the job queue here too (${allThreads()} at a time); add machines with \`highneeds worker\`.`,
  );
  return () => {
    stopSupervising();
    return running.stop();
  };
}
