import { startJobWorker } from '../../jobs/jobWorker';
import { defaultJobSettings } from '../../jobs/jobSettings';
import { allThreads } from '../../jobs/threadPool';
import { redactUrl } from '../../db/database';
import { jobHooks } from '../../services/jobHooks';
import { openRuntime } from '../../services/runtime';
import { optionalString, UsageError, type Command } from '../command';
import { superviseRuns } from './serveJobs';
import { runtimeOptions } from './withRuntime';

export const workerCommand: Command = {
  words: ['worker'],
  summary: 'Take long jobs (forecast runs) from the PostgreSQL job queue, on this or another machine',
  usage: `highneeds worker [--concurrency N]

  Needs DATABASE_URL=postgres://...: the same database the server uses. Any number of workers, on any
  machines that reach it, share the jobs; the worker that finishes a run's last chunk completes the run.
  Without DATABASE_URL the server runs jobs itself on worker threads and no worker is needed.
  --concurrency N   jobs run at once, each on a thread of its own (default: this machine's cores)
  Stops cleanly on SIGTERM or Ctrl+C: takes no new job and lets running ones finish (up to 30 s). A
  worker that is killed loses nothing: its jobs are given to another worker after the job expiry
  (HIGHNEEDS_JOB_EXPIRY_SECONDS, docs/forecast-runs.md).`,
  options: { concurrency: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  async run(args, io) {
    const url = io.env.DATABASE_URL;
    if (!url)
      throw new UsageError(
        'highneeds worker needs DATABASE_URL=postgres://... (the database the server uses).',
      );
    const text = optionalString(args, 'concurrency');
    if (text !== undefined && (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64))
      throw new UsageError(`--concurrency must be a whole number from 1 to 64, not '${text}'.`);
    const concurrency = text === undefined ? allThreads() : Number(text);
    // The worker stores what its jobs produce (a run's chunks, a completed run) in the database.
    const runtime = await openRuntime(runtimeOptions(args, io));
    const { ctx } = runtime;
    let worker;
    try {
      worker = await startJobWorker(url, {
        concurrency,
        settings: ctx.jobSettings ?? defaultJobSettings,
        log: (message) => io.err(message),
        hooks: jobHooks(ctx),
      });
    } catch (error) {
      await runtime.close();
      throw error;
    }
    const stopSupervising = superviseRuns(ctx, io);
    io.out(`highneeds worker ${worker.name}: taking jobs from ${redactUrl(url)}, ${concurrency} at a time.`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        stopSupervising();
        io.out(`highneeds worker ${worker.name}: stopping (running jobs finish first).`);
        void worker.stop().then(resolve, (error: unknown) => {
          io.err(`highneeds worker ${worker.name}: ${(error as Error).message}`);
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await runtime.close();
    io.out(`highneeds worker ${worker.name}: stopped.`);
    return 0;
  },
};
