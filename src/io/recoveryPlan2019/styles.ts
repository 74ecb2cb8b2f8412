import type ExcelJS from 'exceljs';
import { recoveryPlan2019Layout as layout } from './layout';

const { styles } = layout;
const thin = { style: 'thin' as const, color: { argb: styles.borderColour } };

/** The base font of every written cell. */
export const baseFont: Partial<ExcelJS.Font> = { name: styles.fontName, size: styles.fontSize };

/** Marks a cell as one the council fills in (the template key's "User entry required" fill). */
export function markInput(cell: ExcelJS.Cell): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: styles.inputFill } };
  cell.border = { top: thin, left: thin, bottom: thin, right: thin };
}

/** A thin grey box around a cell of a table. */
export function boxed(cell: ExcelJS.Cell): void {
  cell.border = { top: thin, left: thin, bottom: thin, right: thin };
}

/** A bold heading cell, optionally shaded like the template's column headings. */
export function heading(
  cell: ExcelJS.Cell,
  text: string,
  shaded = false,
  size: number = styles.fontSize,
): void {
  cell.value = text;
  cell.font = { ...baseFont, size, bold: true };
  cell.alignment = { vertical: 'middle', wrapText: shaded };
  if (shaded) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: styles.headingFill } };
    boxed(cell);
  }
}

/** A value the council enters: written with the input fill. */
export function inputValue(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string): void {
  cell.value = value;
  cell.font = baseFont;
  if (numFmt) cell.numFmt = numFmt;
  markInput(cell);
}

/** A formula with its result saved, so any viewer shows the figure without recalculating. */
export function formula(
  cell: ExcelJS.Cell,
  text: string,
  result: number | string,
  numFmt?: string,
  bold = false,
): void {
  cell.value = { formula: text, result };
  cell.font = { ...baseFont, bold };
  if (numFmt) cell.numFmt = numFmt;
  boxed(cell);
}

/** Row height (points) that shows `text` wrapped in a column `widthChars` wide. */
export function wrappedHeight(text: string, widthChars: number, minimumLines = 1): number {
  // Average Arial 10 text is narrower than the "0" Excel measures widths in: about 1.3 characters each.
  const perLine = Math.max(1, Math.floor(widthChars * 1.3));
  const lines = text
    .split(/\r?\n/u)
    .reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return Math.max(minimumLines, lines) * styles.lineHeightPoints + 4;
}

/** Sets column widths from a { letter: width } map. */
export function setWidths(sheet: ExcelJS.Worksheet, widths: Record<string, number>): void {
  for (const [letter, width] of Object.entries(widths)) {
    if (/^[A-Z]+$/u.test(letter)) sheet.getColumn(letter).width = width;
  }
}
