// Stored forecast inputs and runs from the command line (the same services as the API), and `highneeds
// worker`. `forecast run --witan DIR` (forecast.ts) runs a folder without storing anything.
import fs from 'node:fs';
import path from 'node:path';
import { formatMoney } from '../../core/money';
import { defaultWitanFiles, readConfig } from '../../io/witan/readConfig';
import { listForecastInputs, uploadForecastInputs } from '../../services/forecasts/inputSets';
import { financialYearOfCensus } from '../../services/forecasts/planPush';
import {
  getForecastRun,
  listForecastRuns,
  requireRun,
  startForecastRun,
} from '../../services/forecasts/runs';
import { waitForRun } from '../../services/forecasts/runSupervision';
import { requireCouncil } from '../../services/councils';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
  type ParsedArgs,
} from '../command';
import { reportImportFailure } from '../fileInput';
import { renderTable } from '../table';
import { forecastInputsFromSen2 } from './forecastFromSen2';
import { progressBar } from './forecastProgress';
import { forecastPush } from './forecastPush';
import { workerCommand } from './worker';
import { commandLineActor, withRuntime } from './withRuntime';

function formatOf(args: ParsedArgs): 'json' | 'table' {
  const format = optionalString(args, 'format') ?? 'table';
  if (format !== 'json' && format !== 'table')
    throw new UsageError(`--format must be json or table, not '${format}'.`);
  return format;
}

function whole(args: ParsedArgs, name: string, required: boolean): number | undefined {
  const text = required ? requireOption(args, name) : optionalString(args, name);
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text)) throw new UsageError(`--${name} must be a whole number, not '${text}'.`);
  return Number(text);
}

const pounds = (pence: number) => formatMoney(Math.round(pence));

/** The four files of a witan.send folder, by their own names, as config.edn or the defaults place them. */
function folderFiles(dir: string): Record<string, string> {
  const configFile = path.join(dir, 'config.edn');
  let files = defaultWitanFiles;
  if (fs.existsSync(configFile)) {
    const config = readConfig(fs.readFileSync(configFile, 'utf8'));
    if (!config.ok) throw new UsageError(`${configFile}: ${config.errors[0]?.message ?? 'cannot be read'}`);
    files = config.data.files;
  }
  const texts: Record<string, string> = {};
  for (const [key, name] of Object.entries(files) as Array<[keyof typeof defaultWitanFiles, string]>) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) texts[defaultWitanFiles[key]] = fs.readFileSync(file, 'utf8');
  }
  return texts;
}

const forecastInputsAdd: Command = {
  words: ['forecast', 'inputs', 'add'],
  summary:
    'Store forecast inputs for a council: a witan.send input folder, or made from its SEN2 returns (all or nothing)',
  usage: `highneeds forecast inputs add --council CODE --name NAME --witan DIR [--data DIR]
highneeds forecast inputs add --council CODE --name NAME --from-sen2 [--setting category|type]
    [--population FILE] [--costs FILE] [--rebuild | --no-rebuild] [--data DIR]

  --from-sen2     transitions between consecutive Januaries of the council's SEN2 returns, children
                  matched by their pseudonymous id (docs/sen2.md, "Forecast inputs")
  --setting       forecast settings: the seven DfE placement categories (default) or the setting types
  --population    the background population: ONS single year of age (calendar_year,age,population) or
                  witan.send's population.csv; without it a flat population is assumed, and said
  --costs         witan.send's costs.csv (need,setting,cost); without it, the placement register's
                  average annual cost by setting
  --rebuild       also use earlier Januaries rebuilt from a later return (default: only with one return)
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    name: { type: 'string' },
    witan: { type: 'string' },
    'from-sen2': { type: 'boolean' },
    setting: { type: 'string' },
    population: { type: 'string' },
    costs: { type: 'string' },
    rebuild: { type: 'boolean' },
    'no-rebuild': { type: 'boolean' },
  },
  run: (args, io) =>
    args.values['from-sen2'] === true
      ? forecastInputsFromSen2(args, io)
      : withRuntime(args, io, async ({ ctx }) => {
          const files = folderFiles(requireOption(args, 'witan'));
          try {
            const stored = await uploadForecastInputs(
              ctx,
              commandLineActor(io.env),
              requireOption(args, 'council'),
              { name: requireOption(args, 'name'), files },
            );
            io.out(
              `Stored forecast inputs ${stored.id} "${stored.name}": ${stored.summary.transitions} transitions, seed year ${stored.summary.seedYear}, projecting ${stored.summary.projectionYears.join(', ')}.`,
            );
            for (const warning of stored.warnings) io.err(`warning: ${warning}`);
            return 0;
          } catch (error) {
            return reportImportFailure(io, requireOption(args, 'witan'), error);
          }
        }),
};

const forecastInputsList: Command = {
  words: ['forecast', 'inputs'],
  summary: "List a council's stored forecast inputs",
  usage: `highneeds forecast inputs --council CODE [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, format: { type: 'string' } },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const sets = await listForecastInputs(ctx, commandLineActor(io.env), requireOption(args, 'council'));
      if (formatOf(args) === 'json') io.out(JSON.stringify({ inputSets: sets }, null, 2));
      else
        io.out(
          renderTable(
            ['id', 'name', 'source', 'transitions', 'seed year', 'projects'],
            sets.map((s) => [
              s.id,
              s.name,
              s.source,
              s.summary.transitions,
              s.summary.seedYear,
              s.summary.projectionYears.join(', '),
            ]),
          ),
        );
      return 0;
    }),
};

