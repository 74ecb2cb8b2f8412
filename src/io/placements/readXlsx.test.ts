import { describe, expect, it } from 'vitest';
import { kingstonCategoryMap } from '../../core/placements';
import { zerosBomb } from '../zip/testing/bombs';
import { ZipLimitError } from '../zip';
import { readRegisterXlsx } from './readXlsx';
import { writeRegisterTemplate } from './writeTemplate';

const options = { asAt: '2021-05-31', categoryMap: kingstonCategoryMap } as const;

/** A register with one placement whose top-up cell (K2) is `topUp`. */
async function registerWith(topUp: unknown): Promise<Uint8Array> {
  const wb = writeRegisterTemplate({ returnYear: 2021, categoryMap: kingstonCategoryMap });
  const row = [
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
    topUp,
    0,
    'academic',
  ];
  wb.getWorksheet('Placements')!.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readRegisterXlsx: formulas and zip limits', () => {
  it('refuses a formula cell without a saved result, naming the cell', async () => {
    const result = await readRegisterXlsx(await registerWith({ formula: '9000+9547' }), options);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: 'top_up',
          value: '',
          message:
            '(cell K2) is a formula without a saved result: open the file in Excel, let it calculate, save it and upload it again',
        },
      ],
    });
  });

  it('reads a formula whose saved result is 0 as 0 (exceljs leaves it out of row.values)', async () => {
    const result = await readRegisterXlsx(await registerWith({ formula: '9000-9000', result: 0 }), options);
    expect(result.ok && result.data.map((p) => p.topUp)).toEqual([0]);
  });

  it('stops an .xlsx that is a zip bomb before exceljs inflates it', async () => {
    await expect(
      readRegisterXlsx(zerosBomb(400, 'xl/worksheets/sheet1.xml'), options),
    ).rejects.toBeInstanceOf(ZipLimitError);
  });
});
