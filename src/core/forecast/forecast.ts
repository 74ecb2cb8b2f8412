import type { ForecastOptions } from './forecastOptions';
import { estimateParameters, type ModelParameters } from './modelParameters';
import type { OutputGroupName } from './outputLayout';
import { simulate, type SimulatedYears } from './projection';
import type { Rng } from './rng';
import { summarise, type Summary } from './summary';
import type { WitanInputs } from './witanInputs';

/** Statistics of one year across simulations: each group is a total or a breakdown by key. */
export interface YearSummary {
  readonly year: number;
  readonly groups: Readonly<Record<OutputGroupName, Readonly<Record<string, Summary>>>>;
}

/** A forecast's results: the parameters it used, every simulated value, and their statistics. */
export interface Forecast {
  readonly parameters: ModelParameters;
  readonly simulated: SimulatedYears;
  readonly years: readonly YearSummary[];
}

/** One series' value in every simulation, for one year (by index into `simulated.years`). */
export function seriesAcrossSimulations(
  simulated: SimulatedYears,
  yearIndex: number,
  series: number,
): Float64Array {
  const { layout, years, simulations, values } = simulated;
  const out = new Float64Array(simulations);
  for (let s = 0; s < simulations; s += 1)
    out[s] = values[(s * years.length + yearIndex) * layout.seriesCount + series] as number;
  return out;
}

/** Summarises every series of every year. */
export function summariseYears(simulated: SimulatedYears): YearSummary[] {
  return simulated.years.map((year, yearIndex) => {
    const groups = {} as Record<OutputGroupName, Record<string, Summary>>;
    for (const group of simulated.layout.groups) {
      const byKey: Record<string, Summary> = {};
      group.keys.forEach((key, i) => {
        byKey[key] = summarise(seriesAcrossSimulations(simulated, yearIndex, group.offset + i));
      });
      groups[group.name] = byKey;
    }
    return { year, groups };
  });
}

/** Estimates, simulates and summarises a forecast (pure: all randomness comes from `streamOf`). */
export function runForecast(
  inputs: WitanInputs,
  options: ForecastOptions,
  simulations: number,
  streamOf: (simulation: number) => Rng,
): Forecast {
  if (!Number.isSafeInteger(simulations) || simulations < 1)
    throw new RangeError(`${String(simulations)} simulations: at least 1 is needed`);
  const parameters = estimateParameters(inputs, options);
  const simulated = simulate(parameters, streamOf, 0, simulations);
  return { parameters, simulated, years: summariseYears(simulated) };
}
