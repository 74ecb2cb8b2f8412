import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlacementRegisters, demoPlacementsFile } from '../../services/placements/demo';
import type { CommandIO } from '../command';
import { main } from '../main';

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

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-placements-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('highneeds placements template', () => {
  it('writes the template without a database', async () => {
    const out = path.join(dir, 't.xlsx');
    const c = captureIO();
    expect(await main(['placements', 'template', '--out', out, '--return-year', '2025'], c.io)).toBe(0);
    expect(c.out()).toContain('Wrote the placement register template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Placements', 'Codes', 'Notes']);
  });

  it('refuses a bad year and a missing --out', async () => {
    expect(
      await main(['placements', 'template', '--out', 'x.xlsx', '--return-year', '25'], captureIO().io),
    ).toBe(2);
    expect(await main(['placements', 'template'], captureIO().io)).toBe(2);
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('highneeds placements on the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = path.join(dir, 'data');
    // Kingston without the demo data: the demo loader would import the synthetic register itself.
    const args = [
      'council',
      'add',
      '--code',
      '314',
      '--new-code',
      'E09000021',
      '--name',
      'Kingston upon Thames',
      '--region',
      'Outer London',
    ];
    expect(await main([...args, '--data', dataDir], captureIO().io)).toBe(0);
  });

  it('exits 1 listing every row error and imports nothing', async () => {
    const bad = path.join(dir, 'bad.csv');
    const lines = fs.readFileSync(demoPlacementsFile, 'utf8').split('\n');
    const names = lines[0]!.split(',');
    const setCell = (i: number, column: string, value: string) => {
      const cells = lines[i]!.split(',');
      cells[names.indexOf(column)] = value;
      lines[i] = cells.join(',');
    };
    setCell(13, 'top_up', '"12,5OO"');
    setCell(3, 'cost_basis', 'termly');
    fs.writeFileSync(bad, lines.join('\n'));
    const c = captureIO();
    expect(
      await main(
        ['placements', 'import', bad, '--council', '314', '--as-at', '2021-05-31', '--data', dataDir],
        c.io,
      ),
    ).toBe(1);
    expect(c.err()).toBe(
      [
        "bad.csv: row 4, column cost_basis: 'termly' is not academic or financial (and 1 more problem, below); nothing was imported.",
        "  row 14, column top_up: '12,5OO' is not an amount",
      ]
        .join('\n')
        .replace('bad.csv', bad),
    );
    const list = captureIO();
    expect(await main(['placements', 'list', '--council', '314', '--data', dataDir], list.io)).toBe(0);
    expect(list.out().split('\n')).toHaveLength(2);
  });

  it('imports the demo register and prints its summary as JSON with the agreed keys', async () => {
    const c = captureIO();
    expect(
      await main(
        [
          'placements',
          'import',
          demoPlacementsFile,
          '--council',
          '314',
          '--as-at',
          '2021-05-31',
          '--data',
          dataDir,
        ],
        c.io,
      ),
    ).toBe(0);
    expect(c.out()).toBe('Imported 147 placements (129 children) into council 314 as at 2021-05-31.');
    const json = captureIO();
    expect(
      await main(
        ['placements', 'summary', '--council', '314', '--format', 'json', '--data', dataDir],
        json.io,
      ),
    ).toBe(0);
    const summary = JSON.parse(json.out()) as Record<string, unknown> & {
      averageCostByCategory: Record<string, unknown>;
    };
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining([
        'placements',
        'totalCost',
        'averageCostByCategory',
        'averageCostOfEhcp',
        'independentSectorSharePct',
        'contributionsByPartner',
      ]),
    );
    expect(Object.keys(summary.averageCostByCategory)).toEqual([
      'mainstream',
      'resourced provision or SEN unit',
      'maintained special or special academy',
      'non-maintained or independent special',
      'hospital or alternative provision',
      'post-16 and further education',
      'other',
    ]);
    expect(summary).toMatchObject({ placements: 120, financialYear: '2021-22' });
  });

  it('prints the summary as tables', async () => {
    const c = captureIO();
    expect(
      await main(
        [
          'placements',
          'summary',
          '--council',
          '314',
          '--as-at',
          '2021-06-30',
          '--year',
          '2021/22',
          '--data',
          dataDir,
        ],
        c.io,
      ),
    ).toBe(0);
    expect(c.out()).toMatch(/Independent < 16\s+6\s+£201,942\s+£33,657/);
    expect(c.out()).toMatch(/> 16\s+46\s+£541,788\s+£11,778/); // seed 003 KPI 26, May: 46 × £11,778
    expect(c.out()).toContain('Commitments');
  });

  it('shows changes between two registers, and refuses a date with no register', async () => {
    const march = demoPlacementRegisters[0].file;
    expect(
      await main(
        ['placements', 'import', march, '--council', '314', '--as-at', '2021-03-31', '--data', dataDir],
        captureIO().io,
      ),
    ).toBe(0);
    const c = captureIO();
    expect(
      await main(
        [
          'placements',
          'changes',
          '--council',
          '314',
          '--from',
          '2021-03-31',
          '--to',
          '2021-05-31',
          '--data',
          dataDir,
        ],
        c.io,
      ),
    ).toBe(0);
    expect(c.out()).toMatch(/New\s+35\s+£703,030/);
    expect(c.out()).toMatch(/Ceased\s+12\s+-£270,006/);
    expect(c.out()).toMatch(/new\s+SYN-0007\s+Synthetic Independent Special School F\s+2021-05-09/);
    const missing = captureIO();
    expect(
      await main(
        [
          'placements',
          'changes',
          '--council',
          '314',
          '--from',
          '2020-03-31',
          '--to',
          '2021-05-31',
          '--data',
          dataDir,
        ],
        missing.io,
      ),
    ).toBe(1);
    expect(missing.err()).toBe('Kingston upon Thames has no placement register as at 2020-03-31.');
    expect(
      await main(
        [
          'placements',
          'changes',
          '--council',
          '314',
          '--from',
          '31/03/2021',
          '--to',
          '2021-05-31',
          '--data',
          dataDir,
        ],
        captureIO().io,
      ),
    ).toBe(2);
  });
});
