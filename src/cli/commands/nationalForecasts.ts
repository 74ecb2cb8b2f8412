import { ageBandLabels, ageBands } from '../../core/benchmark/ageBands';
import type { AccuracySource } from '../../core/caseloadForecast';
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
  type Command,
  type CommandIO,
} from '../command';
import { renderTable } from '../table';
import { nationalBacktestCommand } from './nationalBacktestCommand';
import { formatOf, horizonOption, pct, plans, yearOption } from './nationalFormat';
import { commandLineActor, withRuntime } from './withRuntime';

function interval(lo: number | null, hi: number | null): string {
  return lo === null || hi === null ? '' : `${plans(lo)} to ${plans(hi)}`;
}

function printForecast(f: NationalForecast, io: CommandIO): void {
  io.out(
    `${f.name} (${f.council}): EHCPs at the January census, forecast from January ${String(f.origin)} by ${f.method === 'chosen' ? 'the method the back-test chose for each horizon' : f.methodLabel.toLowerCase()}.`,
  );
  for (const c of f.choices) io.out(`  ${c.sentence}`);
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
    `forecast (${y.method})`,
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
  io.out('');
  io.out('The evidence of the back-test:');
  for (const sentence of f.evidence) io.out(`  - ${sentence}`);
  for (const finding of f.findings) io.out(`Note: ${finding.message}`);
}

/** `highneeds national forecast --council 314`. */
export const nationalForecastCommand: Command = {
  words: ['national', 'forecast'],
  summary:
    "Forecast a council's EHCPs (total and by age) with 80% and 95% intervals from published figures alone",
  usage: `highneeds national forecast --council 314 [--horizon 3] [--origin YEAR] [--method ID] [--format table|json] [--data DIR]

  --council   the DfE's three-digit LA number (314) or the ONS code (E09000021); any LA in the data
  --origin    the last census to use (default: the latest imported)
  --method    one of the back-test's methods (default: chosen, the one the back-test chose at the
              origin from its record on earlier origins)

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
    plans(r.publishedFigureForecast?.plans),
    pct(r.publishedFigureForecast?.percentError, 2),
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
      [
        'Forecast in',
        'Where',
        'January',
        'Forecast',
        'Published',
        'Difference',
        'Error',
        'Published-figure forecast',
        'Its error',
      ],
      review.sources.flatMap(sourceRows),
    ),
  );
  io.out('');
  for (const s of review.sources)
    io.out(
      `${s.source}: made after January ${String(s.madeAfter)}; mean absolute error ${pct(s.meanApe, 2) || 'not known yet'}; the published-figure forecast from the same January: ${pct(s.publishedFigureMeanApe, 2) || 'none'}.`,
    );
  io.out(
    `Published-figure forecast: ${review.publishedFigureMethod}, as the back-test would have made it then from the figures published by then.`,
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
