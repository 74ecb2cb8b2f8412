import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// An embedded data folder of its own; with DATABASE_URL set these would touch that server, so they skip.
describe.skipIf(Boolean(process.env.DATABASE_URL))(
  'highneeds drp export / import (Kingston demo, seed 000)',
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-drp-'));
      expect(await main(['demo', 'load', '--data', path.join(dir, 'data')], captureIO().io)).toBe(0);
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const data = () => ['--data', path.join(dir, 'data')];

    it('exports the recovery plan and imports it back under a new name', async () => {
      const file = path.join(dir, 'plan.xlsx');
      const exported = captureIO();
      expect(await main(['drp', 'export', '--council', '314', '--out', file, ...data()], exported.io)).toBe(
        0,
      );
      expect(exported.out()).toContain(`to ${file}`);
      const imported = captureIO();
      expect(
        await main(['drp', 'import', file, '--council', '314', '--name', 'DRP copy', ...data()], imported.io),
      ).toBe(0);
      expect(imported.out()).toBe(
        'Imported "DRP copy" with its recovery plan document into council 314 (draft).',
      );
    });

    it('lists every bad cell and exits 1, saving nothing', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'plan.xlsx'));
      wb.getWorksheet('Financial Summary')!.getCell('E7').value = 'abc';
      wb.getWorksheet('Financial Summary')!.getCell('A8').value = null;
      const bad = path.join(dir, 'bad.xlsx');
      await wb.xlsx.writeFile(bad);
      const c = captureIO();
      expect(await main(['drp', 'import', bad, '--council', '314', '--name', 'Bad', ...data()], c.io)).toBe(
        1,
      );
      expect(c.err()).toContain('(and 1 more problem, below); nothing was imported.');
      expect(c.err()).toContain("sheet 'Financial Summary', row 7, column E: 'abc': is not an amount");
      expect(c.err()).toContain("sheet 'Financial Summary', row 8, column A: is not a saving reference");
    });

    it('explains usage mistakes with exit code 2', async () => {
      const c = captureIO();
      expect(await main(['drp', 'export', '--council', '314', ...data()], c.io)).toBe(2);
      expect(c.err()).toContain('--out is required');
      const missing = captureIO();
      expect(
        await main(['drp', 'import', path.join(dir, 'nope.xlsx'), '--council', '314', ...data()], missing.io),
      ).toBe(1);
      expect(missing.err()).toContain('no such file');
    });
  },
);
