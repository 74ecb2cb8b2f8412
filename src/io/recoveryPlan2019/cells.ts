import type ExcelJS from 'exceljs';
import { restoreNeutralised } from '../export';
import { pounds, type Pence } from '../../core/money';

/** A problem with one cell (or a whole sheet, row 0) of a recovery plan workbook. */
export interface CellError {
  sheet: string;
  /** 1-based row; 0 when the problem is with the sheet or the workbook as a whole. */
  row: number;
  /** Column letter; '' when the problem is not with one cell. */
  column: string;
  value: string;
  message: string;
}

/** "sheet 'Financial Summary', row 14, column E: 'abc' is not an amount" */
export function describeCellError(e: CellError): string {
  const where = [
    `sheet '${e.sheet}'`,
    e.row > 0 ? `row ${String(e.row)}` : '',
    e.column ? `column ${e.column}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}${e.value !== '' ? `: '${e.value}'` : ''}: ${e.message}`;
}

/** Column letter from a 1-based number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** 1-based column number from a letter: A → 1, AA → 27. */
export function columnNumber(letter: string): number {
  return [...letter.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

/** What a cell holds, as the reader sees it: a formula's saved result counts as its value. */
export type CellContent =
  | { kind: 'blank'; shown: '' }
  | { kind: 'number'; number: number; shown: string; formula?: string }
  | { kind: 'text'; text: string; shown: string; formula?: string }
  | { kind: 'formulaWithoutResult'; formula: string; shown: string }
  | { kind: 'other'; shown: string };

function textOf(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return restoreNeutralised(value);
  if (value && typeof value === 'object' && 'richText' in value)
    return restoreNeutralised(value.richText.map((r) => r.text).join(''));
  if (value && typeof value === 'object' && 'hyperlink' in value)
    return typeof value.text === 'string' ? value.text : String(value.hyperlink);
  return null;
}

/** Reads one cell into a plain description (merged cells read their top-left cell). */
export function cellContent(sheet: ExcelJS.Worksheet, row: number, column: string): CellContent {
  const own = sheet.getCell(`${column}${String(row)}`);
  const cell = own.isMerged ? own.master : own;
  const value = cell.value;
  if (value === null || value === undefined) return { kind: 'blank', shown: '' };
  if (typeof value === 'number') return { kind: 'number', number: value, shown: String(value) };
  const text = textOf(value);
  if (text !== null)
    return text.trim() === '' ? { kind: 'blank', shown: '' } : { kind: 'text', text, shown: text };
  if (typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const formula = String(value.formula ?? ('sharedFormula' in value ? value.sharedFormula : ''));
    // Not value.result: ExcelJS 4.4 leaves a saved result of 0 out of `value` (it copies truthy fields only).
    const result = cell.result as unknown;
    if (typeof result === 'number') return { kind: 'number', number: result, shown: `=${formula}`, formula };
    if (typeof result === 'string') return { kind: 'text', text: result, shown: `=${formula}`, formula };
    if (result && typeof result === 'object' && 'error' in result)
      return { kind: 'other', shown: `=${formula} (${String(result.error)})` };
    return { kind: 'formulaWithoutResult', formula, shown: `=${formula}` };
  }
  if (typeof value === 'object' && 'error' in value) return { kind: 'other', shown: value.error };
  return {
    kind: 'other',
    shown: value instanceof Date ? value.toISOString().slice(0, 10) : String(value as unknown),
  };
}

/** Trimmed text of a label or answer cell ('' when blank); numbers read as their digits. */
export function cellText(content: CellContent): string | null {
  if (content.kind === 'blank') return '';
  if (content.kind === 'text') return content.text.trim();
  if (content.kind === 'number') return String(content.number);
  return null;
}

/** Collects cell errors for one sheet and reads typed values, reporting each bad cell. */
export class SheetReader {
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly errors: CellError[],
  ) {}

  get name(): string {
    return this.sheet.name;
  }

  fail(row: number, column: string, value: string, message: string): undefined {
    this.errors.push({ sheet: this.sheet.name, row, column, value, message });
    return undefined;
  }

  content(row: number, column: string): CellContent {
    return cellContent(this.sheet, row, column);
  }

  /** Text of a cell ('' when blank); an error when it holds something that is not text. */
  text(row: number, column: string, required = false, what = 'a value'): string | undefined {
    const content = this.content(row, column);
    const text = cellText(content);
    if (text === null) return this.fail(row, column, content.shown, `is not text: enter ${what}`);
    if (required && text === '') return this.fail(row, column, '', `is blank: enter ${what}`);
    return text;
  }

  /** An amount in pounds, as pence. Blank is nil only when `blankIsNil`; text and broken formulas are errors. */
  amount(row: number, column: string, blankIsNil: boolean): Pence | undefined {
    const content = this.content(row, column);
    if (content.kind === 'blank')
      return blankIsNil ? 0 : this.fail(row, column, '', 'is blank: enter 0 if the amount is nil');
    if (content.kind === 'number') {
      try {
        return pounds(content.number);
      } catch {
        return this.fail(row, column, content.shown, 'is not a whole number of pence');
      }
    }
    if (content.kind === 'text' && /^[\s£(),.\d-]+$/u.test(content.text) && /\d/u.test(content.text)) {
      return this.fail(
        row,
        column,
        content.shown,
        'is text, not a number (Excel leaves text out of its totals): enter it as a number',
      );
    }
    if (content.kind === 'formulaWithoutResult')
      return this.fail(
        row,
        column,
        content.shown,
        'is a formula with no saved result: open the workbook in Excel, save it, and import again',
      );
    return this.fail(row, column, content.shown, 'is not an amount');
  }

  /** A whole number of at least 0 (a count of plans or a calendar year). */
  count(row: number, column: string, what: string): number | undefined {
    const content = this.content(row, column);
    if (content.kind === 'number' && Number.isInteger(content.number) && content.number >= 0)
      return content.number;
    if (content.kind === 'blank') return this.fail(row, column, '', `is blank: enter ${what}`);
    return this.fail(row, column, content.shown, `is not ${what}`);
  }

  /** A figure the sheet shows (a formula's saved result or a typed number); undefined when there is none. */
  shownNumber(row: number, column: string): number | undefined {
    const content = this.content(row, column);
    if (content.kind === 'number') return content.number;
    if (content.kind === 'blank' || content.kind === 'formulaWithoutResult') return undefined;
    return this.fail(row, column, content.shown, 'should be a figure');
  }

  /** The first row at or after `from` whose cell in `column` reads `label` (case and spaces ignored). */
  findRow(column: string, label: string, from: number, to = this.sheet.rowCount): number | undefined {
    const wanted = normaliseLabel(label);
    for (let row = from; row <= to; row++) {
      const text = cellText(this.content(row, column));
      if (text !== null && normaliseLabel(text) === wanted) return row;
    }
    return undefined;
  }

  /** Like findRow, but reports a missing label as "not the template". */
  requireRow(column: string, label: string, from: number, template: string): number | undefined {
    const row = this.findRow(column, label, from);
    if (row === undefined)
      this.fail(
        0,
        column,
        '',
        `has no row labelled '${label}' in column ${column} (below row ${String(from - 1)}): is this the ${template} template?`,
      );
    return row;
  }
}

/** Labels compare without case, repeated spaces, or the difference between - and –. */
export function normaliseLabel(text: string): string {
  return text.replace(/[–—]/gu, '-').replace(/\s+/gu, ' ').trim().toLowerCase();
}
