import { ageBandLabels, ageBands } from '../../core/benchmark/ageBands';
import type { AccuracySource } from '../../core/caseloadForecast';
import { nationalBacktest, type NationalBacktest } from '../../services/national/nationalBacktest';
import { nationalCaseloadForecast, type NationalForecast } from '../../services/national/nationalForecast';
import {
  forecastAccuracyReview,
  type ForecastAccuracyReview,
} from '../../services/national/forecastAccuracyReview';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
  type CommandIO,
  type ParsedArgs,
} from '../command';
import { renderTable } from '../table';
import { commandLineActor, withRuntime } from './withRuntime';

const plans = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : n.toLocaleString('en-GB');
const pct = (n: number | null | undefined, places = 1) =>
  n === null || n === undefined ? '' : `${n.toFixed(places)}%`;
const share = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : `${Math.round(n * 100)}%`;

function formatOf(args: ParsedArgs): 'table' | 'json' {
  const format = optionalString(args, 'format') ?? 'table';
  if (format !== 'table' && format !== 'json')
    throw new UsageError(`--format must be table or json, not '${format}'.`);
  return format;
}

function yearOption(args: ParsedArgs, name: string, required: boolean): number | undefined {
  const text = required ? requireOption(args, name) : optionalString(args, name);
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--${name} must be a year such as 2022, not '${text}'.`);
  return Number(text);
}

function horizonOption(args: ParsedArgs): number | undefined {
  const text = optionalString(args, 'horizon');
  if (text === undefined) return undefined;
  if (!/^[1-5]$/.test(text)) throw new UsageError(`--horizon must be 1 to 5 (years), not '${text}'.`);
  return Number(text);
}

function printScorecard(card: NationalBacktest, io: CommandIO): void {
  io.out(
    `Back-test from January ${String(card.origin)}: ${String(card.councils)} councils, forecasts for ${String(card.horizon)} year(s), scored against the published January census (${card.series}).`,
  );
  io.out(
    'APE: absolute percentage error. Bias: mean (forecast - actual) / actual; negative under-forecasts. Coverage: share of councils inside the interval.',
  );
  io.out('');
  const rows = card.methods.flatMap((m) =>
    m.horizons.map((h) => [
      h.h === 1 ? m.label : '',
      `${String(h.h)} (${String(h.year)})`,
      String(h.n),
      pct(h.medianApe, 2),
      pct(h.meanApe, 2),
      pct(h.bias, 2),
      share(h.coverage80),
      share(h.coverage95),
      h.width80 === null ? '' : `${h.width80.toFixed(1)}%`,
      h.beatsBaselines === undefined ? '' : h.beatsBaselines ? 'yes' : 'no',
    ]),
  );
  io.out(
    renderTable(
      [
        'Method',
        'Horizon',
        'Councils',
        'Median APE',
        'Mean APE',
        'Bias',
        '80% cover',
        '95% cover',
        '80% width',
        'Beats baselines',
      ],
      rows,
    ),
  );
  if (card.skipped.length > 0) {
    io.out('');
    io.out(
      `Not scored at this origin (${String(card.skipped.length)}): ${card.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}`,
    );
  }
}

/** `highneeds national backtest --origin 2022 --horizon 3`. */
export const nationalBacktestCommand: Command = {
  words: ['national', 'backtest'],
  summary:
    'Back-test every forecasting method on every council from published EHCP figures (the honest scorecard)',
  usage: `highneeds national backtest --origin 2022 [--horizon 3] [--series total|under5|5to10|11to15|16to19|20to25] [--format table|json] [--data DIR]

  --origin    the last January census each fit may use; the next years are forecast and compared
              with what the DfE then published
  --horizon   years ahead, 1 to 5 (default 3); origin + horizon must be in the data
  --series    the total (default) or one age band
  Intervals are calibrated from the errors of forecasts whose outcome was published by the origin.
  Every council is one job on the job queue: this machine's worker threads, or with DATABASE_URL the
  \`highneeds worker\` / \`highneeds serve\` processes sharing the PostgreSQL queue (start one if none runs).
  Progress is shown on standard error when it is a terminal.

${databaseUsage}`,
  options: {
    ...databaseOptions,
    origin: { type: 'string' },
    horizon: { type: 'string' },
    series: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const origin = yearOption(args, 'origin', true);
    const horizon = horizonOption(args) ?? 3;
    const format = formatOf(args);
    const series = optionalString(args, 'series');
    const onProgress = process.stderr.isTTY
      ? (done: number, of: number, name: string) =>
          process.stderr.write(
            `\rBack-testing ${String(done)}/${String(of)} councils: ${name.slice(0, 40).padEnd(40)}${done === of ? '\n' : ''}`,
          )
      : undefined;
    await withRuntime(args, io, async (runtime) => {
      if (runtime.ctx.jobs?.backend === 'pg-boss')
        io.err(
          'The councils are queued as jobs in PostgreSQL: a `highneeds worker` or `highneeds serve` on any machine takes them.',
        );
      const card = await nationalBacktest(
        runtime.ctx,
        commandLineActor(io.env),
        { origin, horizon, ...(series ? { series } : {}) },
        onProgress ? { onProgress } : {},
      );
      if (format === 'json') io.out(JSON.stringify(card, null, 2));
      else printScorecard(card, io);
    });
  },
};