const forecastStart: Command = {
  words: ['forecast', 'start'],
  summary:
    'Run a forecast on stored inputs as a job and store it (waits for it, with a progress bar on a terminal)',
  usage: `highneeds forecast start --council CODE --inputs ID [--simulations N] [--seed S] [--mode default|witan]
                        [--name NAME] [--baseline RUN] [--data DIR]
  Jobs run on this machine's worker threads, or with DATABASE_URL on the \`highneeds worker\` processes.
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    inputs: { type: 'string' },
    simulations: { type: 'string' },
    seed: { type: 'string' },
    mode: { type: 'string' },
    name: { type: 'string' },
    baseline: { type: 'string' },
  },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const actor = commandLineActor(io.env);
      const code = requireOption(args, 'council');
      const input = {
        inputSetId: whole(args, 'inputs', true),
        ...(optionalString(args, 'name') !== undefined && { name: optionalString(args, 'name') }),
        ...(optionalString(args, 'mode') !== undefined && { mode: optionalString(args, 'mode') }),
        ...(whole(args, 'simulations', false) !== undefined && {
          simulations: whole(args, 'simulations', false),
        }),
        ...(whole(args, 'seed', false) !== undefined && { seed: whole(args, 'seed', false) }),
        ...(whole(args, 'baseline', false) !== undefined && { baselineRun: whole(args, 'baseline', false) }),
      };
      const run = await startForecastRun(ctx, actor, code, input);
      io.out(
        `Forecast run ${run.number} "${run.name}" started: ${run.simulations} simulations, seed ${run.seed}.`,
      );
      if (ctx.jobs?.backend === 'pg-boss')
        io.out(
          'Its jobs are in the PostgreSQL queue: a `highneeds worker` or `highneeds serve` on any machine takes them.',
        );
      const council = await requireCouncil(ctx, actor, code, 'council.read');
      const row = await requireRun(ctx, council, run.number);
      const bar = process.stderr.isTTY ? progressBar((text) => process.stderr.write(text)) : undefined;
      // The run finishes in the queue even if this command is stopped: it only watches.
      await waitForRun(ctx, row.id, bar);
      bar?.finish();
      const { run: done } = await getForecastRun(ctx, actor, code, run.number);
      if (done.status !== 'completed') {
        io.err(`Forecast run ${done.number} ${done.status}: ${done.error ?? ''}`);
        return 1;
      }
      io.out(
        `Forecast run ${done.number} completed. See it with: highneeds forecast show --council ${code} --run ${done.number}`,
      );
      return 0;
    }),
};

const forecastList: Command = {
  words: ['forecast', 'list'],
  summary: "List a council's forecast runs with their status",
  usage: `highneeds forecast list --council CODE [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, format: { type: 'string' } },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const runs = await listForecastRuns(ctx, commandLineActor(io.env), requireOption(args, 'council'));
      if (formatOf(args) === 'json') io.out(JSON.stringify({ runs }, null, 2));
      else
        io.out(
          renderTable(
            ['run', 'name', 'inputs', 'mode', 'simulations', 'seed', 'status', 'baseline', 'created'],
            runs.map((r) => [
              r.number,
              r.name,
              r.inputSet.name,
              r.mode,
              `${r.progress.done}/${r.simulations}`,
              r.seed,
              r.status,
              r.baselineRun ?? '',
              r.createdAt.slice(0, 16).replace('T', ' '),
            ]),
          ),
        );
      return 0;
    }),
};

const forecastShow: Command = {
  words: ['forecast', 'show'],
  summary: 'Show a stored forecast run: EHCPs and cost per year (json: every breakdown and statistic)',
  usage: `highneeds forecast show --council CODE --run N [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    run: { type: 'string' },
    format: { type: 'string' },
  },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const shown = await getForecastRun(
        ctx,
        commandLineActor(io.env),
        requireOption(args, 'council'),
        whole(args, 'run', true) as number,
      );
      if (formatOf(args) === 'json') {
        io.out(JSON.stringify(shown, null, 2));
        return 0;
      }
      const { run, years } = shown;
      io.out(
        `Forecast run ${run.number} "${run.name}" on "${run.inputSet.name}": mode ${run.mode}, ${run.simulations} simulations, seed ${run.seed}, ${run.status}.`,
      );
      if (!years) {
        io.out(
          run.error
            ? `It failed: ${run.error}`
            : `Progress: ${run.progress.done} of ${run.progress.total} simulations.`,
        );
        return run.status === 'failed' ? 1 : 0;
      }
      io.out('');
      io.out(
        renderTable(
          [
            'census',
            'financial year',
            'EHCPs mean',
            'p5',
            'median',
            'p95',
            'cost mean',
            'cost p5',
            'cost p95',
          ],
          years.map(({ year, groups }) => {
            const total = groups.total.total!;
            const cost = groups.costPence.total!;
            return [
              `Jan ${year}`,
              financialYearOfCensus(year),
              total.mean.toFixed(1),
              total.p5.toFixed(0),
              total.median.toFixed(0),
              total.p95.toFixed(0),
              pounds(cost.mean),
              pounds(cost.p5),
              pounds(cost.p95),
            ];
          }),
        ),
      );
      return 0;
    }),
};

export const forecastJobCommands: Command[] = [
  forecastInputsList,
  forecastInputsAdd,
  forecastStart,
  forecastList,
  forecastShow,
  forecastPush,
  workerCommand,
];
