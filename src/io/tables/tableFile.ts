import ExcelJS from 'exceljs';
import { toCsv, workbookBytes } from '../export';

// A plain table (title, header row, rows of text or numbers) written as CSV or as a one-sheet workbook,
// for the "download this table" buttons. Numbers stay numbers in the workbook.

/** A table to download. */
export interface DownloadTable {
  title: string;
  headers: string[];
  rows: (string | number | null)[][];
  /** Lines under the table: sources, footnotes. */
  notes: string[];
}

/** The table as CSV (RFC 4180, CRLF, with a byte-order mark so Excel reads it as UTF-8). */
export function tableToCsv(table: DownloadTable): string {
  const rows = [[table.title], table.headers, ...table.rows, [], ...table.notes.map((n) => [n])];
  return toCsv(rows, { byteOrderMark: true, lineEnding: '\r\n' });
}

/** The table as an .xlsx workbook: title, bold header, rows, notes. */
export async function tableToXlsx(table: DownloadTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Benchmark');
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ''));
  sheet.addRow([]);
  for (const note of table.notes) sheet.addRow([note]);
  table.headers.forEach((h, i) => {
    sheet.getColumn(i + 1).width = Math.min(
      60,
      Math.max(12, h.length + 2, ...table.rows.map((r) => String(r[i] ?? '').length + 2)),
    );
  });
  return new Uint8Array(await workbookBytes(workbook));
}
