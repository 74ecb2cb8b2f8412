import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../export';
import { readKingstonPlan } from './demoFiles';
import { gridLayout, readGridWorkbook, writeGridWorkbook } from './gridWorkbook';

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const fresh = new ExcelJS.Workbook();
  await fresh.xlsx.load(buffer as ArrayBuffer);
  return fresh;
}

describe('model grid workbook', () => {
  it('round-trips the Transformation Plan (memo lines, workstreams) to the same plan', async () => {
    const plan = readKingstonPlan('transformationPlan2019');
    const back = readGridWorkbook(await roundTrip(writeGridWorkbook(plan)));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.data.lines).toEqual(
      plan.lines.map((l) => ({ ...l, links: l.links.workstream ? { workstream: l.links.workstream } : {} })),
    );
    expect(back.data.opening).toEqual({
      cumulativeDeficit: plan.opening.cumulativeDeficit,
      dfeContributionsToDate: 0,
    });
  });

  it('writes labels that look like formulas inert, and reads them back as they were', async () => {
    const plan = readKingstonPlan('transformationPlan2019');
    const first = plan.lines[0]!;
    const tricky = {
      ...plan,
      lines: [{ ...first, label: '=HYPERLINK("http://evil.example")' }, ...plan.lines.slice(1)],
    };
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await workbookBytes(writeGridWorkbook(tricky))) as unknown as ArrayBuffer);
    const labelCell = written.getWorksheet(gridLayout.sheet)!.getRow(gridLayout.firstLineRow).getCell(3);
    expect(labelCell.value).toBe(`'=HYPERLINK("http://evil.example")`);
    const back = readGridWorkbook(written);
    expect(back.ok && back.data.lines[0]!.label).toBe('=HYPERLINK("http://evil.example")');
  });

  it('writes live formulas whose cached results are the seed 001 cumulative deficits', async () => {
    const wb = await roundTrip(writeGridWorkbook(readKingstonPlan('transformationPlan2019')));
    const ws = wb.getWorksheet(gridLayout.sheet)!;
    const row = ws
      .getRows(1, ws.rowCount)!
      .find((r) => r.getCell(3).value === 'Cumulative deficit before DfE')!;
    const cells = [6, 7, 8, 9].map((c) => row.getCell(c).value as { formula: string; result: number });
    expect(cells.map((c) => c.result)).toEqual([12_944_390, 17_518_670, 19_433_470, 19_206_170]);
    expect(cells[0]!.formula).toMatch(/^\$B\$5\+F\d+$/);
    expect(cells[1]!.formula).toMatch(/^F\d+\+G\d+$/);
  });

  it('names the sheet and cell of a bad amount a person typed', async () => {
    const wb = await roundTrip(writeGridWorkbook(readKingstonPlan('latestForecastMay2021')));
    wb.getWorksheet(gridLayout.sheet)!.getCell(`F${gridLayout.firstLineRow + 2}`).value = '12,5OO';
    const result = readGridWorkbook(wb);
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          path: `sheet 'Financial model', cell F${gridLayout.firstLineRow + 2}`,
          message: "'12,5OO' is not an amount in pounds (at most 2 decimal places)",
        }),
      ],
    });
  });

  it('refuses a workbook that is not a model grid', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    expect(readGridWorkbook(wb)).toEqual({
      ok: false,
      errors: [
        { path: '(workbook)', message: 'has no sheet "Financial model": it is not a highneeds model grid' },
      ],
    });
  });
});
