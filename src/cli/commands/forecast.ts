import fs from 'node:fs';
import type { Forecast } from '../../core/forecast/forecast';
import { forecastModes, type ForecastMode, type ForecastOptions } from '../../core/forecast/forecastOptions';
import { csvText, forecastCsvRows, forecastJson } from '../../core/forecast/forecastReport';
import { formatMoney } from '../../core/money';
import { formatRowError, readWitanFolder } from '../../io/witan/readWitanFolder';
import {
  optionalString,
  requireOption,
  UsageError,
  type Command,
  type CommandIO,
  type ParsedArgs,
} from '../command';
import { renderTable } from '../table';
import { forecastOnThreads, threadsOf } from './forecastProgress';

const DEFAULT_SIMULATIONS = 1000;
// Every simulated value is kept for exact quantiles: 100,000 simulations of a demo-sized council is ~400 MB.
const MAX_SIMULATIONS = 100_000;

// Each switch of docs/forecast.md can be set on its own, over the mode's preset.
const switches = {
  'ageing-out': { field: 'ageingOut', values: ['silent-drop', 'explicit'] },
  'joiner-population-year': { field: 'joinerPopulationYear', values: ['transition-start', 'census'] },
  'joiner-fallback': { field: 'joinerFallback', values: ['none', 'pooled'] },
  'rate-draws': { field: 'rateDraws', values: ['per-cohort-year', 'per-simulation'] },
} as const;

function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const value = optionalString(args, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not '${value}'.`);
  return value as T;
}

function wholeNumber(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const text = optionalString(args, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not '${text}'.`);
  return Number(text);
}

function optionsOf(args: ParsedArgs, mode: ForecastMode): ForecastOptions {
  const options: Record<string, string> = { ...forecastModes[mode] };
  for (const [flag, { field, values }] of Object.entries(switches)) {
    const value = optionalString(args, flag);
    if (value !== undefined) options[field] = choice(args, flag, values, values[0]);
  }
  return options as unknown as ForecastOptions;
}

function summaryTable(forecast: Forecast): string {
  const rows = forecast.years.map(({ year, groups }) => {
    const total = groups.total.total!;
    const cost = groups.costPence.total!;
    const pounds = (pence: number) => formatMoney(Math.round(pence));
    return [
      year,
      total.mean.toFixed(1),
      total.sd.toFixed(1),
      total.p5.toFixed(0),
      total.median.toFixed(0),
      total.p95.toFixed(0),
      pounds(cost.mean),
      pounds(cost.p5),
      pounds(cost.p95),
    ];
  });
  return renderTable(
    ['year', 'EHCPs mean', 'sd', 'p5', 'median', 'p95', 'cost mean', 'cost p5', 'cost p95'],
    rows,
  );
}

export const forecastRun: Command = {
  words: ['forecast', 'run'],
  summary: 'Forecast EHCP numbers and costs from a witan.send input folder (Markov Monte Carlo)',
  usage: `highneeds forecast run --witan DIR [--simulations N] [--seed S] [--mode witan|default] [--format json|table] [--out FILE.csv]

  --witan DIR        a witan.send input folder: its config.edn names the files; without one, DIR holds
                     transitions.csv, population.csv, costs.csv and valid-states.csv
  --simulations N    default: config.edn's :simulations, else ${DEFAULT_SIMULATIONS}
  --seed S           0 to 4294967295; default: config.edn's :random-seed, else 0. The same seed gives the same results
  --mode M           witan: exactly witan.send's model; default (the default): ours, see docs/forecast.md
  --threads T        worker threads to run on: 1 (default), up to 64, or all; the results are the same
                     for a seed whatever T is. A progress bar is drawn on stderr when it is a terminal
  --format F         table (default): totals and cost per year; json: every breakdown, every statistic
  --out FILE.csv     also write every breakdown and statistic as a long CSV table (costs in pounds)
  Switches over the mode (docs/forecast.md): --ageing-out silent-drop|explicit,
  --joiner-population-year transition-start|census, --joiner-fallback none|pooled,
  --rate-draws per-cohort-year|per-simulation

  Bad inputs: every row error is printed and the exit code is 1; nothing is run.`,
  options: {
    witan: { type: 'string' },
    simulations: { type: 'string' },
    seed: { type: 'string' },
    mode: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    threads: { type: 'string' },
    'ageing-out': { type: 'string' },
    'joiner-population-year': { type: 'string' },
    'joiner-fallback': { type: 'string' },
    'rate-draws': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  run: (args, io) => forecastRunCommand(args, io),
};

/** Reads, checks, runs and prints; returns the exit code. */
async function forecastRunCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
  const dir = requireOption(args, 'witan');
  const mode = choice(args, 'mode', ['default', 'witan'] as const, 'default');
  const format = choice(args, 'format', ['table', 'json'] as const, 'table');
  const options = optionsOf(args, mode);
  const requestedSimulations = wholeNumber(args, 'simulations', 1, MAX_SIMULATIONS);
  const requestedSeed = wholeNumber(args, 'seed', 0, 2 ** 32 - 1);
  const out = optionalString(args, 'out');
  const threads = threadsOf(args);

  const folder = readWitanFolder(dir, { joinerPopulationYear: options.joinerPopulationYear });
  if (!folder.ok) {
    for (const error of folder.errors) io.err(formatRowError(error));
    io.err(
      `${folder.errors.length} problem${folder.errors.length === 1 ? '' : 's'} in the witan.send inputs in ${dir}; nothing was run.`,
    );
    return 1;
  }
  const { inputs, config, warnings } = folder.data;
  const simulations = requestedSimulations ?? config?.simulations ?? DEFAULT_SIMULATIONS;
  const seed = requestedSeed ?? config?.randomSeed ?? 0;
  for (const warning of warnings) io.err(`warning: ${warning}`);

  const started = performance.now();
  // xoroshiro128plus takes a 32-bit seed; simulation i uses the stream jumped i times (docs/forecast.md),
  // so the chunks on T threads give the numbers of one run.
  const showProgress = format === 'table' && process.stderr.isTTY === true;
  const forecast = await forecastOnThreads({ inputs, options, seed, simulations }, threads, showProgress);
  const seconds = (performance.now() - started) / 1000;
  const run = { mode, options, simulations, seed, warnings };

  if (out) {
    try {
      fs.writeFileSync(out, csvText(forecastCsvRows(forecast)));
    } catch (error) {
      io.err(`${out}: cannot be written (${(error as Error).message}); nothing else was written.`);
      return 1;
    }
  }
  if (format === 'json') {
    io.out(JSON.stringify(forecastJson(forecast, run), null, 2));
  } else {
    const switchText = Object.entries(options)
      .map(([key, value]) => `${key} ${String(value)}`)
      .join(', ');
    io.out(`EHCP forecast from ${dir}: mode ${mode} (${switchText})`);
    io.out(
      `${simulations} simulations, seed ${seed}, seed year ${forecast.parameters.seedYear}, ${seconds.toFixed(1)} s`,
    );
    io.out('');
    io.out(summaryTable(forecast));
    io.out('');
    io.out(
      'Quantiles are exact over the simulations (p5 and p95 bound a 90% interval). Costs are annual, in pounds.',
    );
    if (out) io.out(`Every breakdown (NCY, age group, need, setting, cost by setting) is in ${out}.`);
  }
  return 0;
}
