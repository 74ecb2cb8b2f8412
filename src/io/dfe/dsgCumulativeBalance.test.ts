import { describe, expect, it } from 'vitest';
import { isDsgCumulativeBalance, readDsgCumulativeBalance } from './dsgCumulativeBalance';
import { loadWorkbook } from './excelCells';
import { cumulativeBalanceXlsx } from './testdata/syntheticFiles';

describe('dsg-cumulative-balance-pct.xlsx', async () => {
  const workbook = await loadWorkbook(await cumulativeBalanceXlsx());
  const result = readDsgCumulativeBalance('cumulative.xlsx', workbook);

  it('keeps the % with its sign (negative is a deficit), for LAs found by name, regions and England', () => {
    expect(isDsgCumulativeBalance(workbook)).toBe(true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = (area: string, period: string) =>
      result.data.values.find((v) => v.area === area && v.period === period)?.value;
    expect(at('314', '2019-20')).toBe(-13.69);
    expect(at('E12000007', '2019-20')).toBe(-1.75);
    expect(at('E92000001', '2020-21')).toBe(-1.69);
    // 'Dorset' in 2019-20 is the new Dorset (838), created on 1 April 2019.
    expect(at('838', '2019-20')).toBe(-2.5);
  });

  it('names a row whose LA does not exist in that year', async () => {
    const bad = await loadWorkbook(await cumulativeBalanceXlsx());
    bad.worksheets[0]!.getRow(6).getCell(4).value = 'North Northamptonshire';
    const r = readDsgCumulativeBalance('cumulative.xlsx', bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        row: 6,
        column: 'la_name',
        value: 'North Northamptonshire',
        message: 'is not an LA that existed on 2019-04-01',
      });
  });
});
