import ExcelJS from 'exceljs';
import type { YearSummary } from '../../core/forecast/forecast';
import { resultRows } from './resultsTable';
import { workbookBytes } from '../export';

/** What the workbook says about the run on its first sheet. */
export interface RunDescription {
  readonly title: string;
  readonly lines: ReadonlyArray<readonly [string, string | number]>;
}

/**
 * The run as an XLSX workbook: "Summary" (EHCPs and cost per year with the 90% interval) and "All
 * measures" (every group, key and statistic, as the CSV download).
 */
export async function resultsWorkbook(
  run: RunDescription,
  years: readonly YearSummary[],
  financialYearOf: (calendarYear: number) => string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet('Summary');
  summary.addRow([run.title]).font = { bold: true, size: 14 };
  for (const [label, value] of run.lines) summary.addRow([label, value]);
  summary.addRow([]);
  const header = summary.addRow([
    'Census (January)',
    'Financial year',
    'EHCPs mean',
    'EHCPs p5',
    'EHCPs median',
    'EHCPs p95',
    'Cost mean (£)',
    'Cost p5 (£)',
    'Cost p95 (£)',
  ]);
  header.font = { bold: true };
  for (const year of years) {
    const total = year.groups.total.total;
    const cost = year.groups.costPence.total;
    if (!total || !cost) continue;
    summary.addRow([
      year.year,
      financialYearOf(year.year),
      Number(total.mean.toFixed(1)),
      total.p5,
      total.median,
      total.p95,
      Math.round(cost.mean) / 100,
      Math.round(cost.p5) / 100,
      Math.round(cost.p95) / 100,
    ]);
  }
  summary.columns.forEach((column, i) => {
    column.width = i === 0 ? 22 : 16;
    if (i >= 6) column.numFmt = '£#,##0';
  });
  const all = book.addWorksheet('All measures');
  const rows = resultRows(years, financialYearOf);
  rows.forEach((row, i) => {
    const added = all.addRow(row);
    if (i === 0) added.font = { bold: true };
  });
  all.views = [{ state: 'frozen', ySplit: 1 }];
  return workbookBytes(book);
}
