import { xoroshiro128plus } from 'pure-rand';
import { backtest, type BacktestResult } from '../../core/forecast/backtest';
import { simulationStreams } from '../../core/forecast/rng';
import type { Command, CommandIO, ParsedArgs } from '../command';
import { renderTable } from '../table';
import {
  choice,
  describeOptions,
  forecastModelOptions,
  forecastModelUsage,
  forecastSetup,
} from './forecastArgs';

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
  --format F         table (default) or json (every point, every score)`,
  options: forecastModelOptions,
  run: (args, io) => Promise.resolve(forecastBacktestCommand(args, io)),
};

function forecastBacktestCommand(args: ParsedArgs, io: CommandIO): number {
  const format = choice(args, 'format', ['table', 'json'] as const, 'table');
  const setup = forecastSetup(args, io);
  if (!setup) return 1;
  const { dir, mode, options, folder, simulations, seed } = setup;
  if (new Set(folder.inputs.transitions.map((t) => t.calendarYear)).size < 2) {
    io.err(`${dir}: the transitions cover one year; a back-test needs two or more.`);
    return 1;
  }
  const result = backtest(folder.inputs, options, simulations, simulationStreams(xoroshiro128plus(seed | 0)));
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
