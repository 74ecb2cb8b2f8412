// Job kind `reform-plan-forecast`: one of the forecasts a reform plan run needs (the unmitigated one, a
// mitigation added in the plan's order, or one alone), answered as the mean figures the plan keeps. Every
// forecast of a run draws from the same seed, so their differences are the mitigations', not chance's.
import { runForecast } from '../core/forecast/forecast';
import type { ForecastOptions } from '../core/forecast/forecastOptions';
import type { WitanInputs } from '../core/forecast/witanInputs';
import { forecastMeans, type YearMeans } from '../core/reformPlan';
import { streamsOfSeed } from './forecastChunk';

/** The JSON a plan's forecast is given: `options` carry the plan's changes as their scenario. */
export interface ReformPlanForecastPayload {
  readonly planRunId: number;
  /** planForecasts' key: 'unmitigated', 'sequential:<id>' or 'alone:<id>'. */
  readonly key: string;
  readonly inputsJson: string;
  readonly options: ForecastOptions;
  readonly seed: number;
  readonly simulations: number;
}

/** The answer: the forecast's means, year by year. */
export interface ReformPlanForecastResult {
  readonly key: string;
  readonly means: YearMeans[];
}

/** Runs one of a plan's forecasts. */
export function handle(payload: unknown): ReformPlanForecastResult {
  const job = payload as ReformPlanForecastPayload;
  const inputs = JSON.parse(job.inputsJson) as WitanInputs;
  const forecast = runForecast(inputs, job.options, job.simulations, streamsOfSeed(job.seed));
  return { key: job.key, means: forecastMeans(forecast) };
}
