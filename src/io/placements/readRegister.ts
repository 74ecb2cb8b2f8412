import { readRegisterCsv } from './readCsv';
import { readRegisterXlsx } from './readXlsx';
import type { RegisterReadOptions, RegisterReadResult } from './validateRows';

/** The two file formats of the register. */
export type RegisterFormat = 'csv' | 'xlsx';

/** Which format a file is: an .xlsx is a zip (starts 'PK'); anything else is read as CSV text. */
export function registerFormatOf(content: Uint8Array): RegisterFormat {
  return content[0] === 0x50 && content[1] === 0x4b ? 'xlsx' : 'csv';
}

/** Reads and validates a register file, CSV or XLSX, listing every problem. */
export async function readPlacementRegister(
  content: Uint8Array,
  options: RegisterReadOptions,
): Promise<RegisterReadResult> {
  if (registerFormatOf(content) === 'xlsx') return readRegisterXlsx(content, options);
  return readRegisterCsv(decodeText(content), options);
}

/** UTF-8, or Windows-1252 for a file Excel saved as plain "CSV" (where '£' is one byte, 0xA3). */
function decodeText(content: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}
