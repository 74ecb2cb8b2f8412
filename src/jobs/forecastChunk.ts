// Job kind `forecast-chunk`: simulations firstSimulation .. firstSimulation + simulations - 1 of a
// forecast. Simulation i draws only from the seed's stream i (src/core/forecast/rng.ts), so a forecast
// split into any chunks, on any threads or machines, gives exactly the numbers of one run.
import { xoroshiro128plus } from 'pure-rand';
import type { ForecastOptions } from '../core/forecast/forecastOptions';
import { estimateParameters, type ModelParameters } from '../core/forecast/modelParameters';
import { simulate } from '../core/forecast/projection';
import { simulationStreams } from '../core/forecast/rng';
import type { WitanInputs } from '../core/forecast/witanInputs';

/** The JSON a chunk is given. `options` is passed to the engine as it is (scenarios included). */
export interface ForecastChunkPayload {
  /**
   * The inputs as JSON text: a thread or process parses them once per run (see cacheKey); copying a
   * string to a thread is a memory copy, where the same inputs as objects took ~0.5 s per chunk to clone.
   */
  readonly inputsJson: string;
  readonly options: ForecastOptions;
  readonly seed: number;
  readonly firstSimulation: number;
  readonly simulations: number;
  /** Chunks of one run share a key, so a thread estimates the run's parameters once, not per chunk. */
  readonly cacheKey?: string;
}

/**
 * A chunk of a stored forecast run (job kind `forecast-run-chunk`): the same work, naming the run and the
 * chunk so that the worker's hooks store the result once per (run, chunk) and complete the run.
 */
export interface ForecastRunChunkPayload extends ForecastChunkPayload {
  readonly runId: number;
  /** 0, 1, 2... in simulation order. */
  readonly chunk: number;
  readonly chunks: number;
}

/** The JSON a chunk answers: its simulated series (every value a whole number of pupils or pence). */
export interface ForecastChunkResult {
  readonly firstSimulation: number;
  readonly simulations: number;
  readonly years: readonly number[];
  readonly seriesCount: number;
  readonly values: readonly number[];
}

let cached: { key: string; parameters: ModelParameters } | undefined;

/** The run's model parameters, estimated once per cacheKey in this thread. */
export function parametersOf(payload: ForecastChunkPayload): ModelParameters {
  if (payload.cacheKey !== undefined && cached?.key === payload.cacheKey) return cached.parameters;
  const parameters = estimateParameters(JSON.parse(payload.inputsJson) as WitanInputs, payload.options);
  if (payload.cacheKey !== undefined) cached = { key: payload.cacheKey, parameters };
  return parameters;
}

/** The seed's stream for each simulation: xoroshiro128plus takes a 32-bit seed, as the CLI always has. */
export const streamsOfSeed = (seed: number) => simulationStreams(xoroshiro128plus(seed | 0));

/** Runs one chunk. */
export function handle(payload: unknown): ForecastChunkResult {
  const chunk = payload as ForecastChunkPayload;
  const simulated = simulate(
    parametersOf(chunk),
    streamsOfSeed(chunk.seed),
    chunk.firstSimulation,
    chunk.simulations,
  );
  return {
    firstSimulation: simulated.firstSimulation,
    simulations: simulated.simulations,
    years: simulated.years,
    seriesCount: simulated.layout.seriesCount,
    values: Array.from(simulated.values),
  };
}
