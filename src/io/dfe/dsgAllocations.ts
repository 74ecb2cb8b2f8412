import { laByCode, regionOf } from '../../core/benchmark/laLookup';
import { ENGLAND } from '../../core/benchmark/localAuthorities';
import { dsgBlocks, series, type DsgBlock } from '../../core/benchmark/series';
import { financialYearStartingIn } from '../../core/periods';
import type { NationalDataset } from './nationalDataset';
import type { OdsSheet } from './odsSheets';
import { poundsToPence, readCell } from './publishedNumber';
import type { ReadResult } from './readResult';
import { ValueCollector } from './valueCollector';

// The DSG allocations file (.ods, DOMAIN-NOTES 4.8). Only the Allocations_summary sheet is read: each
// block before recoupment and deductions (columns C-G) and after (H-L). The edition is the financial
// year in the sheet's title, not the date in the file name: dsg-allocations_2024_07_20.ods is 2023-24.
// LA numbers are text in some editions ('202') and numbers in others (202). Below the LAs come subtotals
// (LONDON, METROPOLITAN AUTHORITIES, ...) and then the regions; regions are kept, subtotals skipped.

const SHEET = 'Allocations_summary';
const headings: [number, RegExp][] = [
  [2, /^Schools block/i],
  [3, /^Central school services block/i],
  [4, /^High needs block/i],
  [5, /^Early years block/i],
  [6, /^Total DSG allocation/i],
];

/** Whether the sheets are a DSG allocations file. */
export function isDsgAllocations(sheets: readonly OdsSheet[]): boolean {
  return sheets.some((s) => s.name === SHEET);
}

/** Reads the allocations summary of a DSG allocations file. */
export function readDsgAllocations(file: string, sheets: readonly OdsSheet[]): ReadResult<NationalDataset> {
  const out = new ValueCollector(`${file}:${SHEET}`);
  const sheet = sheets.find((s) => s.name === SHEET);
  const title = sheet?.rows[0]?.cells[0]?.text ?? '';
  const year = /(\d{4}) to (\d{4})/.exec(title);
  if (!sheet || !year || Number(year[2]) !== Number(year[1]) + 1) {
    out.error(
      1,
      'A',
      title,
      "expected the title 'Dedicated schools grant: YYYY to YYYY allocations ...' on the Allocations_summary sheet",
    );
    return { ok: false, errors: out.errors };
  }
  const fy = financialYearStartingIn(Number(year[1]));
  const headingRow = sheet.rows.find((r) => /^Schools block/i.test(r.cells[2]?.text ?? ''));
  for (const [column, pattern] of headings) {
    for (const offset of [0, 5]) {
      const text = headingRow?.cells[column + offset]?.text ?? '';
      if (!pattern.test(text))
        out.error(
          headingRow?.line ?? 2,
          String.fromCharCode(65 + column + offset),
          text,
          `expected a heading matching ${String(pattern)}`,
        );
    }
  }
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  let rows = 0;
  for (const { line, cells } of sheet.rows) {
    if (line <= (headingRow?.line ?? 2) + 2) continue;
    const label = cells[0]?.number !== undefined ? String(cells[0].number) : (cells[0]?.text ?? '').trim();
    const area =
      label === 'ENGLAND' ? ENGLAND : /^\d{3}$/.test(label) ? laByCode(label)?.code : regionOf(label)?.code;
    if (!area) {
      if (/^\d+$/.test(label))
        out.error(line, 'A', label, `is not a known three-digit LA number (${cells[1]?.text ?? ''})`);
      continue;
    }
    rows += 1;
    dsgBlocks.forEach((block: DsgBlock, i) => {
      for (const [offset, seriesOf] of [
        [0, series.dsgAllocation],
        [5, series.dsgAfterDeductions],
      ] as const) {
        const cell = cells[2 + i + offset];
        const reading =
          cell?.number !== undefined ? { figure: { value: cell.number } } : readCell(cell?.text);
        if ('error' in reading) {
          out.error(line, String.fromCharCode(67 + i + offset), cell?.text ?? '', reading.error);
          continue;
        }
        const f = reading.figure;
        out.add(
          seriesOf(block),
          area,
          fy,
          f.value === null ? f : { value: poundsToPence(f.value) },
          line,
          block,
        );
      }
    });
  }
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  return {
    ok: true,
    data: {
      publication: 'dsg-allocations',
      edition: fy,
      series: dsgBlocks.flatMap((b) => [series.dsgAllocation(b), series.dsgAfterDeductions(b)]),
      values: out.published(),
      neighbours: [],
      sources: [{ file: `${file}:${SHEET}`, rows }],
      notes: [`DSG allocations for ${fy} (from the sheet title), in pence.`],
    },
  };
}
