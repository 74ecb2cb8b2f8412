import { forecastModes, type ForecastMode, type ForecastOptions } from '../../core/forecast/forecastOptions';
import { formatRowError, readWitanFolder, type WitanFolder } from '../../io/witan/readWitanFolder';
import { optionalString, UsageError, type Command, type CommandIO, type ParsedArgs } from '../command';

// What `forecast run` and `forecast backtest` share: the mode and its switches, the witan.send folder
// with its optional category mapping and scenario, and how bad inputs are reported.

export const DEFAULT_SIMULATIONS = 1000;
// Every simulated value is kept for exact quantiles: 100,000 simulations of a demo-sized council is ~400 MB.
export const MAX_SIMULATIONS = 100_000;

// Each switch of docs/forecast.md can be set on its own, over the mode's preset.
const switches = {
  'ageing-out': { field: 'ageingOut', values: ['silent-drop', 'explicit'] },
  'joiner-population-year': { field: 'joinerPopulationYear', values: ['transition-start', 'census'] },
  'joiner-fallback': { field: 'joinerFallback', values: ['none', 'pooled'] },
  'rate-draws': { field: 'rateDraws', values: ['per-cohort-year', 'per-simulation'] },
  'joiner-weighting': { field: 'joinerWeighting', values: ['equal', 'recency'] },
  'joiner-trend': { field: 'joinerTrend', values: ['none', 'log-linear'] },
} as const;

/** The options both commands take. */
export const forecastModelOptions = {
  witan: { type: 'string' },
  simulations: { type: 'string' },
  seed: { type: 'string' },
  mode: { type: 'string' },
  format: { type: 'string' },
  categories: { type: 'string' },
  'joiner-half-life': { type: 'string' },
  'cost-inflation': { type: 'string' },
  ...Object.fromEntries(Object.keys(switches).map((flag) => [flag, { type: 'string' }])),
  help: { type: 'boolean', short: 'h' },
} as const satisfies Command['options'];

/** Usage lines for the shared options. */
export const forecastModelUsage = `  --witan DIR        a witan.send input folder: its config.edn names the files; without one, DIR holds
                     transitions.csv, population.csv, costs.csv and valid-states.csv
  --simulations N    default: config.edn's :simulations, else ${DEFAULT_SIMULATIONS}
  --seed S           0 to 4294967295; default: config.edn's :random-seed, else 0. The same seed gives the same results
  --mode M           witan: exactly witan.send's model; default (the default): ours, see docs/forecast.md
  --categories FILE  CSV with columns setting,category: each setting's DfE placement category
                     (mainstream, resourcedProvision, specialMaintained, independent, hospitalAp, post16, other)
  Switches over the mode (docs/forecast.md): --ageing-out silent-drop|explicit,
  --joiner-population-year transition-start|census, --joiner-fallback none|pooled,
  --rate-draws per-cohort-year|per-simulation, --joiner-weighting equal|recency [--joiner-half-life YEARS],
  --joiner-trend none|log-linear, --cost-inflation RATE (0.03 is 3% a year from the seed year)`;

/** One of a fixed list of values, or a UsageError. */
export function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = optionalString(args, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not '${value}'.`);
  return value as T;
}

/** A whole number in a range, or undefined when absent. */
export function wholeNumber(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const text = optionalString(args, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not '${text}'.`);
  return Number(text);
}

function decimal(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const text = optionalString(args, name);
  if (text === undefined) return undefined;
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max))
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, not '${text}'.`);
  return value;
}

/** The mode's options with every switch given on the command line over them. */
export function optionsOf(args: ParsedArgs, mode: ForecastMode): ForecastOptions {
  const options: Record<string, unknown> = { ...forecastModes[mode] };
  for (const [flag, { field, values }] of Object.entries(switches)) {
    const value = optionalString(args, flag);
    if (value !== undefined) options[field] = choice(args, flag, values, values[0]);
  }
  const halfLife = decimal(args, 'joiner-half-life', 0.1, 100);
  if (halfLife !== undefined) options.joinerHalfLife = halfLife;
  const inflation = decimal(args, 'cost-inflation', -0.5, 1);
  if (inflation !== undefined) options.costInflation = inflation;
  return options as unknown as ForecastOptions;
}

/** The switches as one line for people. */
export function describeOptions(options: ForecastOptions): string {
  return Object.entries(options)
    .filter(([key]) => key !== 'scenario')
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
}

/** The arguments every forecast command starts from. */
export interface ForecastSetup {
  readonly dir: string;
  readonly mode: ForecastMode;
  readonly options: ForecastOptions;
  readonly folder: WitanFolder;
  readonly simulations: number;
  readonly seed: number;
}

/** Reads and checks the folder (and scenario and mapping); prints every problem and returns undefined on bad input. */
export function forecastSetup(
  args: ParsedArgs,
  io: CommandIO,
  scenarioFile?: string,
): ForecastSetup | undefined {
  const dir = optionalString(args, 'witan');
  if (!dir) throw new UsageError('--witan is required.');
  const mode = choice(args, 'mode', ['default', 'witan'] as const, 'default');
  const options = optionsOf(args, mode);
  const requestedSimulations = wholeNumber(args, 'simulations', 1, MAX_SIMULATIONS);
  const requestedSeed = wholeNumber(args, 'seed', 0, 2 ** 32 - 1);
  const categories = optionalString(args, 'categories');
  const read = readWitanFolder(dir, {
    joinerPopulationYear: options.joinerPopulationYear,
    ...(categories !== undefined && { categories }),
    ...(scenarioFile !== undefined && { scenario: scenarioFile }),
  });
  if (!read.ok) {
    for (const error of read.errors) io.err(formatRowError(error));
    io.err(
      `${read.errors.length} problem${read.errors.length === 1 ? '' : 's'} in the witan.send inputs in ${dir}; nothing was run.`,
    );
    return undefined;
  }
  const folder = read.data;
  for (const warning of folder.warnings) io.err(`warning: ${warning}`);
  return {
    dir,
    mode,
    options: folder.scenario ? { ...options, scenario: folder.scenario } : options,
    folder,
    simulations: requestedSimulations ?? folder.config?.simulations ?? DEFAULT_SIMULATIONS,
    seed: requestedSeed ?? folder.config?.randomSeed ?? 0,
  };
}
