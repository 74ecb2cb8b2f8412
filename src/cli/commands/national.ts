import type { MeasureBenchmark } from '../../core/benchmark/benchmarkReport';
import { formatMeasure } from '../../core/benchmark/formatMeasure';
import { importNationalFile, type NationalImportOutcome } from '../../services/national/importNationalData';
import { nationalBenchmark, type NationalBenchmark } from '../../services/national/nationalBenchmark';
import { listNationalReleases } from '../../services/national/nationalReleases';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
  type CommandIO,
} from '../command';
import { readInputFile, reportImportFailure } from '../fileInput';
import { renderTable } from '../table';
import { commandLineActor, withRuntime } from './withRuntime';

const count = (n: number) => n.toLocaleString('en-GB');

function printImport(outcome: NationalImportOutcome, io: CommandIO): void {
  const verb = { imported: 'Imported', updated: 'Updated', unchanged: 'Nothing changed:' }[outcome.status];
  io.out(`${verb} ${outcome.fileName}: ${outcome.title}, edition ${outcome.edition}.`);
  for (const s of outcome.sources) io.out(`  read ${s.file} (${count(s.rows)} rows)`);
  if (outcome.publication === 'statistical-neighbours') {
    const n = outcome.neighbours;
    io.out(
      `  ${count(outcome.neighboursRead)} neighbour links read: ${count(n.added)} added, ${count(n.changed)} changed, ${count(n.removed)} removed.`,
    );
  } else {
    const v = outcome.values;
    io.out(
      `  ${count(outcome.valuesRead)} figures read: ${count(v.added)} added, ${count(v.changed)} changed, ${count(v.removed)} removed.`,
    );
    io.out(`  series: ${outcome.series.join(', ')}`);
  }
  if (outcome.alreadyImported)
    io.out(
      `  The release already holds these figures (from ${outcome.alreadyImported.fileName}, ${outcome.alreadyImported.at}).`,
    );
  io.out(`  sha256 ${outcome.checksum}`);
  for (const note of outcome.notes) io.out(`  note: ${note}`);
}

/** `highneeds national import FILE`. */
export const nationalImport: Command = {
  words: ['national', 'import'],
  summary:
    'Import a published DfE file (EHCP release zip or CSV, HN benchmarking xlsx, DSG ods/xlsx, neighbours csv)',
  usage: `highneeds national import FILE [--data DIR]

  FILE is one of the DfE's files as published (which one is detected from its content): an EHCP
  statistics release zip (2022 long format or 2025 wide format) or one of its CSVs, the High Needs
  benchmarking LA table (.xlsx), a DSG allocations file (.ods), dsg-by-year.xlsx,
  dsg-cumulative-balance-pct.xlsx, or statistical-neighbours.csv. All or nothing; importing the same
  figures again changes nothing. Exit 1 with every row error when the file cannot be read.

${databaseUsage}`,
  options: { ...databaseOptions },
  allowPositionals: true,
  async run(args, io) {
    const [file, extra] = args.positionals;
    if (!file) throw new UsageError('Give the file to import.');
    if (extra) throw new UsageError('Import one file at a time.');
    const bytes = readInputFile(file);
    return withRuntime(args, io, async (runtime) => {
      try {
        printImport(
          await importNationalFile(runtime.ctx, commandLineActor(io.env), { name: file, bytes }),
          io,
        );
        return 0;
      } catch (error) {
        return reportImportFailure(io, file, error);
      }
    });
  },
};

function comparatorCell(m: MeasureBenchmark, kind: string): string {
  const c = m.comparators.find((x) => x.kind === kind);
  return c ? formatMeasure(c.value, m.unit) : '';
}

