// Kingston's 2019 deficit recovery plan (seed 000) written in the DfE template layout and read back.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readKingstonPlan, readKingstonRecoveryPlanDocument } from '../financialModel/demoFiles';
import { recoveryPlan2019Layout as layout, yearColumns } from './layout';
import { readRecoveryPlanWorkbook } from './readWorkbook';
import { recoveryPlanRollForward } from './rollForward';
import { writeRecoveryPlanWorkbook } from './writeWorkbook';

const plan = readKingstonPlan('recoveryPlan2019');
const doc = readKingstonRecoveryPlanDocument();

async function writtenAndReloaded(): Promise<ExcelJS.Workbook> {
  const buffer = await writeRecoveryPlanWorkbook(plan, doc).xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}

/** The figures of one labelled row of the financial table as the reloaded workbook shows them (£). */
function shownRow(workbook: ExcelJS.Workbook, label: string): unknown[] {
  const sheet = workbook.getWorksheet(layout.financialSummary.sheet)!;
  let row = 0;
  sheet.eachRow((r, n) => {
    if (row === 0 && r.getCell('A').value === label) row = n;
  });
  expect(row, `row labelled '${label}'`).toBeGreaterThan(0);
  return yearColumns().map((c) => {
    const cell = sheet.getCell(`${c}${row}`);
    return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  });
}

describe('the DSG deficit recovery plan roll-forward (seed 000, "DSG Deficit Recovery Plan" table)', () => {
  it('computes every published figure from the plan lines', () => {
    const roll = recoveryPlanRollForward(plan);
    const pounds = (key: keyof (typeof roll)[number]) =>
      roll.map((y) => {
        const value = y[key];
        return typeof value === 'number' ? value / 100 : value;
      });
    expect(pounds('broughtForward')).toEqual([
      null,
      11_071_000,
      14_190_000,
      16_672_000,
      17_911_000,
      19_252_000,
    ]);
    expect(pounds('totalSavings')).toEqual([
      -1_246_610, -3_826_220, -2_469_480, -2_842_100, -1_500_000, -2_941_000,
    ]);
    expect(pounds('additionalPressures')).toEqual([
      3_326_000, 7_445_220, 5_451_480, 4_581_100, 3_341_000, 3_441_000,
    ]);
    expect(pounds('costReductions')).toEqual([
      2_079_390, 3_619_000, 2_982_000, 1_739_000, 1_841_000, 500_000,
    ]);
    expect(pounds('netImpact')).toEqual([1_380_390, 3_619_000, 2_982_000, 1_739_000, 1_841_000, 500_000]);
    expect(pounds('netVariance')).toEqual([380_390, 3_119_000, 2_482_000, 1_239_000, 1_341_000, 0]);
    expect(pounds('carriedForward')).toEqual([
      11_071_000, 14_190_000, 16_672_000, 17_911_000, 19_252_000, 19_252_000,
    ]);
    expect(pounds('label')).toEqual(Array(6).fill('DEFICIT'));
  });

  it('holds the template identities in every year: impact + HNB change + transfer + other = variance; c/f = b/f + variance', () => {
    for (const y of recoveryPlanRollForward(plan)) {
      expect(y.netImpact + y.hnbChange + y.schoolsBlockTransfer + y.otherAdjustments).toBe(y.netVariance);
      if (y.broughtForward !== null) expect(y.broughtForward + y.netVariance).toBe(y.carriedForward);
    }
  });
});

