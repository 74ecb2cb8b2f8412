import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { restoreNeutralised } from '../export';
import { checkSpreadsheetZip } from '../xlsx/openWorkbook';
import { ZipLimitError } from '../zip';
import {
  checkHeader,
  noPlacements,
  validateRegisterRows,
  type RawRow,
  type RegisterReadOptions,
  type RegisterReadResult,
} from './validateRows';

/** The sheet the template puts placements on; other workbooks are read from their first sheet. */
export const placementsSheetName = 'Placements';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A cell as the text a CSV would hold: dates as YYYY-MM-DD, numbers without binary noise. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    const cents = Math.round(value * 100);
    return Math.abs(value * 100 - cents) < 1e-6 ? (cents / 100).toFixed(2) : String(value);
  }
  if (typeof value === 'string') return restoreNeutralised(value.trim());
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return '';
}

/** A sheet's rows as text cells (index 0 is column A), with their row numbers. */
type SheetRows = Array<{ row: number; cells: string[]; unsaved: number[] }>;

const isFormula = (value: ExcelJS.CellValue) =>
  value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);

/** "A", "B", ... "AA" for a 0-based column index. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// exceljs's streaming reader: about three times faster than loading the whole workbook, and it skips
// the template's drop-down lists, which the full loader expands into one object per cell.
async function readSheets(content: Uint8Array): Promise<{ name: string; rows: SheetRows } | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(content)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
  });
  let chosen: { name: string; rows: SheetRows } | null = null;
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    const wanted =
      chosen === null || (sheet.name === placementsSheetName && chosen.name !== placementsSheetName);
    const rows: SheetRows = [];
    for await (const row of sheet) {
      if (!wanted) continue;
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      // A formula's saved result is read from the cell: exceljs leaves a result of 0 or '' out of
      // row.values. A formula with no saved result (written by a program, never calculated) is refused.
      const unsaved: number[] = [];
      const cells = values.map((v, i) => {
        if (!isFormula(v)) return cellText(v);
        const result = row.getCell(i + 1).result as ExcelJS.CellValue | undefined;
        if (result === undefined) unsaved.push(i);
        return cellText(result ?? null);
      });
      rows.push({ row: row.number, cells, unsaved });
    }
    if (wanted) chosen = { name: sheet.name, rows };
  }
  return chosen;
}

/** Reads a placement register from an .xlsx workbook (sheet "Placements", or the first sheet). */
export async function readRegisterXlsx(
  content: Uint8Array,
  options: RegisterReadOptions,
): Promise<RegisterReadResult> {
  let sheet: Awaited<ReturnType<typeof readSheets>>;
  try {
    // The zip limits first: a bomb throws ZipLimitError here, which the service answers with 413.
    checkSpreadsheetZip(content, 'The register');
    sheet = await readSheets(content);
  } catch (error) {
    if (error instanceof ZipLimitError) throw error;
    return {
      ok: false,
      errors: [
        {
          row: 0,
          column: '',
          value: '',
          message: `the file is not a readable .xlsx workbook (${(error as Error).message})`,
        },
      ],
    };
  }
  if (!sheet)
    return { ok: false, errors: [{ row: 0, column: '', value: '', message: 'the workbook has no sheets' }] };
  const [first, ...body] = sheet.rows;
  const header = first?.row === 1 ? [...first.cells] : [];
  while (header.length > 0 && header.at(-1) === '') header.pop();
  if (header.length === 0)
    return {
      ok: false,
      errors: [{ row: 1, column: '', value: '', message: `the sheet "${sheet.name}" has no header row` }],
    };
  const { columns, errors } = checkHeader(header);
  if (errors.length > 0) return { ok: false, errors };
  const unsaved = body.flatMap(({ row, unsaved }) =>
    unsaved.map((i) => ({
      row,
      column: columns[i] || columnLetter(i),
      value: '',
      message: `(cell ${columnLetter(i)}${String(row)}) is a formula without a saved result: open the file in Excel, let it calculate, save it and upload it again`,
    })),
  );
  if (unsaved.length > 0) return { ok: false, errors: unsaved };
  const rows: RawRow[] = [];
  for (const { row, cells } of body) {
    if (cells.every((v) => v === '')) continue;
    rows.push({ row, cells: new Map(columns.map((name, i) => [name, cells[i] ?? ''])) });
  }
  return rows.length === 0 ? noPlacements : validateRegisterRows(rows, options);
}
