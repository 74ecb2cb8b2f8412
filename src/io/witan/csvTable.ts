import { numberProblem, type NumberRule } from '../../core/inputs';
import { parseCsvRecords } from '../csv';

/** One problem in an input file: `row` is the line number in the file (the header is row 1). */
export interface RowError {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: string;
}

/** A reader's answer: every row valid, or every problem found. */
export type ReadResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly errors: RowError[] };

/** A value read from a file, with the line it came from (for errors found later, across files). */
export type Located<T> = T & { readonly row: number };

/** One data row: its line number and its cells by column name. */
export interface CsvRow {
  readonly row: number;
  cell(column: string): string;
}

/**
 * Parses CSV text with a header row into rows, checking the header has every required column (extra
 * columns are ignored, as witan.send does). Rows with the wrong number of cells are left out and
 * reported in `rowErrors`, so the caller can go on checking the other rows.
 */
export function readCsvTable(
  text: string,
  requiredColumns: readonly string[],
): ReadResult<{ rows: CsvRow[]; rowErrors: RowError[] }> {
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
  const columns = new Map(header.record.map((name, index) => [name, index]));
  const missing = requiredColumns.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((name) => ({
        row: header.info.lines,
        column: name,
        value: '',
        message: `the header has no column \`${name}\` (found: ${header.record.join(', ')})`,
      })),
    };
  }
  const rowErrors: RowError[] = [];
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== header.record.length) {
      rowErrors.push({
        row: info.lines,
        column: '',
        value: record.join(','),
        message: `has ${record.length} cells but the header has ${header.record.length}`,
      });
      continue;
    }
    rows.push({ row: info.lines, cell: (column) => record[columns.get(column) as number] ?? '' });
  }
  return { ok: true, data: { rows, rowErrors } };
}

/** Collects row errors while cells are parsed, so one pass reports every problem in a file. */
export class RowChecker {
  readonly errors: RowError[] = [];

  constructor(earlier: readonly RowError[] = []) {
    this.errors.push(...earlier);
  }

  /** The data, or every error found, in row order. */
  result<T>(data: T): ReadResult<T> {
    if (this.errors.length === 0) return { ok: true, data };
    return { ok: false, errors: [...this.errors].sort((a, b) => a.row - b.row) };
  }

  /** Adds an error for a cell. */
  fail(row: CsvRow, column: string, message: string, value = row.cell(column)): void {
    this.errors.push({ row: row.row, column, value, message });
  }

  /** A whole number (an NCY or calendar year may be negative), or undefined after recording an error. */
  integer(row: CsvRow, column: string): number | undefined {
    const value = row.cell(column);
    if (/^[-+]?\d+$/.test(value)) return Number(value);
    this.fail(
      row,
      column,
      value === '' ? 'is blank: expected a whole number' : `'${value}' is not a whole number`,
    );
    return undefined;
  }

  /**
   * A number within a rule of core/inputs: a population (0 to 100 million; a projection may have
   * decimals) is numberRules.population, so 1e308 or -5 is refused with its row and column.
   */
  boundedNumber(row: CsvRow, column: string, rule: NumberRule): number | undefined {
    const value = row.cell(column);
    const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(number)) {
      this.fail(row, column, `'${value}' is not a number`);
      return undefined;
    }
    const problem = numberProblem(number, rule);
    if (problem === undefined) return number;
    this.fail(row, column, `'${value}' ${problem}`);
    return undefined;
  }

  /** A non-blank name (a need or setting code). */
  name(row: CsvRow, column: string): string | undefined {
    const value = row.cell(column);
    if (value !== '') return value;
    this.fail(row, column, 'is blank: expected a code');
    return undefined;
  }

  /** A comma-separated list of names, as in valid-states.csv ("T,U,V"). */
  list(row: CsvRow, column: string): string[] | undefined {
    const items = row
      .cell(column)
      .split(',')
      .map((item) => item.trim());
    if (items.every((item) => item !== '')) return items;
    this.fail(row, column, 'must be a comma-separated list of codes with no blanks');
    return undefined;
  }
}
