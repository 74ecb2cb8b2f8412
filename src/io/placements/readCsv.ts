import { parse } from 'csv-parse/sync';
import {
  checkHeader,
  noPlacements,
  validateRegisterRows,
  type RawRow,
  type RegisterReadOptions,
  type RegisterReadResult,
} from './validateRows';

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** Reads a placement register from CSV text (header on the first line; row numbers are line numbers). */
export function readRegisterCsv(text: string, options: RegisterReadOptions): RegisterReadResult {
  let records: CsvRecord[];
  try {
    records = parse(text, {
      info: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const failure = error as { lines?: number; message: string };
    return {
      ok: false,
      errors: [
        {
          row: failure.lines ?? 1,
          column: '',
          value: '',
          message: `is not readable as CSV: ${failure.message}`,
        },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header)
    return {
      ok: false,
      errors: [{ row: 1, column: '', value: '', message: 'the file is empty: expected a header row' }],
    };
  const { columns, errors } = checkHeader(header.record, header.info.lines);
  if (errors.length > 0) return { ok: false, errors };
  const rows: RawRow[] = [];
  for (const { record, info } of body) {
    if (record.every((cell) => cell === '')) continue;
    if (record.length > columns.length && record.slice(columns.length).some((cell) => cell !== '')) {
      errors.push({
        row: info.lines,
        column: '',
        value: '',
        message: `has ${String(record.length)} cells but the header has ${String(columns.length)} columns`,
      });
      continue;
    }
    rows.push({ row: info.lines, cells: new Map(columns.map((name, i) => [name, record[i] ?? ''])) });
  }
  if (rows.length === 0 && errors.length === 0) return noPlacements;
  const result = validateRegisterRows(rows, options);
  if (errors.length === 0) return result;
  return {
    ok: false,
    errors: [...errors, ...(result.ok ? [] : result.errors)].sort((a, b) => a.row - b.row),
  };
}
