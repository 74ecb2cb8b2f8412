import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kingstonCategoryMap } from '../../core/placements';
import { registerColumns } from './columns';
import { readRegisterXlsx } from './readXlsx';
import { writeRegisterTemplate } from './writeTemplate';

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}

describe('the register template', () => {
  it('has the header, a Notes sheet for every column and a Codes sheet with the lists', async () => {
    const wb = await reload(writeRegisterTemplate({ returnYear: 2021, categoryMap: kingstonCategoryMap }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Placements', 'Codes', 'Notes']);
    expect((wb.getWorksheet('Placements')!.getRow(1).values as unknown[]).slice(1)).toEqual(
      registerColumns.map((c) => c.name),
    );
    const notes = wb.getWorksheet('Notes')!;
    expect(registerColumns.map((c, i) => notes.getCell(`A${i + 2}`).value)).toEqual(
      registerColumns.map((c) => c.name),
    );
    const codes = wb.getWorksheet('Codes')!;
    expect(codes.getCell('A2').value).toBe('SPLD');
    expect(codes.getColumn('A').values.filter(Boolean)).not.toContain('DS');
    expect(codes.getCell('H2').value).toBe('independent-under-16');
  });

  it('lists DS in a 2025 template', async () => {
    const wb = await reload(writeRegisterTemplate({ returnYear: 2025, categoryMap: kingstonCategoryMap }));
    expect(wb.getWorksheet('Codes')!.getColumn('A').values).toContain('DS');
  });

  it('puts drop-down lists on the coded columns', async () => {
    const wb = await reload(writeRegisterTemplate({ returnYear: 2021, categoryMap: kingstonCategoryMap }));
    const sheet = wb.getWorksheet('Placements')!;
    expect(sheet.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Codes!$A$2:$A$13'],
    });
    // 32 setting types since SEN2's settings without a URN (NEET, other, unknown...) joined them.
    expect(sheet.getCell('D500').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Codes!$C$2:$C$33'],
    });
    expect(sheet.getCell('G2').dataValidation).toMatchObject({ type: 'list', formulae: ['Codes!$F$2:$F$3'] });
    expect(sheet.getCell('M2').dataValidation).toMatchObject({ type: 'list', formulae: ['Codes!$G$2:$G$3'] });
    expect(sheet.getCell('R2').dataValidation).toMatchObject({ type: 'list', formulae: ['Codes!$H$2:$H$9'] });
  });

  it('reads back once filled in, with date, number and formula cells as Excel stores them', async () => {
    const wb = writeRegisterTemplate({ returnYear: 2021, categoryMap: kingstonCategoryMap });
    const sheet = wb.getWorksheet('Placements')!;
    sheet.addRow([
      'SYN-0001',
      new Date(Date.UTC(2011, 2, 14)),
      'ASD',
      'special_la_maintained',
      'Synthetic Special School',
      900001,
      'yes',
      new Date(Date.UTC(2019, 8, 1)),
      null,
      10000,
      { formula: '9000+9547', result: 18547 },
      0.1 + 0.2,
      'academic',
      null,
      null,
      null,
    ]);
    sheet.addRow([]);
    sheet.addRow([
      'SYN-0002',
      null,
      'ASD',
      'special_la_maintained',
      'Synthetic Special School',
      900001,
      true,
      '2019-09-01',
      null,
      0,
      'lots',
      0,
      'academic',
      0,
      0,
      0,
      'R',
    ]);
    const buffer = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await readRegisterXlsx(buffer, { asAt: '2021-05-31', categoryMap: kingstonCategoryMap });
    expect(result).toEqual({
      ok: false,
      errors: [{ row: 4, column: 'top_up', value: 'lots', message: 'is not an amount' }],
    });

    sheet.getCell('K4').value = 1200.5;
    const fixed = await readRegisterXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), {
      asAt: '2021-05-31',
      categoryMap: kingstonCategoryMap,
    });
    expect(
      fixed.ok &&
        fixed.data.map((p) => [p.childId, p.dateOfBirth, p.ncy, p.urn, p.startDate, p.topUp, p.otherCost]),
    ).toEqual([
      ['SYN-0001', '2011-03-14', null, '900001', '2019-09-01', 18_547_00, 30],
      ['SYN-0002', null, 0, '900001', '2019-09-01', 1_200_50, 0],
    ]);
  });

  it('says so when a file is not a workbook or has no placements', async () => {
    const options = { asAt: '2021-05-31', categoryMap: kingstonCategoryMap };
    const notZip = await readRegisterXlsx(new TextEncoder().encode('PK but not a zip'), options);
    expect(notZip.ok ? '' : notZip.errors[0]!.message).toMatch(/^the file is not a readable \.xlsx workbook/);
    const empty = await readRegisterXlsx(
      new Uint8Array(
        await writeRegisterTemplate({
          returnYear: 2021,
          categoryMap: kingstonCategoryMap,
        }).xlsx.writeBuffer(),
      ),
      options,
    );
    expect(empty.ok ? '' : empty.errors[0]!.message).toBe('the file has a header but no placements');
  });
});
