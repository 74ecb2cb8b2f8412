import fs from 'node:fs';
import path from 'node:path';
import { checkPlanVersion, type CheckFailure } from '../../core/checks';
import { computeModel, reservesView, type PlanVersion, type ReservesView } from '../../core/finance';
import { formatMoney, toPounds } from '../../core/money';
import { readPlanJson } from '../../io/financialModel/readPlanJson';
import { planToJson } from '../../io/financialModel/writePlanJson';
import { compareCouncilVersions, councilChecks } from '../../services/financialModel/comparison';
import {
  exportVersionWorkbook,
  importVersionWorkbook,
} from '../../services/financialModel/gridWorkbookService';
import {
  copyVersion,
  freezeVersion,
  getVersion,
  importVersion,
  listVersions,
} from '../../services/financialModel/versions';
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
import { printFileProblems, readInputFile, readJsonFile, reportImportFailure } from '../fileInput';
import { renderTable } from '../table';
import { commandLineActor, withRuntime } from './withRuntime';

const money = (pence: number) => formatMoney(pence);

function formatOf(args: ParsedArgs, allowed: string[] = ['json', 'table']): string {
  const format = optionalString(args, 'format') ?? 'table';
  if (!allowed.includes(format))
    throw new UsageError(`--format must be ${allowed.join(' or ')}, not '${format}'.`);
  return format;
}

/** Reads and validates a plan JSON file; exit 1 with every problem (the first on the first line). */
function readPlanFileOrReport(file: string, io: CommandIO): PlanVersion | null {
  const result = readPlanJson(readJsonFile(file));
  if (result.ok) return result.data;
  printFileProblems(
    io,
    file,
    result.errors.map((e) => `${e.path || '(file)'}: ${e.message}`),
    'nothing was read',
  );
  return null;
}

function printFailures(failures: CheckFailure[], io: CommandIO): number {
  if (failures.length === 0) {
    io.out('All reconciliation checks hold.');
    return 0;
  }
  io.out(`${failures.length} reconciliation check(s) fail:`);
  for (const f of failures) {
    const show = (v: number) => (f.unit === 'pence' ? money(v) : String(v));
    io.out(
      `- ${f.where} [${f.check}]\n  ${f.message}\n  ${f.left.label}: ${show(f.left.value)}; ${f.right.label}: ${show(f.right.value)}; difference ${show(f.difference)}`,
    );
  }
  return 1;
}

const twoDecimals = (pence: number) => Math.round(pence) / 100;

/** A year's deficit as a % of usable reserves, blank without a reserves figure. */
function pctOfReserves(reserves: ReservesView, year: string): string {
  const pct = reserves.years.find((r) => r.year === year)?.deficitPctOfReserves;
  return pct === null || pct === undefined ? '' : `${pct.toFixed(2)}%`;
}

export const modelCompute: Command = {
  words: ['model', 'compute'],
  summary: 'Print the derived figures per year of a plan version file',
  usage: `highneeds model compute FILE [--format json|table]

  FILE is a plan version in the JSON format of docs/formats/financial-model.md.
  json prints {"years":[{"year","totalBudget","spendAfterSavings","netHighNeedsDeficit","inYearDsgDeficit",
  "cumulativeDeficitBeforeDfe","cumulativeDeficitAfterDfe","fundingGapPct",...}]} in pounds.`,
  options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
  run(args, io) {
    const [file] = args.positionals;
    if (!file) throw new UsageError('Give the plan file.');
    const format = formatOf(args);
    const plan = readPlanFileOrReport(file, io);
    if (!plan) return Promise.resolve(1);
    const years = computeModel(plan);
    const reserves = reservesView(plan);
    if (format === 'json') {
      const view = years.map((y) => ({
        year: y.year,
        hnbAllocation: twoDecimals(y.hnbAllocation),
        totalBudget: twoDecimals(y.totalBudget),
        spendBeforeSavings: twoDecimals(y.spendBeforeSavings),
        totalSavings: twoDecimals(y.totalSavings),
        spendAfterSavings: twoDecimals(y.spendAfterSavings),
        netHighNeedsDeficit: twoDecimals(y.netHighNeedsDeficit),
        inYearDsgDeficit: twoDecimals(y.inYearDsgDeficit),
        cumulativeDeficitBeforeDfe: twoDecimals(y.cumulativeDeficitBeforeDfe),
        dfeContributionsToDate: twoDecimals(y.dfeContributionsToDate),
        cumulativeDeficitAfterDfe: twoDecimals(y.cumulativeDeficitAfterDfe),
        stabilityGrant: twoDecimals(y.stabilityGrant),
        stabilityGrantCounted: twoDecimals(y.stabilityGrantCounted),
        cumulativeDeficitWithGrant: twoDecimals(y.cumulativeDeficitWithGrant),
        cumulativeDeficitWithoutGrant: twoDecimals(y.cumulativeDeficitWithoutGrant),
        fundingGapPct: y.fundingGapPct,
        spendPctOfFunding: y.spendPctOfFunding,
      }));
      const { statements, firstGeneralFundYear, overrideEndsAfter } = reserves;
      const reservesOut = { overrideEndsAfter, firstGeneralFundYear, statements };
      io.out(
        JSON.stringify(
          { council: plan.council, version: plan.version, years: view, reserves: reservesOut },
          null,
          2,
        ),
      );
    } else {
      const rows: Array<[string, (y: (typeof years)[number]) => string]> = [
        ['Total budget', (y) => money(y.totalBudget)],
        ['Spend before savings', (y) => money(y.spendBeforeSavings)],
        ['Savings', (y) => money(-y.totalSavings)],
        ['Spend after savings', (y) => money(y.spendAfterSavings)],
        ['Net High Needs deficit', (y) => money(y.netHighNeedsDeficit)],
        ['In-year DSG deficit', (y) => money(y.inYearDsgDeficit)],
        ['Cumulative deficit before DfE', (y) => money(y.cumulativeDeficitBeforeDfe)],
        ['DfE contributions to date', (y) => money(y.dfeContributionsToDate)],
        ['Cumulative deficit after DfE', (y) => money(y.cumulativeDeficitAfterDfe)],
        [
          'Funding gap % of HNB allocation',
          (y) => (y.fundingGapPct === null ? '' : `${y.fundingGapPct.toFixed(2)}%`),
        ],
      ];
      if (plan.lines.some((l) => l.kind === 'stabilityGrant'))
        rows.push(
          ['Stability grant (counted)', (y) => money(y.stabilityGrantCounted)],
          ['Cumulative deficit, every grant', (y) => money(y.cumulativeDeficitWithGrant)],
          ['Cumulative deficit, no grant', (y) => money(y.cumulativeDeficitWithoutGrant)],
        );
      if (plan.usableReserves)
        rows.push(['Deficit % of usable reserves', (y) => pctOfReserves(reserves, y.year)]);
      io.out(`${plan.version} (council ${plan.council})\n`);
      io.out(
        renderTable(
          ['', ...years.map((y) => y.year)],
          rows.map(([label, f]) => [label, ...years.map(f)]),
        ),
      );
      io.out(`\n${reserves.statements.join('\n')}`);
    }
    return Promise.resolve(0);
  },
};

