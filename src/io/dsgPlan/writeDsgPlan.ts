import ExcelJS from 'exceljs';
import type { DsgPlanRow, DsgPlanTables } from '../../core/forecast/dsgPlan';

// The DSG management plan's children and young people tables (DOMAIN-NOTES §4.1) as a workbook: one
// sheet, one block per placement category in the template's order, each with "Number of EHCPs by age
// group" and "Number of EHCPs by primary need" under the same census-year headings. A second sheet
// holds how the figures were made. Values are whole numbers that add up (core/forecast/dsgPlan.ts).

/** The sheet the tables are on, and the one with the notes. */
export const DSG_PLAN_SHEET = 'EHCP projections';
export const DSG_PLAN_NOTES_SHEET = 'Notes';

/** What the workbook says about the run, on the notes sheet. */
export interface DsgPlanDescription {
  readonly source: string;
  readonly run: string;
}

function writeTable(
  sheet: ExcelJS.Worksheet,
  heading: string,
  years: readonly number[],
  rows: readonly DsgPlanRow[],
  totalLabel: string,
  total: readonly number[],
): void {
  const header = sheet.addRow([heading, ...years.map((year) => `January ${year}`)]);
  header.font = { bold: true };
  for (const row of rows) sheet.addRow([row.label, ...row.values]);
  const sum = sheet.addRow([totalLabel, ...total]);
  sum.font = { bold: true };
}

/** The tables as a workbook. */
export function writeDsgPlanWorkbook(
  tables: DsgPlanTables,
  description: DsgPlanDescription,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'highneeds';
  workbook.title = 'DSG management plan: children and young people';
  const sheet = workbook.addWorksheet(DSG_PLAN_SHEET);
  sheet.getColumn(1).width = 62;
  for (let c = 2; c <= tables.years.length + 1; c += 1) sheet.getColumn(c).width = 14;
  sheet.addRow(['Children and young people: estimated future projections of EHCPs']).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([`${description.source}; ${description.run}`]);
  sheet.addRow([]);
  for (const block of tables.blocks) {
    sheet.addRow([`${block.title} (${block.code})`]).font = { bold: true, size: 12 };
    writeTable(
      sheet,
      'Number of EHCPs by age group',
      tables.years,
      block.byAgeGroup,
      'Total number by Age Group',
      block.total,
    );
    sheet.addRow([]);
    writeTable(
      sheet,
      'Number of EHCPs by primary need',
      tables.years,
      block.byNeed,
      'Total number of EHCPs by primary need',
      block.total,
    );
    sheet.addRow([]);
  }
  sheet.addRow(['All placements', ...tables.total]).font = { bold: true };
  const notes = workbook.addWorksheet(DSG_PLAN_NOTES_SHEET);
  notes.getColumn(1).width = 120;
  notes.addRow(['How these figures were made']).font = { bold: true };
  notes.addRow([`Source: ${description.source}`]);
  notes.addRow([`Run: ${description.run}`]);
  for (const note of tables.notes) notes.addRow([note]);
  return workbook;
}
