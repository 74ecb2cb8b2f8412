import { neutraliseText } from './neutralise';

// The one CSV writer: every CSV the product writes (forecast downloads, benchmark tables, `forecast run
// --out`) is made here, with RFC 4180 quoting and formula-looking text made inert.

/** A cell: text, a number (written as its digits, never neutralised), or nothing. */
export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads accents and £ correctly. */
  byteOrderMark?: boolean;
  /** Line ending; CRLF is RFC 4180's, LF what the command line has always written. */
  lineEnding?: '\r\n' | '\n';
}

/** One cell as CSV text. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text, ending with a line ending. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>, options: CsvOptions = {}): string {
  const end = options.lineEnding ?? '\n';
  const body = rows.map((row) => row.map(csvCell).join(',')).join(end) + end;
  return options.byteOrderMark ? `\uFEFF${body}` : body;
}
