import path from 'node:path';
import { placementCategoryLabels, type PlacementCategory } from '../../core/benchmark/placementCategories';
import { findSettingType } from '../../core/placements';
import { sen2Census } from '../../services/sen2/census';
import { sen2Funnel } from '../../services/sen2/funnel';
import {
  importSen2Return,
  listSen2Returns,
  previewSen2Return,
  Sen2ReturnInvalidError,
} from '../../services/sen2/imports';
import { sen2Quality } from '../../services/sen2/quality';
import { sen2Reconciliation } from '../../services/sen2/reconciliation';
import { bladeFilesOfPath } from '../../services/sen2/upload';
import {
  databaseOptions,
  databaseUsage,
  requireOption,
  UsageError,
  type Command,
  type CommandIO,
} from '../command';
import { renderTable } from '../table';
import { choice } from './forecastArgs';
import { sen2Delete } from './sen2Delete';
import { sen2UrnCommands } from './sen2Urns';
import { commandLineActor, withRuntime } from './withRuntime';

// `highneeds sen2 ...`: the SEN2 person-level return from the command line (the same services as the
// API). Everything printed is aggregate or pseudonymous; synthetic returns say so on every table.

const formatOption = { format: { type: 'string' } } as const;
const synth = (synthetic: boolean) => (synthetic ? ' (SYNTHETIC data)' : '');
const pct = (value: number | null) => (value === null ? '' : `${value.toFixed(1)}%`);

/** Counts of a record as table rows, largest first, labelled. */
function countRows(counts: Record<string, number>, label: (key: string) => string = (k) => k) {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => [label(key), n]);
}

function printRefusal(io: CommandIO, where: string, error: Sen2ReturnInvalidError): number {
  for (const problem of error.problems) io.err(problem);
  io.err(
    `${where}: ${String(error.errors.length)} error${error.errors.length === 1 ? '' : 's'}; nothing was imported.`,
  );
  return 1;
}

