import { xoroshiro128plus } from 'pure-rand';
import { backtest, type BacktestResult } from '../../core/forecast/backtest';
import { backtestCandidates } from '../../core/forecast/backtestCandidates';
import { rngFromGenerator, simulationStreams } from '../../core/forecast/rng';
import { syntheticCouncil } from '../../core/forecast/syntheticCouncil';
import type { WitanInputs } from '../../core/forecast/witanInputs';
import { requireCouncil } from '../../services/councils';
import { loadInputSet } from '../../services/forecasts/inputSets';
import { requireOption, type Command, type CommandIO, type ParsedArgs } from '../command';
import { renderTable } from '../table';
import {
  choice,
  DEFAULT_SIMULATIONS,
  describeOptions,
  forecastModelOptions,
  forecastModelUsage,
  forecastSetup,
  MAX_SIMULATIONS,
  optionsOf,
  wholeNumber,
  type ForecastSetup,
} from './forecastArgs';
import { commandLineActor, withRuntime } from './withRuntime';

const percent = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '');

/** The total projected against the census for every fold, as MODEL-NOTES §1.10 shows witan.send's. */
function foldTable(result: BacktestResult): string {
  return renderTable(
    ['trained on', 'year', 'projected mean', 'p5', 'p95', 'actual', 'error'],
    result.points
      .filter((p) => p.measure === 'total')
      .map((p) => {
        const first = result.folds[0]!.trainedTo;
        const outside = p.actual < p.projected.p5 || p.actual > p.projected.p95 ? ' (outside p5-p95)' : '';
        return [
          first === p.trainedTo ? String(first) : `${first}-${p.trainedTo}`,
          p.year,
          p.projected.mean.toFixed(1),
          p.projected.p5.toFixed(0),
          p.projected.p95.toFixed(0),
          p.actual,
          `${percent((p.projected.mean - p.actual) / p.actual)}${outside}`,
        ];
      }),
  );
}

function scoreTable(result: BacktestResult): string {
  return renderTable(
    ['measure', 'horizon', 'points', 'MAPE', 'bias', 'WAPE', '80% coverage', '90% coverage'],
    [
      ...result.byHorizon.map((s) => [
        s.measure,
        String(s.horizon),
        s.points,
        percent(s.mape),
        percent(s.bias),
        percent(s.wape),
        percent(s.coverage80),
        percent(s.coverage90),
      ]),
      ...Object.entries(result.overall).map(([measure, s]) => [
        measure,
        'all',
        s.points,
        percent(s.mape),
        percent(s.bias),
        percent(s.wape),
        percent(s.coverage80),
        percent(s.coverage90),
      ]),
    ],
  );
}

/** One line per candidate option set: the scores that choose the defaults (docs/forecast.md). */
function candidatesTable(rows: Array<{ name: string; result: BacktestResult }>): string {
  const horizons = [...new Set(rows[0]?.result.byHorizon.map((s) => s.horizon) ?? [])].slice(0, 3);
  const at = (result: BacktestResult, horizon: number) =>
    result.byHorizon.find((s) => s.measure === 'total' && s.horizon === horizon)?.mape ?? Number.NaN;
  return renderTable(
    [
      'options',
      'total MAPE',
      ...horizons.map((h) => `h${h}`),
      'bias',
      '80% cov',
      '90% cov',
      'setting WAPE',
      'setting 80%',
      'setting 90%',
      'need WAPE',
    ],
    rows.map(({ name, result }) => {
      const { total, setting, need } = result.overall;
      return [
        name,
        percent(total.mape),
        ...horizons.map((h) => percent(at(result, h))),
        percent(total.bias),
        percent(total.coverage80),
        percent(total.coverage90),
        percent(setting.wape),
        percent(setting.coverage80),
        percent(setting.coverage90),
        percent(need.wape),
      ];
    }),
  );
}

