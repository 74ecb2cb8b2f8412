import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';

const testdata = (...parts: string[]) =>
  path.join(import.meta.dirname, '..', '..', 'io', 'witan', 'testdata', ...parts);

function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
    env: {},
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe('highneeds forecast run', () => {
  it('prints totals and costs per year as a table, and writes every breakdown to --out', async () => {
    const c = captureIO();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hn-forecast-')), 'forecast.csv');
    expect(
      await main(['forecast', 'run', '--witan', testdata('good'), '--simulations', '50', '--out', out], c.io),
    ).toBe(0);
    expect(c.out()).toMatch(/50 simulations, seed 50, seed year 2021/);
    expect(c.out()).toMatch(/^2023 +\d+\.\d/m);
    expect(c.err()).toContain('warning: ');
    const csv = fs.readFileSync(out, 'utf8').split('\n');
    expect(csv[0]).toBe('calendar-year,measure,key,mean,sd,p5,p10,p25,median,p75,p90,p95');
    expect(csv.some((line) => line.startsWith('2022,byAgeGroup,under5,'))).toBe(true);
    expect(csv.some((line) => line.startsWith('2022,costBySetting,SP,'))).toBe(true);
  });
  it('gives the same JSON for the same seed, with every breakdown and costs in pounds', async () => {
    const run = async (seed: string) => {
      const c = captureIO();
      expect(
        await main(
          [
            'forecast',
            'run',
            '--witan',
            testdata('good'),
            '--simulations',
            '20',
            '--seed',
            seed,
            '--format',
            'json',
            '--mode',
            'witan',
          ],
          c.io,
        ),
      ).toBe(0);
      return JSON.parse(c.out()) as {
        seedYear: number;
        mode: string;
        years: Array<Record<string, Record<string, number>>>;
      };
    };
    const first = await run('7');
    expect(await run('7')).toEqual(first);
    expect(await run('8')).not.toEqual(first);
    expect(first.seedYear).toBe(2021);
    expect(first.mode).toBe('witan');
    const seedYear = first.years[0]!;
    expect(Object.keys(seedYear).sort()).toEqual([
      'byAgeGroup',
      'byCategoryAndAgeGroup',
      'byCategoryAndNeed',
      'byNcy',
      'byNeed',
      'byPlacementCategory',
      'bySetting',
      'capRedirected',
      'cost',
      'costByCategory',
      'costBySetting',
      'joiners',
      'leavers',
      'movers',
      'placesOverCap',
      'total',
      'unrecordedExits',
      'year',
    ]);
    expect(Object.keys(seedYear.total!)).toEqual([
      'mean',
      'sd',
      'p5',
      'p10',
      'p25',
      'median',
      'p75',
      'p90',
      'p95',
    ]);
    expect(seedYear.total!.sd).toBe(0);
  });
  it('prints every row error and exits 1 for bad inputs, running nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-forecast-bad-'));
    for (const name of ['transitions.csv', 'population.csv', 'costs.csv', 'valid-states.csv'])
      fs.copyFileSync(testdata('bad', name), path.join(dir, name));
    const c = captureIO();
    expect(await main(['forecast', 'run', '--witan', dir], c.io)).toBe(1);
    expect(c.err()).toContain(
      "transitions.csv row 3, column `academic-year-1`: 'three' is not a whole number",
    );
    expect(c.err()).toContain("costs.csv row 4, column `cost`: '12,5OO' is not an amount");
    expect(c.err()).toMatch(/18 problems in the witan.send inputs in .*; nothing was run\./);
    expect(c.out()).toBe('');
  });
  it('exits 1 when --out cannot be written', async () => {
    const c = captureIO();
    const out = path.join(os.tmpdir(), 'hn-no-such-folder', 'x', 'forecast.csv');
    expect(
      await main(['forecast', 'run', '--witan', testdata('good'), '--simulations', '5', '--out', out], c.io),
    ).toBe(1);
    expect(c.err()).toContain(`${out}: cannot be written`);
  });
  it('explains usage mistakes with exit code 2', async () => {
    for (const argv of [
      [],
      ['--witan', testdata('good'), '--mode', 'fast'],
      ['--witan', testdata('good'), '--simulations', '0'],
      ['--witan', testdata('good'), '--rate-draws', 'yearly'],
    ]) {
      const c = captureIO();
      expect(await main(['forecast', 'run', ...argv], c.io)).toBe(2);
      expect(c.err()).toContain('Usage: highneeds forecast run');
    }
  });
});