export const modelCheck: Command = {
  words: ['model', 'check'],
  summary: 'Run the reconciliation checks on a plan file or a council; exit 1 when any fails',
  usage: `highneeds model check FILE
       highneeds model check --council CODE [--data DIR]

${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' } },
  allowPositionals: true,
  async run(args, io) {
    const [file] = args.positionals;
    const council = optionalString(args, 'council');
    if (!file === !council) throw new UsageError('Give either a plan FILE or --council CODE.');
    if (file) {
      const plan = readPlanFileOrReport(file, io);
      return plan ? printFailures(checkPlanVersion(plan), io) : 1;
    }
    return withRuntime(args, io, async (runtime) =>
      printFailures(await councilChecks(runtime.ctx, commandLineActor(io.env), council!), io),
    );
  },
};

export const modelImport: Command = {
  words: ['model', 'import'],
  summary: "Import a plan version file into a council's model (all or nothing)",
  usage: `highneeds model import FILE --council CODE [--name NAME] [--replace] [--data DIR]

  FILE is a plan version as JSON (docs/formats/financial-model.md) or a model grid .xlsx (model export).

  --name NAME  store under this name instead of the file's "version"
  --replace    replace an existing draft of the same name (a frozen version is never replaced)
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    name: { type: 'string' },
    replace: { type: 'boolean' },
  },
  allowPositionals: true,
  async run(args, io) {
    const [file] = args.positionals;
    if (!file) throw new UsageError('Give the plan file.');
    const council = requireOption(args, 'council');
    const isWorkbook = file.toLowerCase().endsWith('.xlsx');
    const content = readInputFile(file);
    const parsed = isWorkbook ? undefined : readJsonFile(file);
    const options = {
      replace: args.values.replace === true,
      ...(optionalString(args, 'name') ? { name: optionalString(args, 'name') } : {}),
    };
    return withRuntime(args, io, async (runtime) => {
      try {
        const actor = commandLineActor(io.env);
        const version = isWorkbook
          ? await importVersionWorkbook(runtime.ctx, actor, council, content, options)
          : await importVersion(runtime.ctx, actor, council, parsed, options);
        io.out(`Imported "${version.name}" into council ${council} (${version.status}).`);
        return 0;
      } catch (error) {
        return reportImportFailure(io, file, error);
      }
    });
  },
};

