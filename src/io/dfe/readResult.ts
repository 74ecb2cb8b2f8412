/** A problem with one cell of a file, said so a person can find and fix it. */
export interface RowError {
  /** The file (or the file inside a zip) the row is in. */
  file: string;
  /** 1-based row (line) number in that file; 0 for a problem with the file as a whole. */
  row: number;
  column: string;
  value: string;
  message: string;
}

/** What every reader returns: the data, or every row error it found. */
export type ReadResult<T> = { ok: true; data: T } | { ok: false; errors: RowError[] };

/** "caseload.csv row 14, column `ehcplans`: '12,5OO' is not a number" */
export function describeRowError(e: RowError): string {
  const where = e.row > 0 ? `${e.file} row ${String(e.row)}` : e.file;
  const column = e.column ? `, column \`${e.column}\`` : '';
  const value = e.value !== '' ? `: '${e.value}'` : '';
  return `${where}${column}${value}: ${e.message}`;
}
