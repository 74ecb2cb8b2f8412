import { describe, expect, it } from 'vitest';
import { loadWorkbook } from './excelCells';
import { isHnBenchmarkingTable, readHnBenchmarkingTable } from './hnBenchmarkingTable';
import type { NationalDataset } from './nationalDataset';
import { hnBenchmarkingXlsx } from './testdata/syntheticFiles';

describe('High Needs benchmarking LA table', async () => {
  const workbook = await loadWorkbook(await hnBenchmarkingXlsx());
  const result = readHnBenchmarkingTable('hn.xlsx', workbook);
  const data = result.ok ? result.data : ({} as NationalDataset);
  const at = (series: string, area: string, period: string) =>
    data.values.find((v) => v.series === series && v.area === area && v.period === period);

  it('is recognised and read: edition is the budget year', () => {
    expect(isHnBenchmarkingTable(workbook)).toBe(true);
    expect(result.ok).toBe(true);
    expect(data.edition).toBe('2021-22');
  });

  it('reads the 2-18 population of the mid-year in its heading', () => {
    expect(at('population.age2to18', '314', '2021')?.value).toBe(37801.419);
  });

  it('reads S251 budget (this year) and outturn (the year before) by group, in pence', () => {
    expect(at('s251.budget.topUpMaintained', '314', '2021-22')?.value).toBe(938173336);
    expect(at('s251.outturn.topUpIndependent', '314', '2020-21')?.value).toBe(1023819422);
  });

  it('keeps #N/A as not available, and skips rows of LAs abolished before its years', () => {
    expect(at('s251.outturn.placeFunding', '940', '2020-21')).toMatchObject({ value: null, missing: 'na' });
    expect(data.values.some((v) => v.area === '837')).toBe(false);
    expect(data.notes.join(' ')).toContain('Bournemouth (837)');
  });

  it('refuses a workbook whose headings are not where the table has them', () => {
    workbook.worksheets[0]!.getCell('P3').value = 'Something else';
    const bad = readHnBenchmarkingTable('hn.xlsx', workbook);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ row: 3, column: 'P', value: 'Something else' });
  });
});
