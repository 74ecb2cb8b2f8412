import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeCellError, type CellError } from './cells';
import { readRecoveryPlanWorkbook } from './readWorkbook';
import { syntheticRecoveryPlan } from './testing/syntheticPlan';
import { writeRecoveryPlanWorkbook } from './writeWorkbook';

// Synthetic workbook rows on 'Financial Summary': 5 b/f, 7-8 S1-S2, 9 Total savings, 11 P1, 14 forecast
// overspend, 16-18 adjustments, 20 balance c/f. 'Recovery Plan': 6-9 the LA fields.

async function reloaded(edit?: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const { plan, doc } = syntheticRecoveryPlan();
  const wb = writeRecoveryPlanWorkbook(plan, doc);
  const fresh = new ExcelJS.Workbook();
  await fresh.xlsx.load(await wb.xlsx.writeBuffer());
  edit?.(fresh);
  return fresh;
}

function errorsOf(wb: ExcelJS.Workbook): CellError[] {
  const result = readRecoveryPlanWorkbook(wb);
  if (result.ok) throw new Error('expected the workbook to be refused');
  return result.errors;
}

const summary = (wb: ExcelJS.Workbook) => wb.getWorksheet('Financial Summary')!;

describe('readRecoveryPlanWorkbook', () => {
  it('reads the synthetic plan back exactly: pence, a surplus, blank overspend years as nil, opening balance', async () => {
    const { plan, doc } = syntheticRecoveryPlan();
    const result = readRecoveryPlanWorkbook(await reloaded());
    if (!result.ok) throw new Error(result.errors.map(describeCellError).join('\n'));
    expect(result.plan.lines).toEqual(plan.lines);
    expect(result.plan.opening.cumulativeDeficit).toBe(1_000_000_00);
    expect(result.plan.published?.['2023-24']).toEqual({
      totalSavings: 350_000_00,
      netHighNeedsDeficit: -430_000_00,
      cumulativeDeficitBeforeDfe: -90_000_50,
    });
    expect(result.doc).toEqual(doc);
  });

  it('names a missing sheet and the sheets the template has', async () => {
    const errors = errorsOf(await reloaded((wb) => wb.removeWorksheet(wb.getWorksheet('EHCP Data')!.id)));
    expect(errors.map(describeCellError)).toEqual([
      "sheet 'EHCP Data': is missing: the DfE DSG deficit recovery plan (2019) template has the sheets 'Recovery Plan', 'Financial Summary' and 'EHCP Data' (this workbook has 'Recovery Plan', 'Financial Summary')",
    ]);
  });

  it('says a workbook that is not the template is not, naming every sheet it lacks', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Budget';
    expect(errorsOf(wb).map((e) => e.sheet)).toEqual(['Recovery Plan', 'Financial Summary', 'EHCP Data']);
  });

  it('reports a text amount, a number typed as text, a blank, a wrong sign and a formula with no result, each by cell', async () => {
    const errors = errorsOf(
      await reloaded((wb) => {
        summary(wb).getCell('E7').value = 'abc';
        summary(wb).getCell('F7').value = '(1,000)';
        summary(wb).getCell('G8').value = null;
        summary(wb).getCell('H8').value = 500;
        summary(wb).getCell('E11').value = { formula: 'Workings!C5' } as ExcelJS.CellFormulaValue;
      }),
    );
    expect(errors.map(describeCellError)).toEqual([
      "sheet 'Financial Summary', row 7, column E: 'abc': is not an amount",
      "sheet 'Financial Summary', row 7, column F: '(1,000)': is text, not a number (Excel leaves text out of its totals): enter it as a number",
      "sheet 'Financial Summary', row 8, column G: is blank: enter 0 if the amount is nil",
      "sheet 'Financial Summary', row 8, column H: '500': has the wrong sign: the template asks for these figures as negative values",
      "sheet 'Financial Summary', row 11, column E: '=Workings!C5': is a formula with no saved result: open the workbook in Excel, save it, and import again",
    ]);
    expect(errors[0]).toEqual({
      sheet: 'Financial Summary',
      row: 7,
      column: 'E',
      value: 'abc',
      message: 'is not an amount',
    });
  });

  it('accepts an input that is a formula with a saved result (a link to the council workings)', async () => {
    const result = readRecoveryPlanWorkbook(
      await reloaded((wb) => {
        summary(wb).getCell('E7').value = { formula: 'Workings!C5', result: -12_345 };
      }),
    );
    expect(result.ok && result.plan.lines[0]!.amounts['2018-19']).toBe(12_345_00);
  });

  it('reports a savings row without its S reference, and a duplicated one', async () => {
    const errors = errorsOf(
      await reloaded((wb) => {
        summary(wb).getCell('A8').value = null;
      }),
    );
    expect(errors.map(describeCellError)).toEqual([
      "sheet 'Financial Summary', row 8, column A: is not a saving reference: each row between 'Savings (figures should be entered as negative values)' and 'Total savings' needs one like S1, S2",
    ]);
    const duplicate = errorsOf(
      await reloaded((wb) => {
        summary(wb).getCell('A8').value = 'S1';
      }),
    );
    expect(duplicate.map(describeCellError)).toEqual([
      "sheet 'Financial Summary', row 8, column A: 'S1': is used by two saving rows",
    ]);
  });

  it('says which template row label is missing', async () => {
    const errors = errorsOf(
      await reloaded((wb) => {
        summary(wb).getCell('A9').value = 'Savings total';
      }),
    );
    expect(errors.map(describeCellError)).toEqual([
      "sheet 'Financial Summary', column A: has no row labelled 'Total savings' in column A (below row 6): is this the DfE DSG deficit recovery plan (2019) template?",
    ]);
  });

  it('checks the year headings, the LA number and the EHCP counts', async () => {
    const errors = errorsOf(
      await reloaded((wb) => {
        summary(wb).getCell('E3').value = 'Current year';
        wb.getWorksheet('Recovery Plan')!.getCell('C7').value = null;
        wb.getWorksheet('EHCP Data')!.getCell('B5').value = '110 plans';
      }),
    );
    expect(errors.map(describeCellError)).toEqual([
      "sheet 'Recovery Plan', row 7, column C: is blank: enter local authority number",
      "sheet 'Financial Summary', row 3, column E: 'Current year': is not a financial year such as 2018-19: is this the DfE deficit recovery plan (2019) template?",
      "sheet 'EHCP Data', row 5, column B: '110 plans': is not a whole number of plans",
    ]);
  });

  it('reports a front-page summary without its reference', async () => {
    const errors = errorsOf(
      await reloaded((wb) => {
        const front = wb.getWorksheet('Recovery Plan')!;
        front.eachRow((row) => {
          if (row.getCell('A').value === 'S2') row.getCell('A').value = 'Saving 2';
        });
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      sheet: 'Recovery Plan',
      column: 'A',
      value: 'Saving 2',
      message: 'is not a saving reference: each saving summary needs one like S1, S2',
    });
  });
});