function writeTemp(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hn-forecast-')), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('highneeds forecast run with a scenario, categories and the DSG plan', () => {
  const categories = () =>
    writeTemp(
      'categories.csv',
      'setting,category\nMS,mainstream\nSP,Maintained special schools or special academies\nFE,post16\n',
    );
  it('runs the scenario and the baseline with the same seed and shows the difference', async () => {
    const scenario = writeTemp(
      'scenario.json',
      JSON.stringify({
        name: 'More special places',
        changes: [{ type: 'redirect', what: 'joiners', from: 'MS', to: 'SP', share: 0.5, fromYear: 2022 }],
      }),
    );
    const xlsx = path.join(path.dirname(scenario), 'dsg.xlsx');
    const c = captureIO();
    const argv = [
      'forecast',
      'run',
      '--witan',
      testdata('good'),
      '--simulations',
      '40',
      '--scenario',
      scenario,
    ];
    expect(await main([...argv, '--categories', categories(), '--dsg-plan', xlsx], c.io)).toBe(0);
    expect(c.out()).toContain('Scenario: More special places');
    expect(c.out()).toMatch(/Against the baseline \(same seed; costs in pounds\):\nyear +baseline EHCPs/);
    expect(c.out()).toMatch(/^2021 +[\d.]+ +[\d.]+ +0\.0 +0 +0 +£0$/m);
    expect(c.out()).toMatch(/^Maintained special schools or special academies +\d/m);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const titles: string[] = [];
    workbook.getWorksheet('EHCP projections')!.eachRow((row) => {
      const first = row.getCell(1).value;
      if (typeof first === 'string' && first.endsWith(')') && first.includes('placements'))
        titles.push(first);
    });
    expect(titles).toHaveLength(7);
    const json = captureIO();
    expect(await main([...argv, '--format', 'json'], json.io)).toBe(0);
    const report = JSON.parse(json.out()) as {
      comparedWithBaseline: Array<{ year: number; bySetting: Record<string, { difference: number }> }>;
    };
    expect(report.comparedWithBaseline.find((y) => y.year === 2021)!.bySetting.SP!.difference).toBe(0);
    expect(
      report.comparedWithBaseline.find((y) => y.year === 2023)!.bySetting.SP!.difference,
    ).toBeGreaterThan(0);
  });
  it('refuses a scenario naming an unknown setting, and a mapping naming an unknown category, saying where', async () => {
    const scenario = writeTemp(
      'scenario.json',
      JSON.stringify({
        name: 'x',
        changes: [
          { type: 'cap', setting: 'NEW', places: 10, excess: 'redirect', to: 'SP' },
          { type: 'multiply-joiners', factor: 2, share: 1 },
        ],
      }),
    );
    const mapping = writeTemp('categories.csv', 'setting,category\nMS,mainstream\nSP,special\n');
    const c = captureIO();
    expect(
      await main(
        ['forecast', 'run', '--witan', testdata('good'), '--scenario', scenario, '--categories', mapping],
        c.io,
      ),
    ).toBe(1);
    expect(c.err()).toContain(`${mapping} row 3, column \`category\`: 'special' is not a placement category`);
    expect(c.err()).toContain(`${scenario}, column \`changes[1].share\`: is not a field here`);
    expect(c.out()).toBe('');
    const unknownSetting = writeTemp(
      's.json',
      JSON.stringify({ name: 'x', changes: [{ type: 'cap', setting: 'NEW', places: 10, excess: 'report' }] }),
    );
    const d = captureIO();
    expect(
      await main(['forecast', 'run', '--witan', testdata('good'), '--scenario', unknownSetting], d.io),
    ).toBe(1);
    expect(d.err()).toContain(
      `${unknownSetting}, column \`changes[0].setting\`: 'NEW' is not a setting of this model (valid-states.csv has FE, MS, SP)`,
    );
  });
});

describe('highneeds forecast backtest', () => {
  it('prints each fold against the census and the scores by horizon; JSON has every point', async () => {
    const c = captureIO();
    expect(
      await main(
        ['forecast', 'backtest', '--witan', testdata('good'), '--simulations', '30', '--seed', '4'],
        c.io,
      ),
    ).toBe(0);
    expect(c.out()).toMatch(/^ +2018 +2020 +[\d.]+ +\d+ +\d+ +41 /m);
    expect(c.out()).toMatch(/^ +2018-2019 +2021 +[\d.]+ +\d+ +\d+ +44 /m);
    expect(c.out()).toMatch(/^total +all +3 +[\d.]+%/m);
    const json = captureIO();
    expect(
      await main(
        ['forecast', 'backtest', '--witan', testdata('good'), '--simulations', '30', '--format', 'json'],
        json.io,
      ),
    ).toBe(0);
    const result = JSON.parse(json.out()) as { folds: unknown[]; points: Array<{ measure: string }> };
    expect(result.folds).toEqual([
      { trainedTo: 2018, trainingYears: 1 },
      { trainedTo: 2019, trainingYears: 2 },
    ]);
    expect(result.points.filter((p) => p.measure === 'total')).toHaveLength(3);
  });
});
