import { parseCsvRecords } from '../csv';
import {
  checkHeader,
  noPlacements,
  validateRegisterRows,
  type RawRow,
  type RegisterReadOptions,
  type RegisterReadResult,
} from './validateRows';

/** Reads a placement register from CSV text (header on the first line; row numbers are line numbers). */
export function readRegisterCsv(text: string, options: RegisterReadOptions): RegisterReadResult {
  const parsed = parseCsvRecords(text, { trim: true, skipEmptyLines: true });
  if (!parsed.ok) {
    const { line, column, columnName, message } = parsed.problem;
    const where = columnName ?? (column > 0 ? `column ${String(column)}` : '');
    return { ok: false, errors: [{ row: line, column: where, value: '', message }] };
  }
  const records = parsed.records.map(({ record, line }) => ({ record, info: { lines: line } }));
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
