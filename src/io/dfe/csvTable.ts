import { decodeText, parseCsvRecords } from '../csv';
import type { RowError } from './readResult';

/** A CSV file as rows of cells, with each row's line number for error messages. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** A CSV file that cannot be read at all (not text, an unclosed quote, a control character). */
export class CsvFileError extends Error {
  constructor(readonly rowError: RowError) {
    super(rowError.message);
  }
}

/**
 * Parses CSV text properly (quoted LA names contain commas: "Bristol, City of"), dropping a UTF-8
 * byte-order mark, which the DfE's files have and which would otherwise stick to the first column name.
 * Bytes are decoded by io/csv (UTF-8, UTF-16 with a mark, Windows-1252); a file that cannot be read
 * throws CsvFileError naming the file, line and problem.
 */
export function parseCsv(
  file: string,
  content: string | Uint8Array,
  options: { headerRow?: boolean } = {},
): CsvTable {
  const decoded = typeof content === 'string' ? { ok: true as const, text: content } : decodeText(content);
  if (!decoded.ok) throw new CsvFileError({ file, row: 0, column: '', value: '', message: decoded.problem });
  const parsed = parseCsvRecords(decoded.text);
  if (!parsed.ok) {
    const { line, column, columnName, message } = parsed.problem;
    const where = columnName ?? (column > 0 ? `column ${String(column)}` : '');
    throw new CsvFileError({ file, row: line, column: where, value: '', message });
  }
  const records = parsed.records;
  const withHeader = options.headerRow ?? true;
  const first = withHeader ? records[0] : undefined;
  const header = (first?.record ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const rows = records.slice(withHeader ? 1 : 0).map((r) => ({ line: r.line, cells: r.record }));
  return { file, header, rows };
}

/** The index of each required column, or one error naming every missing column and the file's columns. */
export function columnIndex<T extends string>(
  table: CsvTable,
  columns: readonly T[],
): { index: Record<T, number> } | { error: RowError } {
  const index = {} as Record<T, number>;
  const absent: string[] = [];
  for (const column of columns) {
    const i = table.header.indexOf(column);
    if (i < 0) absent.push(column);
    else index[column] = i;
  }
  if (absent.length === 0) return { index };
  return {
    error: {
      file: table.file,
      row: 1,
      column: absent.join(', '),
      value: '',
      message: `expected column${absent.length > 1 ? 's' : ''} ${absent.map((c) => `\`${c}\``).join(', ')} not found (the file has: ${table.header.slice(0, 20).join(', ')}${table.header.length > 20 ? ', ...' : ''})`,
    },
  };
}
