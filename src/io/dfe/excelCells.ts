import type ExcelJS from 'exceljs';
import { openWorkbook } from '../xlsx/openWorkbook';
import { readCell, type CellReading } from './publishedNumber';

// exceljs gives a cell's value as a number, a string, rich text, a formula with its cached result, or an
// error (#REF!). The DfE's workbooks have all of these; a formula's cached result is what Excel showed.

/** The text a person sees in a cell (rich text joined, formula results as text). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  if ('text' in value) return String(value.text);
  return '';
}

/** A cell as a published figure: numbers as they are, text through the published-code rules. */
export function cellFigure(value: ExcelJS.CellValue): CellReading {
  if (typeof value === 'number') return { figure: { value } };
  if (value && typeof value === 'object' && 'error' in value) {
    // #N/A is the workbook's own "no figure" (a lookup with nothing to find); other errors are breakage.
    if (String(value.error) === '#N/A') return { figure: { value: null, missing: 'na' } };
    return { error: `is the spreadsheet error ${String(value.error)}, not a figure` };
  }
  if (value && typeof value === 'object' && 'result' in value) {
    const result = value.result as ExcelJS.CellValue;
    if (result === undefined) return { error: 'is a formula without a saved result' };
    return cellFigure(result);
  }
  return readCell(cellText(value));
}

/** Reads an xlsx file's bytes into a workbook, under the zip limits (io/xlsx/openWorkbook). */
export async function loadWorkbook(bytes: Uint8Array, file = 'the workbook'): Promise<ExcelJS.Workbook> {
  return openWorkbook(bytes, file);
}
