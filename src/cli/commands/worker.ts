import { startJobWorker } from '../../jobs/jobWorker';
import { allThreads } from '../../jobs/threadPool';
import { redactUrl } from '../../db/database';
import { optionalString, UsageError, type Command } from '../command';

export const workerCommand: Command = {
  words: ['worker'],
  summary: 'Take long jobs (forecast runs) from the PostgreSQL job queue, on this or another machine',
  usage: `highneeds worker [--concurrency N]

  Needs DATABASE_URL=postgres://...: the same database the server uses. Any number of workers, on any
  machines that reach it, share the jobs. Without DATABASE_URL the server runs jobs itself on worker
  threads and no worker is needed.
  --concurrency N   jobs run at once, each on a thread of its own (default: this machine's cores)
  Stops cleanly on SIGTERM or Ctrl+C: takes no new job and lets running ones finish (up to 30 s).`,
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
    const worker = await startJobWorker(url, concurrency, (message) => io.err(message));
    io.out(`highneeds worker ${worker.name}: taking jobs from ${redactUrl(url)}, ${concurrency} at a time.`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        io.out(`highneeds worker ${worker.name}: stopping (running jobs finish first).`);
        void worker.stop().then(resolve, (error: unknown) => {
          io.err(`highneeds worker ${worker.name}: ${(error as Error).message}`);
          resolve();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.out(`highneeds worker ${worker.name}: stopped.`);
    return 0;
  },
};
