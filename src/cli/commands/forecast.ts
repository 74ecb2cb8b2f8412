import fs from 'node:fs';
import { placementCategoryLabels, type PlacementCategory } from '../../core/benchmark/placementCategories';
import { compareForecasts } from '../../core/forecast/comparison';
import { dsgPlanTables } from '../../core/forecast/dsgPlan';
import type { Forecast } from '../../core/forecast/forecast';
import { forecastCsvRows, forecastJson } from '../../core/forecast/forecastReport';
import { toCsv, workbookBytes } from '../../io/export';
import { formatMoney } from '../../core/money';
import { writeDsgPlanWorkbook } from '../../io/dsgPlan/writeDsgPlan';
import { optionalString, UsageError, type Command, type CommandIO, type ParsedArgs } from '../command';
import { renderTable } from '../table';
import { forecastOnThreads, threadsOf } from './forecastProgress';
import {
  choice,
  describeOptions,
  forecastModelOptions,
  forecastModelUsage,
  forecastSetup,
} from './forecastArgs';

const pounds = (pence: number) => formatMoney(Math.round(pence));

function summaryTable(forecast: Forecast): string {
  const rows = forecast.years.map(({ year, groups }) => {
    const total = groups.total.total!;
    const cost = groups.costPence.total!;
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

function categoryTable(forecast: Forecast): string {
  const keys = Object.keys(forecast.years[0]!.groups.byPlacementCategory);
  const label = (key: string) => placementCategoryLabels[key as PlacementCategory] ?? key;
  return renderTable(
    ['placement category (mean EHCPs)', ...forecast.years.map((y) => String(y.year))],
    keys.map((key) => [
      label(key),
      ...forecast.years.map((y) => y.groups.byPlacementCategory[key]!.mean.toFixed(1)),
    ]),
  );
}

function comparisonTable(baseline: Forecast, scenario: Forecast): string {
  const compared = compareForecasts(baseline, scenario, true);
  return renderTable(
    ['year', 'baseline EHCPs', 'scenario', 'difference', 'p5', 'p95', 'cost difference'],
    compared.map(({ year, groups }) => {
      const total = groups.total!.total!;
      const cost = groups.costPence!.total!;
      return [
        year,
        total.baselineMean.toFixed(1),
        total.scenarioMean.toFixed(1),
        total.difference.toFixed(1),
        total.paired!.p5.toFixed(0),
        total.paired!.p95.toFixed(0),
        pounds(cost.difference),
      ];
    }),
  );
}

export const forecastRun: Command = {
  words: ['forecast', 'run'],
  summary: 'Forecast EHCP numbers and costs from a witan.send input folder (Markov Monte Carlo)',
  usage: `highneeds forecast run --witan DIR [--simulations N] [--seed S] [--mode witan|default] [--format json|table]
                      [--scenario FILE.json] [--categories FILE.csv] [--out FILE.csv] [--dsg-plan FILE.xlsx]

${forecastModelUsage}
  --threads T        worker threads to run on: 1 (default), up to 64, or all; the results are the same
                     for a seed whatever T is. A progress bar is drawn on stderr when it is a terminal
  --scenario FILE    a scenario (docs/formats/scenario.md); the baseline is run too, with the same seed,
                     and the difference is shown (simulation by simulation: p5 and p95 of the difference)
  --format F         table (default): totals and cost per year; json: every breakdown, every statistic
  --out FILE.csv     also write every breakdown and statistic as a long CSV table (costs in pounds)
  --dsg-plan FILE    also write the DSG management plan's EHCP tables (placement category x age group and
                     x primary need, whole numbers that add up) as an XLSX workbook

  Bad inputs: every row error is printed and the exit code is 1; nothing is run.`,
  options: {
    ...forecastModelOptions,
    out: { type: 'string' },
    scenario: { type: 'string' },
    'dsg-plan': { type: 'string' },
    threads: { type: 'string' },
  },
  run: (args, io) => forecastRunCommand(args, io),
};

function writeOrFail(io: CommandIO, file: string, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    io.err(`${file}: cannot be written (${(error as Error).message}).`);
    return false;
  }
}

/** Reads, checks, runs and prints; returns the exit code. */
async function forecastRunCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
  const format = choice(args, 'format', ['table', 'json'] as const, 'table');
  const out = optionalString(args, 'out');
  const dsgPlan = optionalString(args, 'dsg-plan');
  if (dsgPlan && optionalString(args, 'categories') === undefined)
    throw new UsageError(
      '--dsg-plan needs --categories FILE.csv: the DSG plan is by DfE placement category, and witan.send settings are your own codes.',
    );
  const threads = threadsOf(args);
  const setup = forecastSetup(args, io, optionalString(args, 'scenario'));
  if (!setup) return 1;
  const { dir, mode, options, folder, simulations, seed } = setup;
  const started = performance.now();
  // xoroshiro128plus takes a 32-bit seed; simulation i uses the stream jumped i times (docs/forecast.md),
  // so the chunks on T threads give the numbers of one run.
  const showProgress = format === 'table' && process.stderr.isTTY === true;
  const request = { inputs: folder.inputs, seed, simulations };
  const forecast = await forecastOnThreads({ ...request, options }, threads, showProgress);
  const { scenario, ...baselineOptions } = options;
  const baseline = scenario
    ? await forecastOnThreads({ ...request, options: baselineOptions }, threads, showProgress)
    : undefined;
  const seconds = (performance.now() - started) / 1000;
  const notes = forecast.parameters.notes;
  for (const note of notes) io.err(`note: ${note}`);
  const run = { mode, options, simulations, seed, warnings: [...folder.warnings, ...notes] };

  if (out && !writeOrFail(io, out, () => fs.writeFileSync(out, toCsv(forecastCsvRows(forecast))))) return 1;
  if (dsgPlan) {
    const workbook = writeDsgPlanWorkbook(dsgPlanTables(forecast), {
      source: `witan.send inputs in ${dir}${scenario ? `, scenario "${scenario.name}"` : ''}`,
      run: `mode ${mode}, ${simulations} simulations, seed ${seed}, seed year ${forecast.parameters.seedYear}`,
    });
    try {
      fs.writeFileSync(dsgPlan, await workbookBytes(workbook));
    } catch (error) {
      io.err(`${dsgPlan}: cannot be written (${(error as Error).message}).`);
      return 1;
    }
  }
  if (format === 'json') {
    const report = forecastJson(forecast, run) as Record<string, unknown>;
    if (baseline) {
      report.scenario = scenario;
      report.comparedWithBaseline = compareForecasts(baseline, forecast, true).map(({ year, groups }) => ({
        year,
        total: groups.total!.total,
        cost: groups.costPence!.total,
        bySetting: groups.bySetting,
        byPlacementCategory: groups.byPlacementCategory,
      }));
    }
    io.out(JSON.stringify(report, null, 2));
    return 0;
  }
  io.out(`EHCP forecast from ${dir}: mode ${mode} (${describeOptions(options)})`);
  if (scenario)
    io.out(`Scenario: ${scenario.name}${scenario.description ? ` (${scenario.description})` : ''}`);
  io.out(
    `${simulations} simulations, seed ${seed}, seed year ${forecast.parameters.seedYear}, ${seconds.toFixed(1)} s`,
  );
  io.out('');
  io.out(summaryTable(forecast));
  if (folder.inputs.settingCategories) {
    io.out('');
    io.out(categoryTable(forecast));
  }
  if (baseline) {
    io.out('');
    io.out('Against the baseline (same seed; costs in pounds):');
    io.out(comparisonTable(baseline, forecast));
  }
  io.out('');
  io.out(
    'Quantiles are exact over the simulations (p5 and p95 bound a 90% interval). Costs are annual, in pounds.',
  );
  if (out) io.out(`Every breakdown (NCY, age group, need, setting, placement category, cost) is in ${out}.`);
  if (dsgPlan) io.out(`The DSG management plan tables are in ${dsgPlan}.`);
  return 0;
}
