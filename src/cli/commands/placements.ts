import fs from 'node:fs';
import path from 'node:path';
import { formatMoney, roundToPounds } from '../../core/money';
import { financialYearOf, parseFinancialYear } from '../../core/periods';
import type { AverageCost } from '../../core/placements';
import { placementChanges } from '../../services/placements/changes';
import { importPlacements } from '../../services/placements/imports';
import { listPlacementSnapshots } from '../../services/placements/records';
import { placementSummary, type PlacementSummaryView } from '../../services/placements/summary';
import { defaultPlacementTemplate, placementTemplate } from '../../services/placements/template';
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
import { readInputFile, reportImportFailure } from '../fileInput';
import { renderTable } from '../table';
import { commandLineActor, withRuntime } from './withRuntime';

const pounds = (pence: number | null) => (pence === null ? '' : formatMoney(roundToPounds(pence)));
const pct = (value: number | null) => (value === null ? '' : `${value.toFixed(2)}%`);

/** Labels and values, one per line, values right-aligned (a table without a header). */
function keyValues(rows: Array<[string, string | number]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => String(value).length));
  return rows
    .map(([label, value]) => `${label.padEnd(width)}  ${String(value).padStart(valueWidth)}`)
    .join('\n');
}

function formatOf(args: ParsedArgs): 'json' | 'table' {
  const format = optionalString(args, 'format') ?? 'table';
  if (format !== 'json' && format !== 'table')
    throw new UsageError(`--format must be json or table, not '${format}'.`);
  return format;
}

function dateOption(args: ParsedArgs, name: string, required: true): string;
function dateOption(args: ParsedArgs, name: string, required?: false): string | undefined;
function dateOption(args: ParsedArgs, name: string, required = false): string | undefined {
  const value = required ? requireOption(args, name) : optionalString(args, name);
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new UsageError(`--${name} must be a date written YYYY-MM-DD, not '${value}'.`);
  return value;
}

