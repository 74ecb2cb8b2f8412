import type ExcelJS from 'exceljs';
import { wordCount, type RecoveryPlanDocument } from '../../core/finance';
import { recoveryPlan2019Layout as layout } from './layout';
import { baseFont, heading, inputValue, setWidths, wrappedHeight } from './styles';

const page = layout.frontPage;
const { ref: A, text: B, value: C } = page.columns;
const fullWidth = page.widths.A + page.widths.B + page.widths.C;

/**
 * Excel's word count of a cell as a formula: line breaks count as spaces, TRIM folds repeated spaces,
 * then words = spaces + 1 (0 for an empty answer). Matches `wordCount` for text separated by spaces
 * and line breaks.
 */
export function wordCountFormula(cellAddress: string): string {
  const flat = `TRIM(SUBSTITUTE(SUBSTITUTE(${cellAddress},CHAR(13)," "),CHAR(10)," "))`;
  return `IF(LEN(${flat})=0,0,LEN(${flat})-LEN(SUBSTITUTE(${flat}," ",""))+1)`;
}

function wideText(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  options: { bold?: boolean; input?: boolean } = {},
): void {
  sheet.mergeCells(`${A}${row}:${C}${row}`);
  const cell = sheet.getCell(`${A}${row}`);
  if (options.input) inputValue(cell, text);
  else cell.value = text;
  cell.font = { ...baseFont, bold: options.bold ?? false };
  cell.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(row).height = wrappedHeight(text, fullWidth, options.input ? 2 : 1);
}

function summaryRows(
  sheet: ExcelJS.Worksheet,
  first: number,
  summaries: ReadonlyArray<{ ref: string; text: string }>,
): number {
  summaries.forEach((s, i) => {
    const row = first + i;
    heading(sheet.getCell(`${A}${row}`), s.ref);
    sheet.getCell(`${A}${row}`).alignment = { vertical: 'top' };
    sheet.mergeCells(`${B}${row}:${C}${row}`);
    inputValue(sheet.getCell(`${B}${row}`), s.text);
    sheet.getCell(`${B}${row}`).alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = wrappedHeight(s.text, page.widths.B + page.widths.C);
  });
  return first + summaries.length;
}

/** Writes the front page: LA, schools forum, the narrative questions with answers and word counts, the S and P summaries. */
export function writeFrontPage(workbook: ExcelJS.Workbook, doc: RecoveryPlanDocument): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(page.sheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  setWidths(sheet, page.widths);
  heading(sheet.getCell(page.titleCell), page.title, false, layout.styles.fontSize + 4);

  let row = page.introductionRow;
  for (const paragraph of page.introduction) wideText(sheet, row++, paragraph);
  row++;

  for (const field of page.fields) {
    sheet.mergeCells(`${A}${row}:${B}${row}`);
    heading(sheet.getCell(`${A}${row}`), field.label);
    sheet.getCell(`${A}${row}`).alignment = { wrapText: true, vertical: 'top' };
    inputValue(sheet.getCell(`${C}${row}`), doc[field.key]);
    sheet.getCell(`${C}${row}`).alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = Math.max(
      wrappedHeight(field.label, page.widths.A + page.widths.B),
      wrappedHeight(doc[field.key], page.widths.C),
    );
    row++;
  }
  row++;

  for (const n of doc.narrative) {
    wideText(sheet, row++, n.question, { bold: true });
    wideText(sheet, row, n.answer, { input: true });
    const answerCell = `${A}${row++}`;
    heading(sheet.getCell(`${A}${row}`), page.wordCountLabel);
    const count = sheet.getCell(`${B}${row}`);
    count.value = { formula: wordCountFormula(answerCell), result: wordCount(n.answer) };
    count.font = baseFont;
    count.alignment = { horizontal: 'left' };
    row += 2;
  }

  wideText(sheet, row++, page.savingsQuestion, { bold: true });
  row = summaryRows(sheet, row, doc.savingsSummary) + 1;
  wideText(sheet, row++, page.pressuresQuestion, { bold: true });
  wideText(sheet, row++, page.pressuresAreas);
  summaryRows(sheet, row, doc.pressuresSummary);
  return sheet;
}
