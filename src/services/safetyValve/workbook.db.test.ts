import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberFormats, ragFills } from '../../reports/quarterly/workbook';
import { loadDemo } from '../demo';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { quarterlyReport } from './report';

let t: TestContext;
const wb = new ExcelJS.Workbook();
const cli: Actor = { kind: 'system', label: 'test' };

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  const { content } = await quarterlyReport(t.ctx, cli, '314', '2021-22-Q1', 'xlsx');
  await wb.xlsx.load(content as unknown as ArrayBuffer);
}, 60_000);
afterAll(async () => t.database.close());

/** The row whose first cell is `first`. */
function rowOf(sheet: string, first: string | number): ExcelJS.Row {
  const ws = wb.getWorksheet(sheet)!;
  for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(1).value === first) return ws.getRow(i);
  throw new Error(`${sheet}: no row starting ${first}`);
}
const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe('quarterly report workbook (Kingston Q1 2021-22, seed 003)', () => {
  it('has one sheet per table', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Return',
      'Conditions',
      'KPIs',
      'Monitoring',
      'Partner contributions',
      'Risk register',
      'Deficit profile',
      'Appendices',
    ]);
  });

  it('has the KPI table with £ and % formats and RAG fills (seed 003 KPI table: KPI 14 £28,607,000 / £27,886,000 G; KPI 2 1.17% / 1.26% A)', () => {
    const k14 = rowOf('KPIs', '14');
    expect([k14.getCell(3).value, k14.getCell(4).value, k14.getCell(5).value, k14.getCell(6).value]).toEqual([
      24_401_000,
      28_607_000,
      27_886_000,
      'G',
    ]);
    expect(k14.getCell(4).numFmt).toBe(numberFormats.pounds);
    expect(fill(k14.getCell(6))).toBe(ragFills.G);
    const k2 = rowOf('KPIs', '2');
    expect([k2.getCell(3).value, k2.getCell(4).value, k2.getCell(5).value, k2.getCell(6).value]).toEqual([
      0.0672,
      0.0117,
      0.0126,
      'A',
    ]);
    expect(k2.getCell(5).numFmt).toBe(numberFormats.percent);
    expect(fill(k2.getCell(6))).toBe(ragFills.A);
    const k1 = rowOf('KPIs', '1');
    expect([k1.getCell(4).value, k1.getCell(5).value, k1.getCell(4).numFmt]).toEqual([
      1447,
      1447,
      numberFormats.count,
    ]);
  });

  it('has the monitoring table in £m with RAG fills (seed 003 financial model monitoring)', () => {
    const row = rowOf('Monitoring', 'Net DSG deficit - cumulative before safety valve');
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([
      28.607,
      27.886,
      -0.721,
      'G',
    ]);
    expect(row.getCell(2).numFmt).toBe(numberFormats.millions);
    const post16 = rowOf('Monitoring', 'Development of post 16 offer');
    // The projection holds pounds (46,071); the cell keeps them and its 0.000 format shows seed 003's £m.
    const shown = (i: number) => Number((post16.getCell(i).value as number).toFixed(3));
    expect([shown(2), shown(3), shown(4), post16.getCell(5).value]).toEqual([-0.12, -0.046, 0.074, 'A']);
    expect(fill(post16.getCell(5))).toBe(ragFills.A);
  });

  it('has the conditions with savings against target, partner contributions with total, deficit profile and appendices', () => {
    const c32 = rowOf('Conditions', '3.2');
    expect([c32.getCell(3).value, c32.getCell(4).value, c32.getCell(5).value, c32.getCell(4).numFmt]).toEqual(
      ['Good', 139_000, 191_000, numberFormats.pounds],
    );
    expect(rowOf('Conditions', '3.4').getCell(3).value).toBe('Medium');
    expect(rowOf('Partner contributions', 'Total').getCell(2).value).toBe(-160_000);
    const profile = rowOf('Deficit profile', '2021-22');
    expect([profile.getCell(2).value, profile.getCell(3).value, profile.getCell(4).value]).toEqual([
      28_607_000, 28_607_000, 27_886_000,
    ]);
    expect(rowOf('Appendices', 'E').getCell(2).value).toBe('Draft Findings of Kingston LGA Peer Review');
  });
});