function interval(lo: number | null, hi: number | null): string {
  return lo === null || hi === null ? '' : `${plans(lo)} to ${plans(hi)}`;
}

function printForecast(f: NationalForecast, io: CommandIO): void {
  io.out(
    `${f.name} (${f.council}): EHCPs at the January census, forecast from January ${String(f.origin)} by ${f.methodLabel.toLowerCase()}.`,
  );
  if (f.fallback) io.out(f.fallback);
  io.out(`Published figures: ${f.source}.`);
  io.out('');
  const history = f.history
    .slice(-4)
    .map((y) => [
      String(y.year),
      'published',
      plans(y.total),
      '',
      '',
      ...ageBands.map((b) => plans(y.ages[b])),
    ]);
  const forecast = f.years.map((y) => [
    String(y.year),
    'forecast',
    plans(y.total.forecast),
    interval(y.total.lo80, y.total.hi80),
    interval(y.total.lo95, y.total.hi95),
    ...ageBands.map((b) => plans(y.ages[b]?.forecast)),
  ]);
  io.out(
    renderTable(
      ['January', '', 'EHCPs', '80% interval', '95% interval', ...ageBands.map((b) => ageBandLabels[b])],
      [...history, ...forecast],
    ),
  );
  io.out('');
  io.out(
    `Intervals: the spread of this method's past errors over every council (${f.calibration.map((c) => `${String(c.h)} year: ${String(c.n)} forecasts`).join(', ')}); see docs/national-forecast.md.`,
  );
}

/** `highneeds national forecast --council 314`. */
export const nationalForecastCommand: Command = {
  words: ['national', 'forecast'],
  summary:
    "Forecast a council's EHCPs (total and by age) with 80% and 95% intervals from published figures alone",
  usage: `highneeds national forecast --council 314 [--horizon 3] [--origin YEAR] [--method ID] [--format table|json] [--data DIR]

  --council   the DfE's three-digit LA number (314) or the ONS code (E09000021); any LA in the data
  --origin    the last census to use (default: the latest imported)
  --method    one of the back-test's methods (default: the one the back-test chose)

${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    horizon: { type: 'string' },
    origin: { type: 'string' },
    method: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const horizon = horizonOption(args);
    const origin = yearOption(args, 'origin', false);
    const method = optionalString(args, 'method');
    const format = formatOf(args);
    await withRuntime(args, io, async (runtime) => {
      const f = await nationalCaseloadForecast(runtime.ctx, commandLineActor(io.env), {
        council,
        ...(horizon ? { horizon } : {}),
        ...(origin ? { origin } : {}),
        ...(method ? { method } : {}),
      });
      if (format === 'json') io.out(JSON.stringify(f, null, 2));
      else printForecast(f, io);
    });
  },
};

function sourceRows(s: AccuracySource): string[][] {
  return s.rows.map((r, i) => [
    i === 0 ? s.source : '',
    r.detail,
    String(r.year),
    plans(r.plans),
    plans(r.actual),
    r.difference === null ? '' : `${r.difference > 0 ? '+' : ''}${plans(r.difference)}`,
    pct(r.percentError, 2),
  ]);
}

function printAccuracy(review: ForecastAccuracyReview, io: CommandIO): void {
  io.out(
    `${review.council.name} (${review.council.code}): EHCP forecasts stored in its plans against the January census.`,
  );
  io.out(`Published: ${review.publishedSource}.`);
  io.out('');
  io.out(
    renderTable(
      ['Forecast in', 'Where', 'January', 'Forecast', 'Published', 'Difference', 'Error'],
      review.sources.flatMap(sourceRows),
    ),
  );
  io.out('');
  for (const s of review.sources)
    io.out(
      `${s.source}: made after January ${String(s.madeAfter)}; mean absolute error ${pct(s.meanApe, 2) || 'not known yet'}.`,
    );
}

/** `highneeds national accuracy --council 314`. */
export const nationalAccuracyCommand: Command = {
  words: ['national', 'accuracy'],
  summary:
    "Review a council's stored EHCP forecasts (recovery plans, KPI targets) against the published census",
  usage: `highneeds national accuracy --council 314 [--format table|json] [--data DIR]

  --council   a council on this instance (its three-digit LA number)

${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, format: { type: 'string' } },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const format = formatOf(args);
    await withRuntime(args, io, async (runtime) => {
      const review = await forecastAccuracyReview(runtime.ctx, commandLineActor(io.env), council);
      if (format === 'json') io.out(JSON.stringify(review, null, 2));
      else printAccuracy(review, io);
    });
  },
};

/** The forecast, back-test and accuracy commands of `highneeds national`. */
export const nationalForecastCommands: Command[] = [
  nationalBacktestCommand,
  nationalForecastCommand,
  nationalAccuracyCommand,
];