export const forecastBacktest: Command = {
  words: ['forecast', 'backtest'],
  summary:
    'Back-test the forecast on a witan.send folder: fit on each expanding window, compare with the census',
  usage: `highneeds forecast backtest --witan DIR [--simulations N] [--seed S] [--mode witan|default] [--format json|table]

  For every transition year but the last, the model is fitted on the transitions up to it and projected
  to the last census; projections are compared with the census recorded (total, by setting, by need).
  MAPE: mean absolute percentage error; bias: mean signed percentage error; WAPE: absolute error over
  the actual total; coverage: share of actuals inside the 80% (p10-p90) and 90% (p5-p95) intervals.

${forecastModelUsage}
  --candidates       back-test every candidate option set (witan, each switch, trend, recency, rates
                     per simulation; docs/forecast.md) and print one line each: how the defaults were chosen
  --synthetic SEED   use the seeded synthetic council (five settings, 2015-2019) instead of --witan
  --council CODE --inputs ID
                     use a council's stored forecast inputs (e.g. made from its SEN2 returns) instead of --witan
  --format F         table (default) or json (every point, every score)`,
  options: {
    ...forecastModelOptions,
    candidates: { type: 'boolean' },
    synthetic: { type: 'string' },
    council: { type: 'string' },
    inputs: { type: 'string' },
    data: { type: 'string' },
  },
  run: (args, io) =>
    args.values.inputs === undefined
      ? Promise.resolve(forecastBacktestCommand(args, io))
      : withRuntime(args, io, async ({ ctx }) => {
          const council = await requireCouncil(
            ctx,
            commandLineActor(io.env),
            requireOption(args, 'council'),
            'council.read',
          );
          const stored = await loadInputSet(ctx, council, wholeNumber(args, 'inputs', 1, 2 ** 31 - 1)!);
          return forecastBacktestCommand(
            args,
            io,
            storedSetup(args, `stored inputs ${String(stored.id)} "${stored.name}"`, stored),
          );
        }),
};

/** A council's stored input set as if it were a folder. */
function storedSetup(
  args: ParsedArgs,
  dir: string,
  stored: { inputs: WitanInputs; warnings: string[] },
): ForecastSetup {
  const mode = choice(args, 'mode', ['default', 'witan'] as const, 'default');
  return {
    dir,
    mode,
    options: optionsOf(args, mode),
    folder: { inputs: stored.inputs, warnings: stored.warnings },
    simulations: wholeNumber(args, 'simulations', 1, MAX_SIMULATIONS) ?? DEFAULT_SIMULATIONS,
    seed: wholeNumber(args, 'seed', 0, 2 ** 32 - 1) ?? 0,
  };
}

/** The seeded synthetic council as if it were a folder. */
function syntheticSetup(args: ParsedArgs, syntheticSeed: number): ForecastSetup {
  const mode = choice(args, 'mode', ['default', 'witan'] as const, 'default');
  return {
    dir: `synthetic council (seed ${syntheticSeed})`,
    mode,
    options: optionsOf(args, mode),
    folder: { inputs: syntheticCouncil(rngFromGenerator(xoroshiro128plus(syntheticSeed | 0))), warnings: [] },
    simulations: wholeNumber(args, 'simulations', 1, MAX_SIMULATIONS) ?? DEFAULT_SIMULATIONS,
    seed: wholeNumber(args, 'seed', 0, 2 ** 32 - 1) ?? 0,
  };
}

function forecastBacktestCommand(args: ParsedArgs, io: CommandIO, stored?: ForecastSetup): number {
  const format = choice(args, 'format', ['table', 'json'] as const, 'table');
  const syntheticSeed = wholeNumber(args, 'synthetic', 0, 2 ** 32 - 1);
  const setup =
    stored ?? (syntheticSeed === undefined ? forecastSetup(args, io) : syntheticSetup(args, syntheticSeed));
  if (!setup) return 1;
  const { dir, mode, options, folder, simulations, seed } = setup;
  if (new Set(folder.inputs.transitions.map((t) => t.calendarYear)).size < 2) {
    io.err(`${dir}: the transitions cover one year; a back-test needs two or more.`);
    return 1;
  }
  const streams = () => simulationStreams(xoroshiro128plus(seed | 0));
  if (args.values.candidates === true) {
    const rows = backtestCandidates.map(({ name, options: candidate }) => ({
      name,
      options: candidate,
      result: backtest(folder.inputs, candidate, simulations, streams()),
    }));
    if (format === 'json') {
      io.out(
        JSON.stringify(
          {
            simulations,
            seed,
            candidates: rows.map(({ name, options: o, result }) => ({
              name,
              options: o,
              overall: result.overall,
              byHorizon: result.byHorizon,
            })),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(
      `Back-test of every candidate on ${dir}: ${simulations} simulations per fold, seed ${seed}, ${rows[0]?.result.folds.length ?? 0} folds`,
    );
    io.out('');
    io.out(candidatesTable(rows));
    return 0;
  }
  const result = backtest(folder.inputs, options, simulations, streams());
  if (format === 'json') {
    io.out(JSON.stringify({ mode, options, simulations, seed, ...result }, null, 2));
    return 0;
  }
  io.out(
    `Back-test of ${dir}: mode ${mode} (${describeOptions(options)}), ${simulations} simulations per fold, seed ${seed}`,
  );
  io.out('');
  io.out(foldTable(result));
  io.out('');
  io.out(scoreTable(result));
  return 0;
}