const importOrCheck = (check: boolean): Command => ({
  words: ['sen2', check ? 'check' : 'import'],
  summary: check
    ? 'Check a Blade export of the SEN2 return without importing it: every error and warning'
    : "Import a council's SEN2 return (a folder of the nine Blade CSV files, or a zip of them); all or nothing",
  usage: `highneeds sen2 ${check ? 'check' : 'import'} PATH --council CODE${check ? '' : ' [--replace]'} [--data DIR]

  PATH is the folder of COLLECT's nine Blade-Export_DD-MM-YYYY_*.csv files, or a zip of them.
  Names, postcodes, UPNs and ULNs are never kept: children are kept under keyed hashes (docs/sen2.md).
  Any error refuses the whole return (every one is printed, exit code 1); warnings are kept beside the
  return as its data-quality report (highneeds sen2 quality).${check ? '' : "\n  --replace    replace the council's return of the same year"}
${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, replace: { type: 'boolean' } },
  allowPositionals: true,
  async run(args, io) {
    const [location] = args.positionals;
    if (!location) throw new UsageError('Give the folder (or zip) of the Blade export.');
    const council = requireOption(args, 'council');
    const files = bladeFilesOfPath(location);
    return withRuntime(args, io, async ({ ctx }) => {
      const actor = commandLineActor(io.env);
      try {
        if (check) {
          const preview = await previewSen2Return(ctx, actor, council, files);
          io.out(
            `${location}: the ${String(preview.collectionYear)} return (reference date ${preview.referenceDate}) has no errors: ${String(preview.counts?.people)} people, ${String(preview.counts?.ehcps)} with a plan open on the reference date, ${String(preview.warnings.length)} warnings.${preview.replaces ? ` Importing it would replace the ${String(preview.collectionYear)} return imported ${preview.replaces.createdAt.slice(0, 10)}.` : ''}`,
          );
          for (const w of preview.warnings.slice(0, 50))
            io.out(`  warning: ${w.message} (${w.module}, line ${String(w.row)})`);
          if (preview.warnings.length > 50) io.out(`  ... and ${String(preview.warnings.length - 50)} more`);
          return 0;
        }
        const stored = await importSen2Return(ctx, actor, council, files, {
          replace: args.values.replace === true,
          source: path.basename(location),
        });
        const counts = stored.counts as { people: number; ehcps: number; warnings: number };
        io.out(
          `Imported the ${String(stored.collectionYear)} SEN2 return into council ${council} (reference date ${stored.referenceDate}): ${String(counts.people)} people, ${String(counts.ehcps)} with a plan open on the reference date.`,
        );
        io.out(
          `Data-quality report: ${String(counts.warnings)} warnings (highneeds sen2 quality --council ${council}).`,
        );
        if (stored.unresolvedUrns.length > 0) {
          io.out(
            `URNs and UKPRNs whose setting type is not known (highneeds sen2 urns set KEY --setting-type TYPE):`,
          );
          for (const u of stored.unresolvedUrns)
            io.out(`  ${u.key} (${String(u.records)} record${u.records === 1 ? '' : 's'})`);
        }
        return 0;
      } catch (error) {
        if (error instanceof Sen2ReturnInvalidError) return printRefusal(io, location, error);
        throw error;
      }
    });
  },
});

const sen2List: Command = {
  words: ['sen2', 'list'],
  summary: "List a council's imported SEN2 returns",
  usage: `highneeds sen2 list --council CODE [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, ...formatOption },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const returns = await listSen2Returns(ctx, commandLineActor(io.env), requireOption(args, 'council'));
      if (choice(args, 'format', ['table', 'json'], 'table') === 'json')
        io.out(JSON.stringify({ returns }, null, 2));
      else
        io.out(
          renderTable(
            ['year', 'reference date', 'people', 'EHCPs', 'warnings', 'unresolved URNs', 'source', 'data'],
            returns.map((r) => {
              const c = r.counts as { people: number; ehcps: number; warnings: number };
              return [
                r.collectionYear,
                r.referenceDate,
                c.people,
                c.ehcps,
                c.warnings,
                r.unresolvedUrns.length,
                r.source,
                r.synthetic ? 'SYNTHETIC' : 'real',
              ];
            }),
          ),
        );
      return 0;
    }),
};

const sen2CensusCommand: Command = {
  words: ['sen2', 'census'],
  summary: 'EHCPs on a date from the SEN2 returns: by NCY, need, setting type and DfE placement category',
  usage: `highneeds sen2 census --council CODE --date YYYY-MM-DD [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, date: { type: 'string' }, ...formatOption },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const census = await sen2Census(ctx, commandLineActor(io.env), requireOption(args, 'council'), {
        date: requireOption(args, 'date'),
      });
      if (choice(args, 'format', ['table', 'json'], 'table') === 'json') {
        io.out(JSON.stringify(census, null, 2));
        return 0;
      }
      io.out(`EHCPs on ${census.date}: ${String(census.total)}${synth(census.synthetic)} (${census.note})`);
      const ncyOrder = (k: string) =>
        k === 'R' ? 0 : k === 'N2' ? -1 : k === 'N1' ? -2 : k === 'unknown' ? 99 : Number(k);
      for (const [title, rows] of [
        ['NCY', Object.entries(census.byNcy).sort(([a], [b]) => ncyOrder(a) - ncyOrder(b))],
        ['primary need', countRows(census.byNeed).sort((a, b) => Number(b[1]) - Number(a[1]))],
        [
          'setting type',
          countRows(census.bySetting, (k) => findSettingType(k)?.label ?? k).sort(
            (a, b) => Number(b[1]) - Number(a[1]),
          ),
        ],
        [
          'DfE placement category',
          countRows(census.byCategory, (k) => placementCategoryLabels[k as PlacementCategory]),
        ],
      ] as const) {
        io.out('');
        io.out(
          renderTable(
            [title, 'EHCPs'],
            rows.map((r) => [...r]),
          ),
        );
      }
      return 0;
    }),
};

const sen2Reconcile: Command = {
  words: ['sen2', 'reconcile'],
  summary: "Each January's census from the returns against the DfE's published caseload for the council",
  usage: `highneeds sen2 reconcile --council CODE [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, ...formatOption },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const result = await sen2Reconciliation(ctx, commandLineActor(io.env), requireOption(args, 'council'));
      if (choice(args, 'format', ['table', 'json'], 'table') === 'json') {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      io.out(
        `January censuses from the SEN2 returns${synth(result.synthetic)} against ${result.publishedNote}`,
      );
      io.out(
        renderTable(
          ['January', 'census date', 'from', 'census', 'published', 'difference', 'how'],
          result.januaries.map((j) => [
            j.year,
            j.date,
            `${String(j.fromReturn)} return`,
            j.census.total,
            j.published?.total ?? null,
            j.difference?.total ?? null,
            j.note,
          ]),
        ),
      );
      for (const n of result.notRebuilt) io.out(`January ${String(n.year)}: not rebuilt: ${n.reason}.`);
      return 0;
    }),
};

