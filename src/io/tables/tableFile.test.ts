import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToCsv, tableToXlsx, type DownloadTable } from './tableFile';

const table: DownloadTable = {
  title: 'Kingston upon Thames: benchmark 2025',
  headers: ['Measure', 'Value'],
  rows: [
    ['Bristol, City of', 1234.5],
    ['Say "hi"', null],
  ],
  notes: ['Source: DfE'],
};

describe('download tables', () => {
  it('writes CSV with quoted commas and quotes, a BOM and CRLF', () => {
    expect(tableToCsv(table)).toBe(
      '\uFEFFKingston upon Thames: benchmark 2025\r\nMeasure,Value\r\n"Bristol, City of",1234.5\r\n"Say ""hi""",\r\n\r\nSource: DfE\r\n',
    );
  });

  it('writes a workbook whose numbers are numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A3').value).toBe('Bristol, City of');
    expect(sheet.getCell('B3').value).toBe(1234.5);
    expect(sheet.getCell('A6').value).toBe('Source: DfE');
  });
});
