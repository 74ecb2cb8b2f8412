import type ExcelJS from 'exceljs';
import { checkZipLimits } from '../zip';

// Every .xlsx the product reads is opened here. An xlsx is a zip, and exceljs inflates all of it into
// memory, so the zip limits are checked first, streaming (a bomb is stopped after a few megabytes).

/**
 * Loads an .xlsx into an exceljs workbook after checking its zip limits. Throws ZipLimitError or
 * ZipReadError (from io/zip) for a file that breaks them or is not a zip, and exceljs's error otherwise.
 */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  checkSpreadsheetZip(bytes, file);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
  );
  return workbook;
}

/** The zip-limit check alone, for readers that stream the workbook themselves. */
export function checkSpreadsheetZip(bytes: Uint8Array, file: string): void {
  checkZipLimits(bytes, { file });
}