export const placementsImport: Command = {
  words: ['placements', 'import'],
  summary: "Import a council's placement register (CSV or XLSX) as at a date; all or nothing",
  usage: `highneeds placements import FILE --council CODE --as-at YYYY-MM-DD [--replace] [--data DIR]

  FILE is a register in the template's columns (docs/formats/placements.md), .csv or .xlsx.
  Every row is checked; with any problem nothing is imported, every problem is printed and the exit code is 1.
  --replace    replace the council's register already imported for that date
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    'as-at': { type: 'string' },
    replace: { type: 'boolean' },
  },
  allowPositionals: true,
  async run(args, io) {
    const [file] = args.positionals;
    if (!file) throw new UsageError('Give the register file.');
    const council = requireOption(args, 'council');
    const asAt = dateOption(args, 'as-at', true);
    const content = readInputFile(file);
    return withRuntime(args, io, async (runtime) => {
      try {
        const snapshot = await importPlacements(runtime.ctx, commandLineActor(io.env), council, content, {
          asAt,
          replace: args.values.replace === true,
          source: path.basename(file),
        });
        io.out(
          `Imported ${String(snapshot.placements)} placements (${String(snapshot.children)} children) into council ${council} as at ${snapshot.asAt}.`,
        );
        return 0;
      } catch (error) {
        return reportImportFailure(io, file, error);
      }
    });
  },
};

export const placementsTemplate: Command = {
  words: ['placements', 'template'],
  summary: 'Write the placement register template (.xlsx with notes, codes and drop-down lists)',
  usage: `highneeds placements template --out FILE.xlsx [--council CODE [--data DIR]] [--return-year 2025]

  Without --council the template lists the default categories (Kingston's KPI categories) and opens no database.
  --return-year  the SEN2 return whose need codes to list (default: this year's; DS from 2025)`,
  options: {
    ...databaseOptions,
    out: { type: 'string' },
    council: { type: 'string' },
    'return-year': { type: 'string' },
  },
  async run(args, io) {
    const out = requireOption(args, 'out');
    const yearText = optionalString(args, 'return-year');
    if (yearText !== undefined && !/^\d{4}$/.test(yearText))
      throw new UsageError(`--return-year must be a year such as 2025, not '${yearText}'.`);
    const council = optionalString(args, 'council');
    const returnYear = yearText ? Number(yearText) : new Date().getUTCFullYear();
    const content = council
      ? await withRuntime(args, io, (runtime) =>
          placementTemplate(runtime.ctx, commandLineActor(io.env), council, { returnYear }),
        )
      : await defaultPlacementTemplate(returnYear);
    fs.writeFileSync(out, content);
    io.out(`Wrote the placement register template to ${path.resolve(out)}.`);
    return 0;
  },
};

function averagesTable(
  title: string,
  averages: Record<string, AverageCost>,
  labels: Record<string, string>,
): string {
  const rows = Object.entries(averages).map(([key, a]) => [
    labels[key] ?? key,
    a.count,
    pounds(a.total),
    pounds(a.average),
  ]);
  return `${title}\n${renderTable(['', 'placements', 'annual cost', 'average'], rows)}`;
}

function printSummary(s: PlacementSummaryView, io: CommandIO): void {
  const c = s.commitments;
  io.out(
    `Placement register of council ${s.council} as at ${s.asAt} (${s.snapshot.source ?? 'no file name'}), financial year ${s.financialYear}\n`,
  );
  io.out(
    keyValues([
      ['Placements open on the as-at date', s.placements],
      ['Children (EHCPs) with a placement', s.children],
      [`Gross cost in ${s.financialYear}`, pounds(s.totalCost)],
      ['Average cost of an EHCP', pounds(s.averageCostOfEhcp)],
      ['Independent sector share of spend', pct(s.independentSectorSharePct)],
    ]),
  );
  io.out('');
  io.out(
    averagesTable(
      'Average annual cost by DfE placement category',
      s.averageCostByCategory,
      s.labels.categories,
    ),
  );
  io.out('');
  io.out(
    averagesTable(
      'Average annual cost by phase (age on 31 August before the academic year)',
      s.averageCostByPhase,
      s.labels.phases,
    ),
  );
  io.out('');
  io.out(
    averagesTable(
      "Average annual cost by the council's categories",
      s.averageCostByCouncilCategory,
      s.labels.councilCategories,
    ),
  );
  io.out('');
  io.out(
    `Commitments\n${keyValues([
      [`Spend 1 April to ${c.asAt}`, pounds(c.spendToDate)],
      ['Committed to 31 March', pounds(c.committed)],
      ['Forecast gross cost', pounds(c.forecast)],
      ['Partner contributions in the year', pounds(c.contributionsToDate + c.contributionsCommitted)],
      ['Forecast net cost', pounds(c.netForecast)],
      ['Full-year effect of open placements', pounds(c.fullYearEffect)],
      [`New placements in ${s.financialYear}`, c.newPlacements.count],
      ['  their cost this year', pounds(c.newPlacements.costInYear)],
      ['  their full-year effect', pounds(c.newPlacements.fullYearEffect)],
    ])}`,
  );
  io.out('');
  const changes = s.contributionChanges;
  const partnerRows = Object.entries(s.contributionsByPartner).map(([partner, amount]) => {
    const change = changes?.rows.find((r) => r.partner === partner);
    return [
      s.labels.partners[partner] ?? partner,
      pounds(amount),
      change ? pounds(change.previous) : '',
      change ? pounds(change.change) : '',
    ];
  });
  const total = Object.values(s.contributionsByPartner).reduce((sum, amount) => sum + amount, 0);
  partnerRows.push([
    'Total',
    pounds(total),
    changes ? pounds(changes.total.previous) : '',
    changes ? pounds(changes.total.change) : '',
  ]);
  const previousHeading = changes
    ? `${changes.previousYear} (as at ${changes.previousAsAt})`
    : 'previous year';
  io.out(
    `Partner contributions\n${renderTable(['', s.financialYear, previousHeading, 'change'], partnerRows)}`,
  );
  io.out('');
  const t = s.topUps;
  const n = s.aboveNotionalThreshold;
  io.out(
    `Top-ups\n${keyValues([
      ['Top-ups', t.count],
      ['Total annual top-up', pounds(t.total)],
      ['Average top-up', pounds(t.average)],
      [
        `Mainstream pupils above the ${pounds(n.threshold)} notional SEN threshold`,
        `${String(n.pupilsAboveThreshold)} of ${String(n.mainstreamPlacements)}`,
      ],
      ['  their top-ups', pounds(n.topUpTotal)],
    ])}`,
  );
}

export const placementsSummary: Command = {
  words: ['placements', 'summary'],
  summary: 'Print the register summary: averages, commitments, contributions, top-ups',
  usage: `highneeds placements summary --council CODE [--as-at YYYY-MM-DD] [--year 2021-22] [--format json|table] [--data DIR]

  Uses the register in force at --as-at (the latest imported on or before it; default the latest), costed for
  --year (default: the financial year of the register's date). json prints the API's summary object: amounts
  in pence; keys placements, totalCost, averageCostByCategory (keyed by the seven DfE categories),
  averageCostOfEhcp, independentSectorSharePct, contributionsByPartner, commitments, topUps, ...
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    'as-at': { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const format = formatOf(args);
    const council = requireOption(args, 'council');
    const asAt = dateOption(args, 'as-at');
    const yearText = optionalString(args, 'year');
    let year: string | undefined;
    try {
      year = yearText === undefined ? undefined : parseFinancialYear(yearText);
    } catch {
      throw new UsageError(`--year must be a financial year such as 2021-22, not '${yearText ?? ''}'.`);
    }
    return withRuntime(args, io, async (runtime) => {
      const summary = await placementSummary(runtime.ctx, commandLineActor(io.env), council, {
        ...(asAt ? { asAt } : {}),
        ...(year ? { year } : {}),
      });
      if (format === 'json') io.out(JSON.stringify(summary, null, 2));
      else printSummary(summary, io);
      return 0;
    });
  },
};

export const placementsChanges: Command = {
  words: ['placements', 'changes'],
  summary: 'Show what changed between two imported registers: new, ceased, cost changes',
  usage: `highneeds placements changes --council CODE --from YYYY-MM-DD --to YYYY-MM-DD [--format json|table] [--data DIR]

  Both dates must be registers already imported. Amounts are annual rates (json: pence).
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const format = formatOf(args);
    const council = requireOption(args, 'council');
    const input = { from: dateOption(args, 'from', true), to: dateOption(args, 'to', true) };
    return withRuntime(args, io, async (runtime) => {
      const changes = await placementChanges(runtime.ctx, commandLineActor(io.env), council, input);
      if (format === 'json') {
        io.out(JSON.stringify(changes, null, 2));
        return 0;
      }
      const f = changes.fullYearEffect;
      io.out(
        `Council ${council}: register as at ${changes.from} against ${changes.to} (full-year effect at annual rates)\n`,
      );
      io.out(
        renderTable(
          ['', 'placements', 'full-year effect'],
          [
            ['New', changes.counts.added, pounds(f.added)],
            ['Ceased', changes.counts.ceased, pounds(-f.ceased)],
            ['Cost changes', changes.counts.costChanges, pounds(f.costChanges)],
            ['Net', '', pounds(f.net)],
          ],
        ),
      );
      const r = changes.records;
      if (r) {
        const rows = [
          ...r.added.map((p) => ['new', p.childId, p.provider, p.startDate, pounds(p.annualCost)]),
          ...r.ceased.map((p) => [
            'ceased',
            p.childId,
            p.provider,
            p.endDate ?? '(not in the later register)',
            pounds(-p.annualCost),
          ]),
          ...r.costChanges.map((p) => ['cost change', p.childId, p.provider, '', pounds(p.annualCostChange)]),
        ];
        if (rows.length > 0)
          io.out(`\n${renderTable(['change', 'child id', 'provider', 'date', 'annual cost'], rows)}`);
      }
      return 0;
    });
  },
};

export const placementsList: Command = {
  words: ['placements', 'list'],
  summary: "List a council's imported placement registers",
  usage: `highneeds placements list --council CODE [--data DIR]\n\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' } },
  async run(args, io) {
    const council = requireOption(args, 'council');
    return withRuntime(args, io, async (runtime) => {
      const snapshots = await listPlacementSnapshots(runtime.ctx, commandLineActor(io.env), council);
      io.out(
        renderTable(
          ['as at', 'financial year', 'placements', 'children', 'file'],
          snapshots.map((s) => [s.asAt, financialYearOf(s.asAt), s.placements, s.children, s.source]),
        ),
      );
      return 0;
    });
  },
};

/** The `highneeds placements ...` commands. */
export const placementsCommands = [
  placementsImport,
  placementsTemplate,
  placementsSummary,
  placementsChanges,
  placementsList,
];
