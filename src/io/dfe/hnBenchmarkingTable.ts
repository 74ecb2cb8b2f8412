import type ExcelJS from 'exceljs';
import { laByCode } from '../../core/benchmark/laLookup';
import { financialYearStart, previousFinancialYear, parseFinancialYear } from '../../core/periods';
import { series, type S251Group } from '../../core/benchmark/series';
import { cellFigure, cellText } from './excelCells';
import type { NationalDataset } from './nationalDataset';
import { poundsToPence } from './publishedNumber';
import type { ReadResult } from './readResult';
import { ValueCollector } from './valueCollector';

// The "All LA data" table of the DfE's High Needs benchmarking tool (DOMAIN-NOTES 4.3): one sheet, seven
// header rows, one row per LA, no England row. Read: the ONS 2-18 population (column E, mid-year in its
// heading), and the S251 group totals of the budget (year in C2) and of the prior year's outturn. The
// per-head columns (CO-DO) are formulas into another workbook and are recomputed, not read; the NFF
// factor columns (AR-BG) are #REF! in the published file and are not read.

const budgetColumns: Record<S251Group, string> = {
  placeFunding: 'P',
  topUpMaintained: 'W',
  topUpIndependent: 'AE',
  senSupport: 'AM',
  apServices: 'AN',
  hospitalEducation: 'AO',
  therapies: 'AP',
};
const outturnColumns: Record<S251Group, string> = {
  placeFunding: 'BI',
  topUpMaintained: 'BP',
  topUpIndependent: 'BX',
  senSupport: 'CF',
  apServices: 'CG',
  hospitalEducation: 'CH',
  therapies: 'CI',
};

// What the header cells must say for the columns above to mean what we think (checked, not assumed).
const expectedHeadings: [string, RegExp][] = [
  ['C5', /^LA code$/i],
  ['D5', /^LA name$/i],
  ['E5', /2-18 Population \(ONS mid-(\d{4})/i],
  ['P3', /Section 251 budget/i],
  ['BI3', /Section 251 outturn/i],
  ['P4', /^Place funding/i],
  ['W4', /^Top up funding \(maintained/i],
  ['AE4', /^Top up funding \(non-maintained/i],
  ['BI4', /^Place funding/i],
  ['BP4', /^Top up funding \(maintained/i],
  ['BX4', /^Top up funding \(non-maintained/i],
  ['CI4', /^Therapies/i],
];

/** Whether a workbook looks like the benchmarking tool's LA table. */
export function isHnBenchmarkingTable(workbook: ExcelJS.Workbook): boolean {
  const sheet = workbook.worksheets[0];
  return sheet !== undefined && /2-18 Population/i.test(cellText(sheet.getCell('E5').value));
}

/** Reads the table from a loaded workbook. */
export function readHnBenchmarkingTable(
  file: string,
  workbook: ExcelJS.Workbook,
): ReadResult<NationalDataset> {
  const out = new ValueCollector(file);
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return { ok: false, errors: [{ file, row: 0, column: '', value: '', message: 'has no worksheet' }] };
  for (const [address, pattern] of expectedHeadings) {
    const text = cellText(sheet.getCell(address).value).replace(/\s+/g, ' ').trim();
    if (!pattern.test(text))
      out.error(
        Number(address.replace(/\D/g, '')),
        address.replace(/\d/g, ''),
        text,
        `expected a heading matching ${String(pattern)}`,
      );
  }
  const populationYear = /mid-(\d{4})/i.exec(cellText(sheet.getCell('E5').value))?.[1];
  let budgetYear = '';
  try {
    budgetYear = parseFinancialYear(cellText(sheet.getCell('C2').value));
  } catch {
    out.error(
      2,
      'C',
      cellText(sheet.getCell('C2').value),
      "is not the budget's financial year (such as 2021-22)",
    );
  }
  if (out.errors.length > 0 || !populationYear) return { ok: false, errors: out.errors };
  const outturnYear = previousFinancialYear(budgetYear);
  let rows = 0;
  const skipped: string[] = [];
  sheet.eachRow((row, line) => {
    if (line < 8) return;
    const codeText = cellText(row.getCell('C').value).trim();
    if (codeText === '') return;
    rows += 1;
    const la = laByCode(codeText);
    if (!la || !/^\d{3}$/.test(codeText)) {
      out.error(
        line,
        'C',
        codeText,
        `is not a known three-digit LA number (${cellText(row.getCell('D').value)})`,
      );
      return;
    }
    // The table keeps rows for LAs abolished before its years (Bournemouth, Poole, the old Dorset) with
    // a population of 0 and #N/A elsewhere: they are not figures for anywhere, so they are skipped.
    if (la.until !== undefined && la.until < financialYearStart(outturnYear)) {
      skipped.push(`${la.name} (${la.code})`);
      return;
    }
    const read = (column: string) => {
      const reading = cellFigure(row.getCell(column).value);
      if ('error' in reading) out.error(line, column, cellText(row.getCell(column).value), reading.error);
      return 'figure' in reading ? reading.figure : undefined;
    };
    const population = read('E');
    if (population) out.add(series.population2to18, la.code, populationYear, population, line, 'E');
    for (const [columns, seriesOf, year] of [
      [budgetColumns, series.s251Budget, budgetYear],
      [outturnColumns, series.s251Outturn, outturnYear],
    ] as const) {
      for (const [group, column] of Object.entries(columns) as [S251Group, string][]) {
        const figure = read(column);
        if (!figure) continue;
        out.add(
          seriesOf(group),
          la.code,
          year,
          figure.value === null ? figure : { value: poundsToPence(figure.value) },
          line,
          column,
        );
      }
    }
  });
  if (out.errors.length > 0) return { ok: false, errors: out.errors };
  const groups = Object.keys(budgetColumns) as S251Group[];
  return {
    ok: true,
    data: {
      publication: 'hn-benchmarking',
      edition: budgetYear,
      series: [series.population2to18, ...groups.map(series.s251Budget), ...groups.map(series.s251Outturn)],
      values: out.published(),
      neighbours: [],
      sources: [{ file, rows }],
      notes: [
        `2-18 population: ONS mid-${populationYear} projection; S251 budget ${budgetYear} and outturn ${outturnYear}, in pence.`,
        ...(skipped.length > 0
          ? [`Rows of LAs abolished before ${outturnYear} skipped: ${skipped.join(', ')}.`]
          : []),
      ],
    },
  };
}
