import { ageBands, type AgeBand } from '../benchmark/ageBands';
import { ageProgressionForecast, type ProgressionParameters } from './ageProgression';
import type { KnownRun } from './caseloadHistory';
import {
  averageGrowth3,
  dampedLogTrend,
  lastGrowth,
  lastValue,
  linearTrend,
  type DampedTrendParameters,
  type SeriesForecaster,
} from './seriesMethods';

// The forecasting methods the back-test compares, each giving the total and the five age bands.
// Methods on the total share their forecast out over the bands in the latest published age profile
// (so the bands add up to the total; the 2025 release gives no ages for 2023, so band histories have a
// hole a band-by-band trend cannot cross); the age-group progression model forecasts the bands, and its
// total is their sum.

/** What a method sees: the known runs ending at the origin. */
export interface MethodInput {
  total: KnownRun;
  bands: Record<AgeBand, KnownRun>;
}

/** A method's forecast for horizons 1..h: the total, and the bands when it can give them. */
export interface MethodForecast {
  total: number[];
  bands?: Record<AgeBand, number[]>;
}

/** One forecasting method. */
export interface ForecastMethod {
  id: string;
  label: string;
  /** Baselines are always in the scorecard, to be beaten. */
  kind: 'baseline' | 'model';
  forecast(input: MethodInput, horizon: number): MethodForecast | undefined;
}

/**
 * The bands' shares of the total in the latest census up to the origin that gives every band (the
 * 2025 release has no 2023 ages), or undefined when no year does.
 */
export function latestBandShares(input: MethodInput): Record<AgeBand, number> | undefined {
  const years = [...new Set(ageBands.flatMap((b) => input.bands[b].years))].sort((a, b) => b - a);
  const at = (b: AgeBand, year: number) => input.bands[b].values[input.bands[b].years.indexOf(year)];
  for (const year of years) {
    const counts = ageBands.map((b) => at(b, year));
    if (counts.some((c) => c === undefined)) continue;
    const sum = (counts as number[]).reduce((s, c) => s + c, 0);
    if (sum > 0)
      return Object.fromEntries(ageBands.map((b, i) => [b, (counts[i] ?? 0) / sum])) as Record<
        AgeBand,
        number
      >;
  }
  return undefined;
}

/** Bands as the total's forecast shared out in the latest known age profile. */
function sharedBands(input: MethodInput, total: number[]): Record<AgeBand, number[]> | undefined {
  const shares = latestBandShares(input);
  if (!shares) return undefined;
  return Object.fromEntries(ageBands.map((b) => [b, total.map((t) => t * shares[b])])) as Record<
    AgeBand,
    number[]
  >;
}

/** The bands scaled each year to add up to the given totals. */
export function scaleBands(bands: Record<AgeBand, number[]>, total: number[]): Record<AgeBand, number[]> {
  const out = {} as Record<AgeBand, number[]>;
  for (const band of ageBands) out[band] = [];
  total.forEach((t, h) => {
    const sum = ageBands.reduce((s, b) => s + (bands[b][h] ?? 0), 0);
    for (const band of ageBands) out[band].push(sum > 0 ? ((bands[band][h] ?? 0) * t) / sum : NaN);
  });
  return out;
}

/** A method that forecasts the total with one series forecaster and shares it over the bands. */
export function seriesMethod(
  id: string,
  label: string,
  kind: ForecastMethod['kind'],
  forecaster: SeriesForecaster,
): ForecastMethod {
  return {
    id,
    label,
    kind,
    forecast(input, horizon) {
      const total = forecaster(input.total, horizon);
      if (!total) return undefined;
      const bands = sharedBands(input, total);
      return bands ? { total, bands } : { total };
    },
  };
}

/**
 * The age-group progression model. Its total is the bands' sum scaled by the origin's total over its
 * bands' sum, so plans the release could not place in a band (Hackney 2024) are carried too.
 */
export function ageProgressionMethod(id: string, label: string, p: ProgressionParameters): ForecastMethod {
  return {
    id,
    label,
    kind: 'model',
    forecast(input, horizon) {
      const bands = ageProgressionForecast(input.bands, horizon, p);
      const origin = input.total.values[input.total.values.length - 1];
      if (!bands || origin === undefined) return undefined;
      const bandsAtOrigin = ageBands.reduce(
        (s, b) => s + (input.bands[b].values[input.bands[b].values.length - 1] ?? 0),
        0,
      );
      const scale = origin / bandsAtOrigin;
      const total = Array.from(
        { length: horizon },
        (_, h) => ageBands.reduce((s, b) => s + (bands[b][h] ?? 0), 0) * scale,
      );
      return { total, bands: scaleBands(bands, total) };
    },
  };
}

/** The geometric mean of several methods' forecasts (total and bands), when all of them give one. */
export function combinationMethod(
  id: string,
  label: string,
  members: readonly ForecastMethod[],
): ForecastMethod {
  return {
    id,
    label,
    kind: 'model',
    forecast(input, horizon) {
      const forecasts = members.map((m) => m.forecast(input, horizon));
      if (forecasts.some((f) => f === undefined)) return undefined;
      const all = forecasts as MethodForecast[];
      const geo = (values: number[]) => Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
      const total = Array.from({ length: horizon }, (_, h) => geo(all.map((f) => f.total[h] ?? NaN)));
      if (all.some((f) => !f.bands)) return { total };
      const bands = {} as Record<AgeBand, number[]>;
      for (const band of ageBands)
        bands[band] = Array.from({ length: horizon }, (_, h) =>
          geo(all.map((f) => f.bands?.[band][h] ?? NaN)),
        );
      return { total, bands: scaleBands(bands, total) };
    },
  };
}

/** The damped trend's parameters, chosen by the back-test (docs/national-forecast.md). */
export const dampedTrendParameters: DampedTrendParameters = { phi: 0.9, years: 3 };
/** The age-group progression model's parameters, chosen by the back-test (docs/national-forecast.md). */
export const progressionParameters: ProgressionParameters = { phi: 0.9, years: 3 };

const damped = seriesMethod(
  'dampedLogTrend',
  'Damped trend on log counts',
  'model',
  dampedLogTrend(dampedTrendParameters),
);
const progression = ageProgressionMethod(
  'ageProgression',
  'Age-group progression model',
  progressionParameters,
);

/** Every method of the back-test: the four naive baselines first, then the models. */
export const forecastMethods: readonly ForecastMethod[] = [
  seriesMethod('lastValue', 'Naive: last value', 'baseline', lastValue),
  seriesMethod('lastGrowth', "Naive: last year's growth compounded", 'baseline', lastGrowth),
  seriesMethod(
    'averageGrowth3',
    'Naive: average growth of the last 3 years compounded',
    'baseline',
    averageGrowth3,
  ),
  seriesMethod('linearTrend', 'Naive: linear trend of the last 5 years', 'baseline', linearTrend),
  damped,
  progression,
  combinationMethod('combination', 'Combination: damped trend and age-group progression (geometric mean)', [
    damped,
    progression,
  ]),
];

/** The method the product's published-figure forecast uses (chosen by the back-test). */
export const CHOSEN_METHOD = 'combination';

/** A method by id. */
export function forecastMethodById(id: string): ForecastMethod | undefined {
  return forecastMethods.find((m) => m.id === id);
}
