import type ExcelJS from 'exceljs';
import { laByCode, regionOf } from '../../core/benchmark/laLookup';
import { ENGLAND } from '../../core/benchmark/localAuthorities';
import { series } from '../../core/benchmark/series';
import { cellFigure, cellText } from './excelCells';
import { financialYearOfTimePeriod } from './financialTimePeriod';
import type { NationalDataset } from './nationalDataset';
import { poundsToPence } from './publishedNumber';
import type { ReadResult } from './readResult';
import { ValueCollector } from './valueCollector';

// dsg-by-year.xlsx: one sheet per year (dsg_budget_2021_03_16 ...), columns la_code, la_name,
// 'Total DSG allocation (£s)', time_period ('201920'). The first sheet's amounts carry fractions of a
// pound; they are rounded to pence. Names vary between sheets ("Bournemouth Christchurch and Poole"
// without its comma), so LAs are matched by number only. Regions are kept; subtotals are skipped.

const columns = ['la_code', 'la_name', 'Total DSG allocation (£s)', 'time_period'];

/** Whether a workbook is the DSG-by-year file. */
export function isDsgByYear(workbook: ExcelJS.Workbook): boolean {
  const first = workbook.worksheets[0]?.getRow(1);
  return (
    first !== undefined &&
    cellText(first.getCell(3).value).startsWith('Total DSG allocation') &&
    cellText(first.getCell(1).value) === 'la_code'
  );
}

/** Reads every sheet of the DSG-by-year workbook. */
export function readDsgByYear(file: string, workbook: ExcelJS.Workbook): ReadResult<NationalDataset> {
  const root = new ValueCollector(file);
  const sources: NationalDataset['sources'] = [];
  const years: string[] = [];
  for (const sheet of workbook.worksheets) {
    const out = root.withFile(`${file}:${sheet.name}`);
    const header = columns.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value).trim());
    if (header.join('|') !== columns.join('|')) {
      out.error(1, '', header.join(', '), `expected the columns ${columns.join(', ')}`);
      continue;
    }
    let rows = 0;
    sheet.eachRow((row, line) => {
      if (line === 1) return;
      const code = cellText(row.getCell(1).value).trim();
      if (code === '') return;
      // Below the LAs come subtotals (METROPOLITAN AUTHORITIES ...) and the regions, in la_code.
      const area =
        code.toUpperCase() === 'ENGLAND'
          ? ENGLAND
          : /^\d+$/.test(code)
            ? laByCode(code)?.code
            : regionOf(code)?.code;
      if (!area && !/^\d+$/.test(code)) return;
      rows += 1;
      if (!area)
        return out.error(
          line,
          'la_code',
          code,
          `is not a known three-digit LA number (${cellText(row.getCell(2).value)})`,
        );
      const period = cellText(row.getCell(4).value);
      const fy = financialYearOfTimePeriod(period);
      if (!fy) return out.error(line, 'time_period', period, "is not a financial year such as '201920'");
      years.push(fy);
      const reading = cellFigure(row.getCell(3).value);
      if ('error' in reading)
        return out.error(line, 'Total DSG allocation (£s)', cellText(row.getCell(3).value), reading.error);
      const f = reading.figure;
      out.add(
        series.dsgTotalByYear,
        area,
        fy,
        f.value === null ? f : { value: poundsToPence(f.value) },
        line,
        'Total DSG allocation (£s)',
      );
    });
    sources.push({ file: `${file}:${sheet.name}`, rows });
  }
  if (root.errors.length > 0) return { ok: false, errors: root.errors };
  const latest = [...years].sort().at(-1);
  if (!latest)
    return { ok: false, errors: [{ file, row: 0, column: '', value: '', message: 'has no data rows' }] };
  return {
    ok: true,
    data: {
      publication: 'dsg-by-year',
      edition: latest,
      series: [series.dsgTotalByYear],
      values: root.published(),
      neighbours: [],
      sources,
      notes: [],
    },
  };
}