function printBenchmarkTable(report: NationalBenchmark, io: CommandIO): void {
  const { council } = report;
  const subRegion = report.measures[0]?.comparators.find((c) => c.kind === 'subRegion')?.name;
  io.out(
    `${council.name} (${council.code}, ${council.newCode}), ${council.region}: benchmark ${String(report.year)}`,
  );
  io.out(`Statistical neighbours: ${report.neighbours.map((n) => n.name).join(', ') || 'none imported'}`);
  io.out('');
  const footnotes: string[] = [];
  const rows = report.measures.map((m) => {
    const marks: string[] = [];
    for (const text of [m.notAvailable, m.note, m.caution]) {
      if (!text) continue;
      const at = footnotes.indexOf(text);
      marks.push(String(at >= 0 ? at + 1 : footnotes.push(text)));
    }
    return [
      `${m.label}${marks.length > 0 ? ` [${marks.join(',')}]` : ''}`,
      m.period,
      formatMeasure(m.value, m.unit),
      comparatorCell(m, 'statisticalNeighbours'),
      ...(subRegion ? [comparatorCell(m, 'subRegion')] : []),
      comparatorCell(m, 'region'),
      comparatorCell(m, 'england'),
      m.standing ? `${String(m.standing.rank)}/${String(m.standing.of)}` : '',
      m.rag ?? '',
    ];
  });
  const headers = [
    'Measure',
    'Period',
    council.name,
    'Stat. neighbours',
    ...(subRegion ? [subRegion] : []),
    council.region,
    'England',
    'Rank',
    'RAG',
  ];
  io.out(renderTable(headers, rows));
  if (footnotes.length > 0) io.out('');
  footnotes.forEach((text, i) => io.out(`[${String(i + 1)}] ${text}`));
  io.out('');
  io.out(
    'Rank 1 is the highest value among councils with a figure. RAG by decile among all councils (red: worst fifth, amber: next fifth).',
  );
}

/** `highneeds national benchmark --council CODE --year YEAR`. */
export const nationalBenchmarkCommand: Command = {
  words: ['national', 'benchmark'],
  summary: 'Benchmark a council against its statistical neighbours, region and England from published data',
  usage: `highneeds national benchmark --council 314 --year 2025 [--format table|json] [--data DIR]

  --council   the DfE's three-digit LA number (314) or the ONS code (E09000021); any LA in the data
  --year      the January census year; flows are the calendar year before, money the financial year
              that contains the census (2025: January 2025, calendar 2024, 2024-25)
  --format    table (default) or json

${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const year = requireOption(args, 'year');
    const format = optionalString(args, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json')
      throw new UsageError(`--format must be table or json, not '${format}'.`);
    if (!/^\d{4}$/.test(year)) throw new UsageError(`--year must be a year such as 2025, not '${year}'.`);
    await withRuntime(args, io, async (runtime) => {
      const report = await nationalBenchmark(runtime.ctx, commandLineActor(io.env), {
        council,
        year: Number(year),
      });
      if (format === 'json') io.out(JSON.stringify(report, null, 2));
      else printBenchmarkTable(report, io);
    });
  },
};

/** `highneeds national releases`. */
export const nationalReleasesCommand: Command = {
  words: ['national', 'releases'],
  summary: 'List the national data imported on this instance (file, when, checksum, counts)',
  usage: `highneeds national releases [--data DIR]\n\n${databaseUsage}`,
  options: { ...databaseOptions },
  async run(args, io) {
    await withRuntime(args, io, async (runtime) => {
      const releases = await listNationalReleases(runtime.ctx, commandLineActor(io.env));
      if (releases.length === 0) return io.out('No national data has been imported.');
      const rows = releases.flatMap((r) =>
        r.imports.map((i) => [
          r.publication,
          r.edition,
          i.fileName,
          i.importedAt.slice(0, 19).replace('T', ' '),
          count(i.valuesRead),
          i.checksum.slice(0, 12),
        ]),
      );
      io.out(renderTable(['Publication', 'Edition', 'File', 'Imported (UTC)', 'Figures', 'sha256'], rows));
    });
  },
};

/** The `highneeds national ...` commands. */
export const nationalCommands: Command[] = [
  nationalImport,
  nationalBenchmarkCommand,
  nationalReleasesCommand,
];
