import { parseCsv } from './csvTable';
import { longFormatParts } from './ehcpRelease2022';
import { wideFormatParts } from './ehcpRelease2025';
import type { ReleasePart } from './ehcpReleasePart';
import type { NationalDataset, PublishedValue } from './nationalDataset';
import { memorySeriesStore } from '../../core/benchmark/memoryStore';
import { publishedPanelOf, reconcilePanel } from '../../core/caseloadForecast';
import type { ReadResult } from './readResult';
import {
  isTribunalTable,
  readTribunalTable,
  TRIBUNAL_TABLE_PATH,
  tribunalSeries,
} from './tribunalAppealRates';
import { ValueCollector } from './valueCollector';
import { baseName, unzipEntries, zipEntryNames } from './zipArchive';

// An EHCP statistics release, as downloaded (a zip of CSVs) or one of its CSVs on its own. The edition is
// the latest January census the data speaks to: 2022 for the June 2022 release, 2025 for June 2025 (flows
// in calendar 2024 belong to the release of the January 2025 census).

const allParts: readonly ReleasePart[] = [...longFormatParts, ...wideFormatParts];
const breakNote =
  'Figures from January 2023 come from the person-level SEN2 return: the series breaks in 2023 (DfE data guidance).';

/**
 * The release's own traps, as notes of the import (the forecasts read them the same way): a region's
 * total given as its councils' figures (read as unknown), and sudden changes in a council's caseload.
 */
function releaseFindings(values: readonly PublishedValue[]): string[] {
  const { findings } = reconcilePanel(publishedPanelOf(memorySeriesStore(values)));
  return findings.filter((f) => f.kind !== 'reorganised').map((f) => f.message);
}

/** Whether a zip's file list is an EHCP statistics release this product reads. */
export function isEhcpReleaseZip(entryNames: readonly string[]): boolean {
  const names = new Set(entryNames.map(baseName));
  return allParts.some((part) => names.has(baseName(part.path)));
}

/** The release part a CSV's header identifies, if any. */
export function ehcpPartOfHeader(header: readonly string[]): ReleasePart | undefined {
  return allParts.find((part) => part.signature.every((column) => header.includes(column)));
}

function dataset(
  sources: NationalDataset['sources'],
  series: string[],
  out: ValueCollector,
  latest: number | undefined,
  notes: string[],
): ReadResult<NationalDataset> {
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  if (latest === undefined)
    return {
      ok: false,
      errors: [{ file: sources[0]?.file ?? '', row: 0, column: '', value: '', message: 'has no data rows' }],
    };
  const values = out.published();
  return {
    ok: true,
    data: {
      publication: 'ehcp-statistics',
      edition: String(latest),
      series: [...new Set(series)],
      values,
      neighbours: [],
      sources,
      notes: [...(latest >= 2023 ? [breakNote] : []), ...notes, ...releaseFindings(values)],
    },
  };
}

/** Reads a release zip: every CSV of it that the product uses, as one dataset. */
export function readEhcpReleaseZip(file: string, bytes: Uint8Array): ReadResult<NationalDataset> {
  const names = zipEntryNames(bytes, file);
  const wantedParts = allParts.filter((part) => names.some((n) => baseName(n) === baseName(part.path)));
  const tribunal = names.find((n) => baseName(n) === baseName(TRIBUNAL_TABLE_PATH));
  const wanted = new Set([
    ...wantedParts.map((p) => names.find((n) => baseName(n) === baseName(p.path))),
    tribunal,
  ]);
  const entries = unzipEntries(bytes, (name) => wanted.has(name), file);
  const out = new ValueCollector(file);
  const sources: NationalDataset['sources'] = [];
  const series: string[] = [];
  const notes: string[] = [];
  let latest: number | undefined;
  for (const [name, content] of entries) {
    const isTribunal = name === tribunal;
    const table = parseCsv(`${file}:${name}`, content, { headerRow: !isTribunal });
    const partOut = out.withFile(`${file}:${name}`);
    const part = wantedParts.find((p) => baseName(p.path) === baseName(name));
    const last = isTribunal ? readTribunalTable(table, partOut, notes) : part?.read(table, partOut);
    if (isTribunal) series.push(...tribunalSeries);
    else if (part) series.push(...part.series);
    sources.push({ file: name, rows: table.rows.length });
    if (last !== undefined) latest = Math.max(latest ?? last, last);
  }
  return dataset(sources, series, out, latest, notes);
}

/** Reads one CSV of a release on its own (its header says which); undefined when it is none of them. */
export function readEhcpReleaseCsv(
  file: string,
  content: Uint8Array,
): ReadResult<NationalDataset> | undefined {
  const out = new ValueCollector(file);
  const notes: string[] = [];
  const table = parseCsv(file, content);
  const part = ehcpPartOfHeader(table.header);
  if (part)
    return dataset([{ file, rows: table.rows.length }], [...part.series], out, part.read(table, out), notes);
  const raw = parseCsv(file, content, { headerRow: false });
  if (!isTribunalTable(raw)) return undefined;
  return dataset(
    [{ file, rows: raw.rows.length }],
    tribunalSeries,
    out,
    readTribunalTable(raw, out, notes),
    notes,
  );
}
