// `forecast run --threads T` and its progress bar: the run goes through the job interface (worker
// threads) and is drawn on stderr only when stderr is a terminal, never into a file or JSON output.
import type { Forecast } from '../../core/forecast/forecast';
import {
  runChunkedForecast,
  type ForecastRequest,
  type SimulationProgress,
} from '../../jobs/chunkedForecast';
import { ThreadQueue } from '../../jobs/threadQueue';
import { allThreads } from '../../jobs/threadPool';
import { optionalString, UsageError, type ParsedArgs } from '../command';

/** --threads: a whole number from 1 to 64, or `all` (this machine's cores); default 1. */
export function threadsOf(args: ParsedArgs): number {
  const text = optionalString(args, 'threads');
  if (text === undefined) return 1;
  if (text === 'all') return allThreads();
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64)
    throw new UsageError(`--threads must be a whole number from 1 to 64, or all, not '${text}'.`);
  return Number(text);
}

/** A one-line bar redrawn in place on a terminal: `[#######.....]  60%  600/1,000 simulations`. */
export function progressBar(
  write: (text: string) => void,
  width = 30,
): SimulationProgress & { finish(): void } {
  let last = -1;
  const draw: SimulationProgress = (done, total) => {
    const percent = Math.floor((100 * done) / total);
    if (percent === last) return;
    last = percent;
    const filled = Math.round((width * done) / total);
    write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}%  ${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} simulations`,
    );
  };
  return Object.assign(draw, { finish: () => last >= 0 && write('\n') });
}

/** Runs a forecast on `threads` threads (1: this thread, in chunks), with a progress bar when asked. */
export async function forecastOnThreads(
  request: ForecastRequest,
  threads: number,
  showProgress: boolean,
): Promise<Forecast> {
  const bar = showProgress ? progressBar((text) => process.stderr.write(text)) : undefined;
  const queue = threads > 1 ? new ThreadQueue(threads) : undefined;
  try {
    return await runChunkedForecast(request, queue, bar);
  } finally {
    bar?.finish();
    await queue?.close();
  }
}
