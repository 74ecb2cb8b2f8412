import type ExcelJS from 'exceljs';
import type { PlanLine, PlanVersion } from '../../core/finance';
import { toPounds } from '../../core/money';
import {
  recoveryPlan2019Layout as layout,
  yearColumns,
  type FixedInputRow,
  type ReferencedSection,
} from './layout';
import { recoveryPlanRollForward, type RollForwardYear } from './rollForward';
import { baseFont, boxed, formula, heading, inputValue, markInput, setWidths, wrappedHeight } from './styles';
import { fixedRowOf } from './templateFit';

const table = layout.financialSummary;
const money = layout.styles.moneyFormat;
const { ref: A, block: B, provisionType: C, action: D } = table.columns;

const refNumber = (line: PlanLine) => Number((line.links.drpRef ?? '').slice(1));

function labelRow(sheet: ExcelJS.Worksheet, row: number, text: string, bold = true): void {
  sheet.mergeCells(`${A}${row}:${D}${row}`);
  const cell = sheet.getCell(`${A}${row}`);
  cell.value = text;
  cell.font = { ...baseFont, bold };
  cell.alignment = { vertical: 'middle' };
}

function sectionRows(
  sheet: ExcelJS.Worksheet,
  plan: PlanVersion,
  section: ReferencedSection,
  first: number,
  years: string[],
): number {
  const lines = plan.lines.filter((l) => l.kind === section.kind).sort((a, b) => refNumber(a) - refNumber(b));
  lines.forEach((line, i) => {
    const row = first + i;
    heading(sheet.getCell(`${A}${row}`), line.links.drpRef ?? '');
    boxed(sheet.getCell(`${A}${row}`));
    sheet.getCell(`${A}${row}`).alignment = { vertical: 'top' };
    const texts: Array<[string, string | undefined]> = [
      [B, line.links.block],
      [C, line.links.provisionType],
      [D, line.links.actionCategory],
    ];
    for (const [column, text] of texts) {
      inputValue(sheet.getCell(`${column}${row}`), text ?? null);
      sheet.getCell(`${column}${row}`).alignment = { wrapText: true, vertical: 'top' };
    }
    years.forEach((column, y) => {
      const amount = line.amounts[plan.years[y]!] ?? 0;
      inputValue(
        sheet.getCell(`${column}${row}`),
        amount === 0 ? 0 : toPounds(amount * section.shownAs),
        money,
      );
      sheet.getCell(`${column}${row}`).alignment = { vertical: 'top' };
    });
    sheet.getRow(row).height = Math.max(
      wrappedHeight(line.links.actionCategory ?? '', table.widths.D),
      wrappedHeight(line.links.provisionType ?? '', table.widths.C),
    );
  });
  return first + lines.length;
}

function inputRow(
  sheet: ExcelJS.Worksheet,
  plan: PlanVersion,
  spec: FixedInputRow,
  row: number,
  years: string[],
): void {
  labelRow(sheet, row, spec.label, false);
  const line = plan.lines.find((l) => fixedRowOf(l) === spec);
  years.forEach((column, y) => {
    const amount = line?.amounts[plan.years[y]!] ?? 0;
    const cell = sheet.getCell(`${column}${row}`);
    inputValue(
      cell,
      amount === 0 ? (spec.zeroShownAsBlank ? null : 0) : toPounds(amount * spec.shownAs),
      money,
    );
  });
}

function formulaRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  label: string,
  years: string[],
  build: (column: string, y: number) => string,
  value: (y: RollForwardYear) => number,
  roll: RollForwardYear[],
  bold = true,
): void {
  labelRow(sheet, row, label, bold);
  years.forEach((column, y) =>
    formula(sheet.getCell(`${column}${row}`), build(column, y), toPounds(value(roll[y]!)), money, bold),
  );
}

/** Row numbers of the financial table as written, for tests and for readers of the sheet. */
export interface FinancialSummaryRows {
  broughtForward: number;
  firstSaving: number;
  totalSavings: number;
  firstPressure: number;
  additionalPressures: number;
  costReductions: number;
  forecastOverspend: number;
  netImpact: number;
  adjustments: number[];
  netVariance: number;
  carriedForward: number;
  label: number;
}

