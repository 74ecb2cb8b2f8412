import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
    expect(await main(['forecast', 'run', '--witan', testdata('good'), '--simulations', '5', '--out', out], c.io)).toBe(1);
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
