import { decodeText } from '../csv';
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
  const decoded = decodeText(content);
  if (!decoded.ok)
    return { ok: false, errors: [{ row: 0, column: '', value: '', message: `the file ${decoded.problem}` }] };
  return readRegisterCsv(decoded.text, options);
}