/** Writes the "DSG Deficit Recovery Plan" table: S and P lines as entries, the roll-forward as live formulas with saved results. */
export function writeFinancialSummary(workbook: ExcelJS.Workbook, plan: PlanVersion): FinancialSummaryRows {
  const sheet = workbook.addWorksheet(table.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const years = yearColumns();
  const roll = recoveryPlanRollForward(plan);
  setWidths(sheet, {
    A: table.widths.A,
    B: table.widths.B,
    C: table.widths.C,
    D: table.widths.D,
    ...Object.fromEntries(years.map((c) => [c, table.widths.year])),
  });
  heading(sheet.getCell(table.titleCell), table.title, false, layout.styles.fontSize + 4);

  const headings = [
    table.headings.ref,
    table.headings.block,
    table.headings.provisionType,
    table.headings.action,
    plan.years[0] ?? '',
    ...years.slice(1).map((_, i) => `${table.laterYearHeading}${i + 1}`),
  ];
  [A, B, C, D, ...years].forEach((column, i) =>
    heading(sheet.getCell(`${column}${table.headerRow}`), headings[i]!, true),
  );
  sheet.getRow(table.headerRow).height = Math.max(
    wrappedHeight(table.headings.provisionType, table.widths.C),
    wrappedHeight(table.headings.action, table.widths.D),
  );
  years.forEach((column) => {
    heading(sheet.getCell(`${column}${table.unitsRow}`), table.unit, true);
    sheet.getCell(`${column}${table.headerRow}`).alignment = {
      horizontal: 'right',
      vertical: 'middle',
      wrapText: true,
    };
    sheet.getCell(`${column}${table.unitsRow}`).alignment = { horizontal: 'right' };
  });

  const r = { broughtForward: table.firstBodyRow } as FinancialSummaryRows;
  const savingsHeading = r.broughtForward + 1;
  r.firstSaving = savingsHeading + 1;
  r.totalSavings = sectionRows(sheet, plan, table.savings, r.firstSaving, years);
  const pressuresHeading = r.totalSavings + 1;
  r.firstPressure = pressuresHeading + 1;
  r.additionalPressures = sectionRows(sheet, plan, table.pressures, r.firstPressure, years);
  r.costReductions = r.additionalPressures + 1;
  r.forecastOverspend = r.costReductions + 1;
  r.netImpact = r.forecastOverspend + 1;
  r.adjustments = table.adjustments.map((_, i) => r.netImpact + 1 + i);
  r.netVariance = r.netImpact + table.adjustments.length + 1;
  r.carriedForward = r.netVariance + 1;
  r.label = r.carriedForward + 1;

  labelRow(sheet, r.broughtForward, table.balanceBroughtForward);
  years.forEach((column, y) => {
    if (y > 0)
      formula(
        sheet.getCell(`${column}${r.broughtForward}`),
        `${years[y - 1]!}${r.carriedForward}`,
        toPounds(roll[y]!.broughtForward ?? 0),
        money,
        true,
      );
  });
  labelRow(sheet, savingsHeading, table.savings.heading);
  const sum = (first: number, end: number) => (column: string) =>
    end > first ? `SUM(${column}${first}:${column}${end - 1})` : '0';
  formulaRow(
    sheet,
    r.totalSavings,
    table.savings.totalLabel,
    years,
    sum(r.firstSaving, r.totalSavings),
    (y) => y.totalSavings,
    roll,
  );
  labelRow(sheet, pressuresHeading, table.pressures.heading);
  formulaRow(
    sheet,
    r.additionalPressures,
    table.pressures.totalLabel,
    years,
    sum(r.firstPressure, r.additionalPressures),
    (y) => y.additionalPressures,
    roll,
  );
  formulaRow(
    sheet,
    r.costReductions,
    table.costReductions,
    years,
    (c) => `${c}${r.totalSavings}+${c}${r.additionalPressures}`,
    (y) => y.costReductions,
    roll,
  );
  inputRow(sheet, plan, table.forecastOverspend, r.forecastOverspend, years);
  formulaRow(
    sheet,
    r.netImpact,
    table.netImpact,
    years,
    (c) => `${c}${r.costReductions}+${c}${r.forecastOverspend}`,
    (y) => y.netImpact,
    roll,
  );
  table.adjustments.forEach((spec, i) => inputRow(sheet, plan, spec, r.adjustments[i]!, years));
  formulaRow(
    sheet,
    r.netVariance,
    table.netVariance,
    years,
    (c) => [r.netImpact, ...r.adjustments].map((row) => `${c}${row}`).join('+'),
    (y) => y.netVariance,
    roll,
  );

  labelRow(sheet, r.carriedForward, table.balanceCarriedForward);
  years.forEach((column, y) => {
    const cell = sheet.getCell(`${column}${r.carriedForward}`);
    // The first year's balance is the one the council reported; later years roll forward from it.
    if (y === 0) inputValue(cell, toPounds(roll[0]!.carriedForward), money);
    else
      formula(
        cell,
        `${column}${r.broughtForward}+${column}${r.netVariance}`,
        toPounds(roll[y]!.carriedForward),
        money,
        true,
      );
    cell.font = { ...baseFont, bold: true };
    const label = sheet.getCell(`${column}${r.label}`);
    formula(
      label,
      `IF(${column}${r.carriedForward}>0,"${table.deficitLabel}","${table.surplusLabel}")`,
      roll[y]!.label === 'DEFICIT' ? table.deficitLabel : table.surplusLabel,
      undefined,
      true,
    );
    label.alignment = { horizontal: 'right' };
  });

  const keyRow = r.label + 2;
  heading(sheet.getCell(`${A}${keyRow}`), table.keyHeading);
  markInput(sheet.getCell(`${A}${keyRow + 1}`));
  sheet.getCell(`${B}${keyRow + 1}`).value = table.keyInputLabel;
  sheet.getCell(`${B}${keyRow + 1}`).font = baseFont;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: table.unitsRow }];
  return r;
}
