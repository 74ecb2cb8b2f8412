import ExcelJS from 'exceljs';
import { xoroshiro128plus } from 'pure-rand';
import { describe, expect, it } from 'vitest';
import { dsgPlanTables } from '../../core/forecast/dsgPlan';
import { runForecast } from '../../core/forecast/forecast';
import { defaultOptions } from '../../core/forecast/forecastOptions';
import { rngFromGenerator, simulationStreams } from '../../core/forecast/rng';
import { syntheticCouncil } from '../../core/forecast/syntheticCouncil';
import { DSG_PLAN_SHEET, writeDsgPlanWorkbook } from './writeDsgPlan';

describe('DSG management plan workbook', () => {
  it('has one block per placement category whose whole numbers add up, read back from the file', async () => {
    const council = syntheticCouncil(rngFromGenerator(xoroshiro128plus(2024)));
    const forecast = runForecast(council, defaultOptions, 150, simulationStreams(xoroshiro128plus(9)));
    const tables = dsgPlanTables(forecast);
    const workbook = writeDsgPlanWorkbook(tables, {
      source: 'synthetic council',
      run: '150 simulations, seed 9',
    });
    const buffer = await workbook.xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer);
    const sheet = read.getWorksheet(DSG_PLAN_SHEET)!;
    const rows: Array<Array<string | number>> = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as Array<string | number>).slice(1));
    });
    const years = [2021, 2022, 2023, 2024, 2025];
    // Walk the blocks as a person reading the sheet would: title, age table, need table.
    const titles = rows.filter(
      (r) => typeof r[0] === 'string' && /\((MmSoA|RPSEN|MdSSA|NMISS|HspAP|P16FE|OTHER)\)$/.test(r[0]),
    );
    expect(titles.map((r) => String(r[0]).slice(-7))).toEqual([
      '(MmSoA)',
      '(RPSEN)',
      '(MdSSA)',
      '(NMISS)',
      '(HspAP)',
      '(P16FE)',
      '(OTHER)',
    ]);
    const blockTotals: number[][] = [];
    let table: number[][] = [];
    let ageRows = 0;
    let inPost16 = false;
    for (const row of rows) {
      const label = String(row[0] ?? '');
      if (label.endsWith('(P16FE)')) inPost16 = true;
      else if (/\([A-Z][A-Za-z0-9]{4}\)$/.test(label)) inPost16 = false;
      if (label.startsWith('Number of EHCPs by')) {
        expect(row.slice(1)).toEqual(years.map((y) => `January ${y}`));
        table = [];
        ageRows = 0;
        continue;
      }
      if (label.startsWith('Total number')) {
        const total = row.slice(1) as number[];
        years.forEach((_, y) => expect(table.reduce((sum, r) => sum + r[y]!, 0)).toBe(total[y]));
        if (label === 'Total number by Age Group') {
          blockTotals.push(total);
          if (inPost16) expect(ageRows).toBe(2);
          else expect(ageRows).toBe(5);
        } else expect(total).toEqual(blockTotals[blockTotals.length - 1]);
        table = [];
        continue;
      }
      if (table !== undefined && row.length > 1 && typeof row[1] === 'number' && label !== 'All placements') {
        const values = row.slice(1) as number[];
        values.forEach((v) => expect(Number.isInteger(v) && v >= 0).toBe(true));
        table.push(values);
        ageRows += 1;
      }
      if (label === 'All placements') {
        const all = row.slice(1) as number[];
        years.forEach((_, y) => expect(blockTotals.reduce((sum, t) => sum + t[y]!, 0)).toBe(all[y]));
        years.forEach((year, y) =>
          expect(all[y]).toBe(
            Math.round(forecast.years.find((f) => f.year === year)!.groups.total.total!.mean),
          ),
        );
      }
    }
    expect(blockTotals).toHaveLength(7);
    // The synthetic council has no hospital/AP or other settings: those blocks are zero.
    expect(blockTotals[4]).toEqual([0, 0, 0, 0, 0]);
    expect(blockTotals[2]!.every((n) => n > 300)).toBe(true);
  });
});
