import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { placementCategories } from '../../core/benchmark/placementCategories';
import { needsShared, sharedAvailable, sharedPath } from '../../testing/shared';
import { readNationalFile } from './detectPublication';
import { cellText, loadWorkbook } from './excelCells';
import type { NationalDataset } from './nationalDataset';
import { describeRowError } from './readResult';

// Every published file in ../shared/data/dfe read as the DfE publishes it: no row errors, and spot checks
// against figures visible in the files. Each file is read once for the whole test file.

const DIR = ['data', 'dfe'];
const files = [
  'ehcp-statistics-2022.zip',
  'ehcp-statistics-2025.zip',
  'hn-benchmarking-la-table-2021-22.xlsx',
  'dsg-allocations_2021_11_18.ods',
  'dsg-allocations_2024_07_20.ods',
  'dsg-by-year.xlsx',
  'dsg-cumulative-balance-pct.xlsx',
  'statistical-neighbours.csv',
];

describe.skipIf(!sharedAvailable(...DIR))(`published DfE files${needsShared(...DIR)}`, () => {
  const read = new Map<string, NationalDataset>();
  const value = (file: string, series: string, area: string, period: string) =>
    read.get(file)?.values.find((v) => v.series === series && v.area === area && v.period === period);

  beforeAll(async () => {
    for (const file of files) {
      const path = sharedPath(...DIR, file);
      const result = await readNationalFile(path, new Uint8Array(fs.readFileSync(path)));
      if (!result.ok)
        throw new Error(`${file}:\n${result.errors.slice(0, 20).map(describeRowError).join('\n')}`);
      read.set(file, result.data);
    }
  }, 120_000);

  it('reads each file without a row error, as the right publication and edition', () => {
    expect(files.map((f) => `${read.get(f)?.publication ?? ''} ${read.get(f)?.edition ?? ''}`)).toEqual([
      'ehcp-statistics 2022',
      'ehcp-statistics 2025',
      'hn-benchmarking 2021-22',
      'dsg-allocations 2020-21',
      'dsg-allocations 2023-24',
      'dsg-by-year 2023-24',
      'dsg-cumulative-balance 2021-22',
      'statistical-neighbours current',
    ]);
  });

  it('gives Kingston the same January 2019 caseload in both releases (1,161)', () => {
    expect(value('ehcp-statistics-2022.zip', 'ehcp.caseload', '314', '2019')?.value).toBe(1161);
    expect(value('ehcp-statistics-2025.zip', 'ehcp.caseload', '314', '2019')?.value).toBe(1161);
  });

  it('reads initial requests for assessment: Kingston 240 in 2021 (2022 release), 370 in 2024 (2025 release)', () => {
    // 2022 release data/sen2_mi.csv InreqEHC; 2025 release data/requests.csv requests_received_in_year.
    expect(value('ehcp-statistics-2022.zip', 'ehcp.requests', '314', '2021')?.value).toBe(240);
    expect(value('ehcp-statistics-2025.zip', 'ehcp.requests', '314', '2021')?.value).toBe(240);
    expect(value('ehcp-statistics-2025.zip', 'ehcp.requests', '314', '2024')?.value).toBe(370);
    expect(value('ehcp-statistics-2025.zip', 'ehcp.requests', 'E92000001', '2024')?.value).toBe(154489);
    expect(value('ehcp-statistics-2022.zip', 'ehcp.requests', '314', '2015')).toMatchObject({
      value: null,
      missing: 'z',
    });
  });

  it("notes the 2025 release's traps on import: Yorkshire's 2022 total in its councils' rows, Newham 2025", () => {
    const notes = read.get('ehcp-statistics-2025.zip')?.notes ?? [];
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^15 of Yorkshire and The Humber's 15 councils are given Yorkshire and The Humber's own 2022 total of new plans, 6,078/,
      ),
    );
    expect(notes).toContain(
      'Newham: 2,705 plans in January 2024, 1,199 in January 2025 (-56%), a break in the series no method can foresee.',
    );
  });

  it('handles the reorganisations: Bournemouth/Poole/Dorset 2019, Northamptonshire 2021, Cumbria 2023', () => {
    const r22 = 'ehcp-statistics-2022.zip';
    const r25 = 'ehcp-statistics-2025.zip';
    expect(value(r22, 'ehcp.caseload', '837', '2019')?.value).toBe(1045);
    expect(value(r22, 'ehcp.caseload', '839', '2020')?.value).toBe(2448);
    expect(value(r22, 'ehcp.caseload', '928', '2021')?.value).toBe(4847);
    expect(value(r22, 'ehcp.caseload', '940', '2022')?.value).toBe(2842);
    expect(value(r25, 'ehcp.caseload', '909', '2023')?.value).toBe(4489);
    expect(value(r25, 'ehcp.caseload', '942', '2024')?.value).toBe(2656);
    expect(value(r25, 'ehcp.caseload', '909', '2024')).toBeUndefined();
  });

  it('keeps x as not available: Hackney January 2024 has plans but no breakdowns', () => {
    expect(value('ehcp-statistics-2025.zip', 'ehcp.caseload', '204', '2024')?.value).toBe(3525);
    expect(value('ehcp-statistics-2025.zip', 'ehcp.placement.mainstream', '204', '2024')).toMatchObject({
      value: null,
      missing: 'x',
    });
    expect(value('ehcp-statistics-2025.zip', 'ehcp.age.5to10', '204', '2024')).toMatchObject({
      value: null,
      missing: 'x',
    });
  });

  it('reads the tribunal table despite its errata (Northamptonshire under code 892), and says so', () => {
    const data = read.get('ehcp-statistics-2025.zip');
    expect(value('ehcp-statistics-2025.zip', 'tribunal.appeals', '314', '2024')?.value).toBe(78);
    expect(value('ehcp-statistics-2025.zip', 'tribunal.appealableDecisions', '314', '2024')?.value).toBe(
      2054,
    );
    expect(value('ehcp-statistics-2025.zip', 'tribunal.appeals', '928', '2020')?.value).toBe(131);
    expect(
      data?.notes.some((n) => n.includes('LA code 892 is Nottingham but the row is Northamptonshire')),
    ).toBe(true);
  });

  it('reads the benchmarking table, DSG files and neighbours', () => {
    expect(value('hn-benchmarking-la-table-2021-22.xlsx', 'population.age2to18', '314', '2021')?.value).toBe(
      37801.419,
    );
    expect(
      value('hn-benchmarking-la-table-2021-22.xlsx', 's251.budget.topUpMaintained', '314', '2021-22')?.value,
    ).toBe(938173336);
    expect(
      value('dsg-allocations_2024_07_20.ods', 'dsg.allocation.total', 'E92000001', '2023-24')?.value,
    ).toBe(5713588405600);
    expect(value('dsg-by-year.xlsx', 'dsg.totalByYear', '314', '2023-24')?.value).toBe(17623265000);
    expect(
      value('dsg-cumulative-balance-pct.xlsx', 'dsg.cumulativeBalancePct', '314', '2019-20')?.value,
    ).toBe(-13.69);
    const kingston = read.get('statistical-neighbours.csv')?.neighbours.find((n) => n.la === '314');
    expect(kingston?.neighbours).toEqual([
      '319',
      '315',
      '919',
      '305',
      '800',
      '868',
      '358',
      '318',
      '936',
      '825',
    ]);
  });

  // Our mapping of establishment types to the seven categories, checked against the DfE's own split in
  // the benchmarking table (columns G-N are the January 2021 caseload) for every LA it has.
  it('splits January 2021 placements exactly as the DfE benchmarking table does, for every LA', async () => {
    const workbook = await loadWorkbook(
      new Uint8Array(fs.readFileSync(sharedPath(...DIR, 'hn-benchmarking-la-table-2021-22.xlsx'))),
    );
    const sheet = workbook.worksheets[0]!;
    const mismatches: string[] = [];
    let compared = 0;
    sheet.eachRow((row, line) => {
      const code = cellText(row.getCell('C').value).trim();
      const total = row.getCell('G').value;
      if (line < 8 || code === '' || typeof total !== 'number') return;
      const tool = ['H', 'I', 'J', 'K', 'L', 'M', 'N'].map((c) => row.getCell(c).value);
      const ours = placementCategories.map(
        (c) => value('ehcp-statistics-2022.zip', `ehcp.placement.${c}`, code, '2021')?.value,
      );
      compared += 1;
      if (JSON.stringify(tool) !== JSON.stringify(ours))
        mismatches.push(`${code}: tool ${JSON.stringify(tool)} ours ${JSON.stringify(ours)}`);
    });
    expect(compared).toBeGreaterThan(145);
    expect(mismatches).toEqual([]);
  });
});
