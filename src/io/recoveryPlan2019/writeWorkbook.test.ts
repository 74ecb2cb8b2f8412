import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../core/finance';
import { readKingstonPlan, readKingstonRecoveryPlanDocument } from '../financialModel/demoFiles';
import { recoveryPlan2019Layout as layout } from './layout';
import { SheetEvaluator } from './testing/evaluateFormulas';
import { syntheticRecoveryPlan } from './testing/syntheticPlan';
import { RecoveryPlanFitError, writeRecoveryPlanWorkbook } from './writeWorkbook';
import { wordCountFormula } from './writeFrontPage';

const table = layout.financialSummary;

/** Every formula cell of the workbook: [sheet, address, formula, saved result]. */
function formulaCells(workbook: ExcelJS.Workbook) {
  const cells: Array<{ sheet: ExcelJS.Worksheet; address: string; formula: string; result: unknown }> = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          cells.push({ sheet, address: cell.address, formula: String(cell.formula), result: cell.result });
      }),
    );
  }
  return cells;
}

function expectFormulasToGiveTheirSavedResults(workbook: ExcelJS.Workbook): number {
  const evaluators = new Map<ExcelJS.Worksheet, SheetEvaluator>();
  const cells = formulaCells(workbook);
  for (const { sheet, address, formula, result } of cells) {
    if (!evaluators.has(sheet)) evaluators.set(sheet, new SheetEvaluator(sheet));
    const value = evaluators.get(sheet)!.evaluate(formula);
    if (typeof value === 'number')
      expect(value, `${sheet.name}!${address} =${formula}`).toBeCloseTo(result as number, 6);
    else expect(value, `${sheet.name}!${address} =${formula}`).toEqual(result);
  }
  return cells.length;
}

describe('writeRecoveryPlanWorkbook', () => {
  it('writes the three sheets of the template with the version in the file properties', () => {
    const { plan, doc } = syntheticRecoveryPlan();
    const wb = writeRecoveryPlanWorkbook(plan, doc);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Recovery Plan', 'Financial Summary', 'EHCP Data']);
    expect(wb.title).toBe('Test recovery plan');
    expect(wb.description).toBe('Made up for tests.');
  });

  it('writes the roll-forward as the DfE formulas: totals, cost reductions, impact, variance, b/f = previous c/f, DEFICIT/SURPLUS', () => {
    const { plan, doc } = syntheticRecoveryPlan();
    const sheet = writeRecoveryPlanWorkbook(plan, doc).getWorksheet(table.sheet)!;
    const f = (address: string) => sheet.getCell(address).formula;
    expect(sheet.getCell('A9').value).toBe('Total savings');
    expect(f('F9')).toBe('SUM(F7:F8)');
    expect(f('F12')).toBe('SUM(F11:F11)');
    expect(f('F13')).toBe('F9+F12');
    expect(f('F15')).toBe('F13+F14');
    expect(f('F19')).toBe('F15+F16+F17+F18');
    expect(f('F5')).toBe('E20');
    expect(sheet.getCell('E5').value).toBeNull();
    expect(sheet.getCell('E20').value).toBe(1_240_000);
    expect(f('F20')).toBe('F5+F19');
    expect(f('J21')).toBe('IF(J20>0,"DEFICIT","SURPLUS")');
    expect(sheet.getCell('J21').result).toBe('SURPLUS');
    expect(sheet.getCell('J20').result).toBe(-90_000.5);
    expect(sheet.getCell('F8').value).toBe(-25_000.5);
  });

  it('recomputes every formula of the Kingston and the synthetic workbook to its saved result (word counts and % included)', () => {
    const kingston = writeRecoveryPlanWorkbook(
      readKingstonPlan('recoveryPlan2019'),
      readKingstonRecoveryPlanDocument(),
    );
    expect(expectFormulasToGiveTheirSavedResults(kingston)).toBeGreaterThan(100);
    const { plan, doc } = syntheticRecoveryPlan();
    expect(expectFormulasToGiveTheirSavedResults(writeRecoveryPlanWorkbook(plan, doc))).toBeGreaterThan(50);
  });

  it('counts words in Excel as the system does, across line breaks and repeated spaces', () => {
    const { plan, doc } = syntheticRecoveryPlan();
    const front = writeRecoveryPlanWorkbook(plan, doc).getWorksheet(layout.frontPage.sheet)!;
    const evaluator = new SheetEvaluator(front);
    front.getCell('A30').value = '  one\r\ntwo   three\n\nfour ';
    front.getCell('A31').value = '';
    expect(evaluator.evaluate(wordCountFormula('A30'))).toBe(wordCount('  one\r\ntwo   three\n\nfour '));
    expect(evaluator.evaluate(wordCountFormula('A31'))).toBe(0);
  });

  it('styles the table as the template: money in brackets, bold headings, the user-entry fill on inputs only, widths', () => {
    const { plan, doc } = syntheticRecoveryPlan();
    const sheet = writeRecoveryPlanWorkbook(plan, doc).getWorksheet(table.sheet)!;
    const fill = (address: string) =>
      (sheet.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(sheet.getCell('E7').numFmt).toBe('#,##0;(#,##0)');
    expect(sheet.getCell('E9').numFmt).toBe('#,##0;(#,##0)');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('D3').font.bold).toBe(true);
    expect(fill('E7')).toBe(layout.styles.inputFill);
    expect(fill('B7')).toBe(layout.styles.inputFill);
    expect(fill('E16')).toBe(layout.styles.inputFill);
    expect(fill('E20')).toBe(layout.styles.inputFill);
    expect(fill('E9')).toBeUndefined();
    expect(fill('F20')).toBeUndefined();
    expect(sheet.getCell('B24').value).toBe('User entry required');
    expect(fill('A24')).toBe(layout.styles.inputFill);
    expect(sheet.getColumn('D').width).toBe(table.widths.D);
  });

  it('refuses a plan the template cannot show, listing every reason', () => {
    const { plan, doc } = syntheticRecoveryPlan();
    const misfit = {
      ...plan,
      years: plan.years.slice(0, 5),
      lines: [
        ...plan.lines,
        {
          id: 'S1b',
          kind: 'saving' as const,
          label: 'Duplicate',
          links: { drpRef: 'S1' },
          amounts: { '2019-20': -5_000_00 },
        },
        { id: 'sv', kind: 'dfeContribution' as const, label: 'Safety Valve', links: {}, amounts: {} },
      ],
    };
    let error: unknown;
    try {
      writeRecoveryPlanWorkbook(misfit, doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RecoveryPlanFitError);
    expect((error as RecoveryPlanFitError).problems).toEqual([
      'The template has 6 year columns (the current year and Years 1-5); "Test recovery plan" has 5 years.',
      'line "S1b" (Duplicate) and line "S1" both have the reference S1.',
      'line "S1b" (Duplicate), 2019-20: -£5,000 would print with the wrong sign; the template asks for savings as negative values.',
      'line "sv" (Safety Valve): the template has no row for a dfeContribution line.',
    ]);
  });
});