export const modelExport: Command = {
  words: ['model', 'export'],
  summary: 'Write a stored plan version as JSON (the import format)',
  usage: `highneeds model export --council CODE --version NAME [--format json|xlsx] [--out FILE] [--data DIR]

  xlsx writes the model grid (years across, lines down, derived rows as live formulas); --out is required.
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    version: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const format = optionalString(args, 'format') ?? 'json';
    if (!['json', 'xlsx'].includes(format))
      throw new UsageError(`--format must be json or xlsx, not '${format}'.`);
    const council = requireOption(args, 'council');
    const name = requireOption(args, 'version');
    if (format === 'xlsx' && !optionalString(args, 'out'))
      throw new UsageError('--out FILE.xlsx is required for --format xlsx.');
    return withRuntime(args, io, async (runtime) => {
      if (format === 'xlsx') {
        const out = requireOption(args, 'out');
        fs.writeFileSync(
          out,
          await exportVersionWorkbook(runtime.ctx, commandLineActor(io.env), council, name),
        );
        io.out(`Wrote the grid of "${name}" to ${path.resolve(out)}.`);
        return 0;
      }
      const { plan } = await getVersion(runtime.ctx, commandLineActor(io.env), council, name);
      const text = JSON.stringify(planToJson(plan), null, 2) + '\n';
      const out = optionalString(args, 'out');
      if (out) {
        fs.writeFileSync(out, text);
        io.out(`Wrote "${name}" to ${path.resolve(out)}.`);
      } else io.out(text.trimEnd());
      return 0;
    });
  },
};

export const modelList: Command = {
  words: ['model', 'list'],
  summary: "List a council's plan versions",
  usage: `highneeds model list --council CODE [--data DIR]\n\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' } },
  async run(args, io) {
    const council = requireOption(args, 'council');
    return withRuntime(args, io, async (runtime) => {
      const versions = await listVersions(runtime.ctx, commandLineActor(io.env), council);
      io.out(
        renderTable(
          ['version', 'status', 'years', 'cumulative after DfE (last year)'],
          versions.map((v) => [
            v.name,
            v.status,
            v.years.map((y) => y.year).join(', '),
            money(v.years.at(-1)?.cumulativeDeficitAfterDfe ?? 0),
          ]),
        ),
      );
      return 0;
    });
  },
};

export const modelFreeze: Command = {
  words: ['model', 'freeze'],
  summary: 'Freeze a version (e.g. the agreed baseline); it can then only be copied',
  usage: `highneeds model freeze --council CODE --version NAME [--data DIR]\n\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, version: { type: 'string' } },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const name = requireOption(args, 'version');
    return withRuntime(args, io, async (runtime) => {
      await freezeVersion(runtime.ctx, commandLineActor(io.env), council, name);
      io.out(`"${name}" is frozen.`);
      return 0;
    });
  },
};

export const modelCopy: Command = {
  words: ['model', 'copy'],
  summary: 'Copy a version to a new draft',
  usage: `highneeds model copy --council CODE --version NAME --to NEW-NAME [--data DIR]\n\n${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    version: { type: 'string' },
    to: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const name = requireOption(args, 'version');
    const to = requireOption(args, 'to');
    return withRuntime(args, io, async (runtime) => {
      await copyVersion(runtime.ctx, commandLineActor(io.env), council, name, { name: to });
      io.out(`Copied "${name}" to "${to}".`);
      return 0;
    });
  },
};

export const modelCompare: Command = {
  words: ['model', 'compare'],
  summary: 'Compare two versions line by line with variance and RAG',
  usage: `highneeds model compare --council CODE --from NAME --to NAME [--year 2021-22] [--format json|table] [--data DIR]

  table prints the financial model monitoring table (£m, 3 decimals) as in the DfE quarterly return;
  json prints every line and derived figure, amounts in pounds as presented (savings negative).
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const format = formatOf(args);
    const council = requireOption(args, 'council');
    const input = {
      from: requireOption(args, 'from'),
      to: requireOption(args, 'to'),
      ...(optionalString(args, 'year') ? { year: optionalString(args, 'year') } : {}),
    };
    return withRuntime(args, io, async (runtime) => {
      const result = await compareCouncilVersions(runtime.ctx, commandLineActor(io.env), council, input);
      if (format === 'json') {
        const row = <
          T extends {
            from?: number | null;
            to?: number | null;
            model?: number;
            projection?: number;
            variance: number;
          },
        >(
          r: T,
        ) => ({
          ...r,
          ...('from' in r
            ? {
                from: r.from === null || r.from === undefined ? null : toPounds(r.from),
                to: r.to === null || r.to === undefined ? null : toPounds(r.to),
              }
            : {}),
          ...('model' in r ? { model: toPounds(r.model!), projection: toPounds(r.projection!) } : {}),
          variance: toPounds(r.variance),
        });
        io.out(
          JSON.stringify(
            {
              year: result.year,
              from: result.fromVersion,
              to: result.toVersion,
              lines: result.lines.map(row),
              totals: result.totals.map(row),
              monitoring: result.monitoring.map(row),
            },
            null,
            2,
          ),
        );
      } else {
        const m = (p: number) => {
          const text = (p / 1e8).toFixed(3);
          return text === '-0.000' ? '0.000' : text;
        };
        io.out(
          `${result.year}: "${result.fromVersion}" (model) against "${result.toVersion}" (projection), £m\n`,
        );
        io.out(
          renderTable(
            ['', 'model', 'projection', 'variance', 'RAG'],
            result.monitoring.map((r) => [r.label, m(r.model), m(r.projection), m(r.variance), r.rag]),
          ),
        );
      }
      return 0;
    });
  },
};

export const modelCommands = [
  modelCompute,
  modelCheck,
  modelImport,
  modelExport,
  modelList,
  modelFreeze,
  modelCopy,
  modelCompare,
];