const sen2FunnelCommand: Command = {
  words: ['sen2', 'funnel'],
  summary: 'Requests, assessments, plans issued, 20-week timeliness and ceased plans by month or year',
  usage: `highneeds sen2 funnel --council CODE [--by month|year] [--from DATE] [--to DATE] [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    by: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    ...formatOption,
  },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const input = Object.fromEntries(
        (['from', 'to', 'by'] as const).flatMap((k) =>
          typeof args.values[k] === 'string' ? [[k, args.values[k]]] : [],
        ),
      );
      const result = await sen2Funnel(ctx, commandLineActor(io.env), requireOption(args, 'council'), input);
      if (choice(args, 'format', ['table', 'json'], 'table') === 'json') {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      io.out(`Funnel ${result.from} to ${result.to}${synth(result.synthetic)}`);
      io.out(
        renderTable(
          [
            'period',
            'requests',
            'to assess',
            'not to assess',
            'plans issued',
            'within 20 weeks',
            'excl. exceptions',
            'ceased',
            'from return',
          ],
          result.periods.map((p) => [
            p.period,
            p.requests,
            p.requestDecisions.assess,
            p.requestDecisions.notAssess,
            p.plansIssued,
            pct(p.within20Weeks.all.pct),
            pct(p.within20Weeks.excludingExceptions.pct),
            p.ceased.total,
            `${String(p.fromReturn)}${p.partial ? ' (partial)' : ''}`,
          ]),
        ),
      );
      return 0;
    }),
};

const sen2QualityCommand: Command = {
  words: ['sen2', 'quality'],
  summary:
    "The data-quality report of a council's SEN2 return: every warning, counts by kind, URNs to resolve",
  usage: `highneeds sen2 quality --council CODE [--year YEAR] [--format json|table] [--data DIR]\n${databaseUsage}`,
  options: { ...databaseOptions, council: { type: 'string' }, year: { type: 'string' }, ...formatOption },
  run: (args, io) =>
    withRuntime(args, io, async ({ ctx }) => {
      const year = typeof args.values.year === 'string' ? { year: args.values.year } : {};
      const report = await sen2Quality(ctx, commandLineActor(io.env), requireOption(args, 'council'), year);
      if (choice(args, 'format', ['table', 'json'], 'table') === 'json') {
        io.out(JSON.stringify(report, null, 2));
        return 0;
      }
      io.out(`Data-quality report of the ${String(report.collectionYear)} return${synth(report.synthetic)}`);
      io.out(
        renderTable(
          ['finding', 'kind', 'count'],
          report.byKind.filter((k) => k.count > 0).map((k) => [k.title, k.kind, k.count]),
        ),
      );
      for (const f of report.findings) io.out(`  ${f.text}`);
      return 0;
    }),
};

export const sen2Commands: Command[] = [
  importOrCheck(false),
  importOrCheck(true),
  sen2List,
  sen2Delete,
  sen2CensusCommand,
  sen2Reconcile,
  sen2FunnelCommand,
  sen2QualityCommand,
  ...sen2UrnCommands,
];