describe('Kingston recovery plan workbook (seed 000)', () => {
  it('saves formula results equal to the published figures, signed and labelled as the DfE printed them', async () => {
    const wb = await writtenAndReloaded();
    const t = layout.financialSummary;
    expect(shownRow(wb, t.balanceBroughtForward)).toEqual([
      null,
      11_071_000,
      14_190_000,
      16_672_000,
      17_911_000,
      19_252_000,
    ]);
    expect(shownRow(wb, t.savings.totalLabel)).toEqual([
      -1_246_610, -3_826_220, -2_469_480, -2_842_100, -1_500_000, -2_941_000,
    ]);
    expect(shownRow(wb, t.pressures.totalLabel)).toEqual([
      3_326_000, 7_445_220, 5_451_480, 4_581_100, 3_341_000, 3_441_000,
    ]);
    expect(shownRow(wb, t.costReductions)).toEqual([
      2_079_390, 3_619_000, 2_982_000, 1_739_000, 1_841_000, 500_000,
    ]);
    expect(shownRow(wb, t.forecastOverspend.label)).toEqual([-699_000, null, null, null, null, null]);
    expect(shownRow(wb, t.netImpact)).toEqual([
      1_380_390, 3_619_000, 2_982_000, 1_739_000, 1_841_000, 500_000,
    ]);
    expect(shownRow(wb, t.adjustments[0]!.label)).toEqual([
      0, -250_000, -250_000, -250_000, -250_000, -250_000,
    ]);
    expect(shownRow(wb, t.adjustments[1]!.label)).toEqual([
      -1_000_000, -250_000, -250_000, -250_000, -250_000, -250_000,
    ]);
    expect(shownRow(wb, t.adjustments[2]!.label)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(shownRow(wb, t.netVariance)).toEqual([380_390, 3_119_000, 2_482_000, 1_239_000, 1_341_000, 0]);
    expect(shownRow(wb, t.balanceCarriedForward)).toEqual([
      11_071_000, 14_190_000, 16_672_000, 17_911_000, 19_252_000, 19_252_000,
    ]);
    const sheet = wb.getWorksheet(t.sheet)!;
    const headings = ['A', 'B', 'C', 'D', ...yearColumns()].map(
      (c) => sheet.getCell(`${c}${t.headerRow}`).value,
    );
    expect(headings).toEqual([
      'Ref.',
      'Block',
      'Type of provision e.g. special schools',
      'Action e.g. increasing special school places',
      '2018-19',
      'Year 1',
      'Year 2',
      'Year 3',
      'Year 4',
      'Year 5',
    ]);
    expect(sheet.getCell('A7').value).toBe('S1');
    expect(sheet.getCell('E7').value).toBe(-70_500);
    expect(sheet.getCell('J17').value).toBe(-2_941_000);
  });

  it('shows the word counts and age-band shares the template printed (one word count differs: 450 counted, 451 printed)', async () => {
    const wb = await writtenAndReloaded();
    const front = wb.getWorksheet(layout.frontPage.sheet)!;
    const counts: unknown[] = [];
    front.eachRow((row) => {
      if (row.getCell('A').value === layout.frontPage.wordCountLabel) counts.push(row.getCell('B').result);
    });
    expect(counts).toEqual([248, 450, 263, 67, 16]);
    const ehcp = wb.getWorksheet(layout.ehcp.sheet)!;
    const under5 = ['C', 'E', 'G', 'I', 'K', 'M', 'O', 'Q'].map((c) =>
      Math.round((ehcp.getCell(`${c}14`).result as number) * 100),
    );
    expect(ehcp.getCell('A14').value).toBe('Under Age 5');
    expect(under5).toEqual([2, 1, 2, 2, 2, 2, 2, 2]);
    // The template's age-band total is the number of plans: 1,251 in 2020 although the bands add up to 1,250.
    expect(ehcp.getCell('A19').value).toBe('Total');
    expect(['B', 'D', 'F', 'H', 'J', 'L', 'N', 'P'].map((c) => ehcp.getCell(`${c}19`).result)).toEqual([
      911, 973, 1063, 1161, 1251, 1331, 1411, 1491,
    ]);
  });

  it('reads back the same plan (lines, amounts, links, opening balance, published figures) and document', async () => {
    const result = readRecoveryPlanWorkbook(await writtenAndReloaded());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { opening, ...rest } = result.plan;
    const { opening: originalOpening, ...originalRest } = plan;
    expect(rest).toEqual(originalRest);
    expect(opening).toEqual({
      ...originalOpening,
      basis:
        '2018-19 DSG balance c/f £11,071,000 less its net in-year variance £380,390 (recovery plan workbook)',
    });
    // The published word count is what the sheet shows, and the sheet counts 450 words in answer 2.
    const expectedNarrative = doc.narrative.map((n, i) => (i === 1 ? { ...n, publishedWordCount: 450 } : n));
    expect(result.doc).toEqual({ ...doc, narrative: expectedNarrative });
  });
});
