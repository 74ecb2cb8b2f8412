import ExcelJS from 'exceljs';
import { looksLikeFormula, neutraliseText } from './neutralise';

// The one XLSX cell writer: every workbook the product writes (model grid, recovery plan, quarterly
// return, forecast results, DSG plan, placement template, benchmark tables) goes out through
// workbookBytes, which makes every formula-looking text cell inert first. Formula cells the product writes
// on purpose ({ formula, result }) stay formulas; numbers, dates and booleans are untouched.

/** A cell value with any formula-looking text made inert (text, rich text, hyperlink text). */
export function safeCellValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return neutraliseText(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) {
    const [first, ...rest] = value.richText;
    if (!first || !looksLikeFormula(value.richText.map((r) => r.text).join(''))) return value;
    return { richText: [{ ...first, text: `'${first.text}` }, ...rest] };
  }
  if ('hyperlink' in value && typeof value.text === 'string')
    return { ...value, text: neutraliseText(value.text) };
  return value;
}

/** Makes every text cell of every sheet inert where it would be read as a formula. */
export function neutraliseWorkbook(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) return;
        const safe = safeCellValue(cell.value);
        if (safe !== cell.value) cell.value = safe;
      });
    });
  });
  return workbook;
}

/** The workbook's .xlsx bytes, every text cell checked (the only way the product writes a workbook). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await neutraliseWorkbook(workbook).xlsx.writeBuffer());
}
