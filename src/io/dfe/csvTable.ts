import { parse } from 'csv-parse/sync';
import type { RowError } from './readResult';

/** A CSV file as rows of cells, with each row's line number for error messages. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/**
 * Parses CSV text properly (quoted LA names contain commas: "Bristol, City of"), dropping a UTF-8
 * byte-order mark, which the DfE's files have and which would otherwise stick to the first column name.
 */
export function parseCsv(
  file: string,
  content: string | Uint8Array,
  options: { headerRow?: boolean } = {},
): CsvTable {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const withHeader = options.headerRow ?? true;
  const first = withHeader ? records[0] : undefined;
  const header = (first?.record ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const rows = records.slice(withHeader ? 1 : 0).map((r) => ({ line: r.info.lines, cells: r.record }));
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
