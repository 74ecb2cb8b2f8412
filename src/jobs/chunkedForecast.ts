// A forecast run split into chunks of simulations, run inline or through a job queue, and put back
// together in simulation order. The result is identical to one runForecast call with the same seed.
import { randomUUID } from 'node:crypto';
import type { Forecast } from '../core/forecast/forecast';
import { summariseYears } from '../core/forecast/forecast';
import type { ForecastOptions } from '../core/forecast/forecastOptions';
import { estimateParameters, type ModelParameters } from '../core/forecast/modelParameters';
import { outputLayoutOf } from '../core/forecast/outputLayout';
import type { SimulatedYears } from '../core/forecast/projection';
import type { WitanInputs } from '../core/forecast/witanInputs';
import { handle, type ForecastChunkPayload, type ForecastChunkResult } from './forecastChunk';
import type { JobQueue } from './jobQueue';

/** What a forecast run is made of. */
export interface ForecastRequest {
  readonly inputs: WitanInputs;
  readonly options: ForecastOptions;
  readonly seed: number;
  readonly simulations: number;
}

/** Simulations done so far, out of all of them. */
export type SimulationProgress = (done: number, total: number) => void;

/** Chunk size: about four chunks per thread (so a slow chunk does not hold the others), at least 10 simulations. */
export function chunkSizeFor(simulations: number, threads: number): number {
  return Math.max(10, Math.ceil(simulations / (Math.max(1, threads) * 4)));
}

/** The run's chunks, in simulation order. */
export function forecastChunks(request: ForecastRequest, chunkSize: number): ForecastChunkPayload[] {
  const cacheKey = randomUUID();
  const inputsJson = JSON.stringify(request.inputs);
  const chunks: ForecastChunkPayload[] = [];
  for (let first = 0; first < request.simulations; first += chunkSize) {
    chunks.push({
      inputsJson,
      options: request.options,
      seed: request.seed,
      firstSimulation: first,
      simulations: Math.min(chunkSize, request.simulations - first),
      cacheKey,
    });
  }
  return chunks;
}

/** Puts chunks back together as one block of simulations 0 .. n-1 (checks they fit end to end). */
export function combineChunks(
  parameters: ModelParameters,
  results: readonly ForecastChunkResult[],
): SimulatedYears {
  const layout = outputLayoutOf(parameters);
  const years = [parameters.seedYear, ...parameters.projectionYears];
  const simulations = results.reduce((sum, r) => sum + r.simulations, 0);
  const values = new Float64Array(simulations * years.length * layout.seriesCount);
  let next = 0;
  for (const result of results) {
    if (
      result.firstSimulation !== next ||
      result.seriesCount !== layout.seriesCount ||
      result.years.length !== years.length
    )
      throw new Error(
        `forecast chunk from simulation ${result.firstSimulation} does not fit after simulation ${next - 1}`,
      );
    values.set(result.values, next * years.length * layout.seriesCount);
    next += result.simulations;
  }
  return { layout, years, firstSimulation: 0, simulations, values };
}

/**
 * Runs a forecast in chunks: through `queue` when given (worker threads or worker processes), else
 * inline on this thread, chunk after chunk, reporting progress between chunks.
 */
export async function runChunkedForecast(
  request: ForecastRequest,
  queue: JobQueue | undefined,
  onProgress?: SimulationProgress,
  chunkSize = chunkSizeFor(request.simulations, queue?.concurrency || 2),
): Promise<Forecast> {
  if (!Number.isSafeInteger(request.simulations) || request.simulations < 1)
    throw new RangeError(`${String(request.simulations)} simulations: at least 1 is needed`);
  // Estimated here too: it checks the inputs and options before any job is sent, and gives the layout.
  const parameters = estimateParameters(request.inputs, request.options);
  const chunks = forecastChunks(request, chunkSize);
  let results: ForecastChunkResult[];
  if (!queue) {
    results = [];
    let done = 0;
    onProgress?.(0, request.simulations);
    for (const chunk of chunks) {
      results.push(handle(chunk));
      done += chunk.simulations;
      onProgress?.(done, request.simulations);
    }
  } else {
    const batch = await queue.submit<ForecastChunkResult>('forecast-chunk', chunks);
    results = await batch.results((progress) => {
      const done = progress.jobs.reduce(
        (sum, job) => sum + (job.state === 'completed' ? (chunks[job.index]?.simulations ?? 0) : 0),
        0,
      );
      onProgress?.(done, request.simulations);
    });
  }
  const simulated = combineChunks(parameters, results);
  return { parameters, simulated, years: summariseYears(simulated) };
}
