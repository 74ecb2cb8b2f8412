import { describe, expect, it } from 'vitest';
import { isDsgByYear, readDsgByYear } from './dsgByYear';
import { loadWorkbook } from './excelCells';
import { dsgByYearXlsx } from './testdata/syntheticFiles';

describe('dsg-by-year.xlsx', async () => {
  const workbook = await loadWorkbook(await dsgByYearXlsx());

  it('reads every sheet, by LA number, rounding fractional pounds to pence', () => {
    expect(isDsgByYear(workbook)).toBe(true);
    const result = readDsgByYear('dsg-by-year.xlsx', workbook);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const at = (area: string, period: string) =>
      result.data.values.find((v) => v.area === area && v.period === period)?.value;
    expect(result.data.edition).toBe('2020-21');
    expect(at('314', '2019-20')).toBe(14063082837);
    expect(at('E92000001', '2019-20')).toBe(4486752032684);
    // The name is spelt without its comma in 2020-21; the number is what counts.
    expect(at('839', '2020-21')).toBe(27515087800);
    expect(at('E12000007', '2019-20')).toBe(900);
    expect(result.data.sources.map((s) => s.rows)).toEqual([5, 3]);
  });
});
