import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kingstonDemoDir } from '../io/financialModel/demoFiles';
import type { CommandIO } from './command';
import { main } from './main';

function captureIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readStdin: () => Promise.resolve(''),
    env: { USER: 'tester' },
  };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}
const demoFile = (name: string) => path.join(kingstonDemoDir, `${name}.json`);

describe('highneeds model compute and check on files', () => {
  it('prints the derived figures as JSON in pounds (seed 003: in-year £3,482,000, cumulative after SV £11,607,000, gap -22.76%)', async () => {
    const c = captureIO();
    expect(
      await main(['model', 'compute', demoFile('safety-valve-agreement-2021'), '--format', 'json'], c.io),
    ).toBe(0);
    const { years } = JSON.parse(c.out()) as { years: Array<Record<string, unknown>> };
    expect(years[0]).toMatchObject({
      year: '2021-22',
      totalBudget: 26_359_000,
      spendAfterSavings: 31_791_000,
      netHighNeedsDeficit: 5_432_000,
      inYearDsgDeficit: 3_482_000,
      cumulativeDeficitBeforeDfe: 28_607_000,
      cumulativeDeficitAfterDfe: 11_607_000,
      fundingGapPct: -22.76,
    });
  });

  it('prints a table by default', async () => {
    const c = captureIO();
    expect(await main(['model', 'compute', demoFile('recovery-plan-2019')], c.io)).toBe(0);
    expect(c.out()).toMatch(
      /Cumulative deficit before DfE\s+£11,071,000\s+£14,190,000\s+£16,672,000\s+£17,911,000\s+£19,252,000\s+£19,252,000/,
    );
  });

  it('exits 1 listing every problem of a bad file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-model-'));
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        council: '314',
        version: 'x',
        years: ['2021-22'],
        opening: { cumulativeDeficit: 0 },
        lines: [
          { kind: 'saving', label: 'a', amounts: { '2021-22': 'abc' } },
          { kind: 'rent', label: 'b', amounts: {} },
        ],
      }),
    );
    const c = captureIO();
    expect(await main(['model', 'compute', file], c.io)).toBe(1);
    expect(c.err()).toContain("lines[0].amounts.2021-22: 'abc' is not an amount in pounds");
    expect(c.err()).toContain("lines[1].kind: 'rent' is not a line kind");
    const missing = captureIO();
    expect(await main(['model', 'compute', path.join(dir, 'none.json')], missing.io)).toBe(1);
    expect(missing.err()).toContain('no such file');
    fs.rmSync(dir, { recursive: true });
  });

  it('model check exits 1 and shows both sides of the 2021-22 cumulative deficit inconsistency (seed 003)', async () => {
    const c = captureIO();
    expect(await main(['model', 'check', demoFile('safety-valve-agreement-2021')], c.io)).toBe(1);
    expect(c.out()).toContain(
      'opening balance of 2021-22: £25,125,000; actual balance at the end of 2020-21: £24,401,000; difference £724,000',
    );
    const ok = captureIO();
    expect(await main(['model', 'check', demoFile('latest-forecast-may-2021')], ok.io)).toBe(0);
    expect(ok.out()).toBe('All reconciliation checks hold.');
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))(
  'highneeds model commands on the embedded database',
  () => {
    let dataDir: string;
    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-model-db-'));
      expect(await main(['demo', 'load', '--data', dataDir], captureIO().io)).toBe(0);
    });
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    it('prints the monitoring table of the agreement against the May projection (seed 003)', async () => {
      const c = captureIO();
      const code = await main(
        [
          'model',
          'compare',
          '--council',
          '314',
          '--from',
          'Safety Valve agreement, March 2021',
          '--to',
          'Latest forecast, May 2021',
          '--data',
          dataDir,
        ],
        c.io,
      );
      expect(code).toBe(0);
      expect(c.out()).toMatch(/Development of post 16 offer\s+-0\.120\s+-0\.046\s+0\.074\s+A/);
      expect(c.out()).toMatch(
        /Net DSG deficit - cumulative after max safety valve\s+11\.607\s+10\.886\s+-0\.721\s+G/,
      );
    });

    it('exports, re-imports under a new name, lists, and checks the council', async () => {
      const out = path.join(dataDir, 'may.json');
      expect(
        await main(
          [
            'model',
            'export',
            '--council',
            '314',
            '--version',
            'Latest forecast, May 2021',
            '--out',
            out,
            '--data',
            dataDir,
          ],
          captureIO().io,
        ),
      ).toBe(0);
      const imported = captureIO();
      expect(
        await main(
          ['model', 'import', out, '--council', '314', '--name', 'Re-imported', '--data', dataDir],
          imported.io,
        ),
      ).toBe(0);
      expect(imported.out()).toBe('Imported "Re-imported" into council 314 (draft).');
      const again = captureIO();
      expect(
        await main(
          ['model', 'import', out, '--council', '314', '--name', 'Re-imported', '--data', dataDir],
          again.io,
        ),
      ).toBe(1);
      expect(again.err()).toContain('already has a version called "Re-imported"');
      const list = captureIO();
      expect(await main(['model', 'list', '--council', '314', '--data', dataDir], list.io)).toBe(0);
      expect(list.out()).toMatch(/Re-imported\s+draft\s+2021-22\s+£10,886,000/);
      const xlsx = path.join(dataDir, 'may.xlsx');
      expect(
        await main(
          [
            'model',
            'export',
            '--council',
            '314',
            '--version',
            'Latest forecast, May 2021',
            '--format',
            'xlsx',
            '--out',
            xlsx,
            '--data',
            dataDir,
          ],
          captureIO().io,
        ),
      ).toBe(0);
      const fromWorkbook = captureIO();
      expect(
        await main(
          ['model', 'import', xlsx, '--council', '314', '--name', 'From Excel', '--data', dataDir],
          fromWorkbook.io,
        ),
      ).toBe(0);
      const compared = captureIO();
      expect(
        await main(
          [
            'model',
            'compare',
            '--council',
            '314',
            '--from',
            'Latest forecast, May 2021',
            '--to',
            'From Excel',
            '--format',
            'json',
            '--data',
            dataDir,
          ],
          compared.io,
        ),
      ).toBe(0);
      const { totals } = JSON.parse(compared.out()) as { totals: Array<{ variance: number }> };
      expect(totals.every((t) => t.variance === 0)).toBe(true);
      const check = captureIO();
      expect(await main(['model', 'check', '--council', '314', '--data', dataDir], check.io)).toBe(1);
      expect(check.out()).toContain('10 reconciliation check(s) fail');
    });
  },
);
