import { startJobWorker } from '../../jobs/jobWorker';
import { allThreads } from '../../jobs/threadPool';
import type { ServiceContext } from '../../services/context';
import { failInterruptedRuns } from '../../services/forecasts/runs';
import type { CommandIO } from '../command';

/**
 * The server's part in long jobs: runs a previous process left unfinished are marked failed (embedded
 * database), and with DATABASE_URL the server also works the PostgreSQL queue itself, so one machine
 * needs no separate `highneeds worker` (more workers on other machines share the load). Returns a stop.
 */
export async function startServerJobs(
  ctx: ServiceContext,
  io: CommandIO,
  worker: boolean,
): Promise<() => Promise<void>> {
  const failed = await failInterruptedRuns(ctx);
  if (failed > 0)
    io.out(
      `${failed} forecast run${failed === 1 ? ' was' : 's were'} left unfinished by the last server and marked failed.`,
    );
  const url = io.env.DATABASE_URL;
  if (!url || !worker) return () => Promise.resolve();
  const running = await startJobWorker(url, allThreads(), (message) => io.err(message));
  io.out(
    `Working the job queue here too (${allThreads()} at a time); add machines with \`highneeds worker\`.`,
  );
  return () => running.stop();
}
