import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

const hasChromium = fs.existsSync('/usr/bin/chromium');

// An embedded data folder of its own; with DATABASE_URL set these would touch that server, so they skip.
describe.skipIf(Boolean(process.env.DATABASE_URL))(
  'highneeds report quarterly (Kingston demo, seed 003)',
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-report-'));
      expect(await main(['demo', 'load', '--data', path.join(dir, 'data')], captureIO().io)).toBe(0);
    }, 60_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const data = () => ['--data', path.join(dir, 'data')];

    it('writes the Excel workbook, the format taken from the extension', async () => {
      const file = path.join(dir, 'q1.xlsx');
      const c = captureIO();
      expect(
        await main(
          ['report', 'quarterly', '--council', '314', '--period', '2021-22-Q1', '--out', file, ...data()],
          c.io,
        ),
      ).toBe(0);
      expect(c.out()).toContain(
        `Wrote the 2021-22-Q1 Safety Valve report of Kingston upon Thames to ${file} (XLSX`,
      );
      expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    });

    it.skipIf(!hasChromium)(
      'writes the PDF',
      async () => {
        const file = path.join(dir, 'q1.pdf');
        expect(
          await main(
            ['report', 'quarterly', '--council', '314', '--period', '2021-22-Q1', '--out', file, ...data()],
            captureIO().io,
          ),
        ).toBe(0);
        expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      },
      60_000,
    );

    it('refuses another extension (exit 2), a period without a return and one outside the agreement (exit 1)', async () => {
      const c = captureIO();
      expect(
        await main(
          [
            'report',
            'quarterly',
            '--council',
            '314',
            '--period',
            '2021-22-Q1',
            '--out',
            path.join(dir, 'q1.docx'),
            ...data(),
          ],
          c.io,
        ),
      ).toBe(2);
      expect(c.err()).toContain(
        "q1.docx: the report format comes from the file's extension: write .pdf or .xlsx.",
      );
      const none = captureIO();
      expect(
        await main(
          [
            'report',
            'quarterly',
            '--council',
            '314',
            '--period',
            '2021-22-Q2',
            '--out',
            path.join(dir, 'q2.xlsx'),
            ...data(),
          ],
          none.io,
        ),
      ).toBe(1);
      expect(none.err()).toBe('Kingston upon Thames has no Safety Valve return for 2021-22-Q2.');
      expect(fs.existsSync(path.join(dir, 'q2.xlsx'))).toBe(false);
      const outside = captureIO();
      expect(
        await main(
          [
            'report',
            'quarterly',
            '--council',
            '314',
            '--period',
            '2026-27-Q1',
            '--out',
            path.join(dir, 'x.pdf'),
            ...data(),
          ],
          outside.io,
        ),
      ).toBe(1);
      expect(outside.err()).toBe(
        'period: 2026-27-Q1 is outside the agreement, which covers 2020-21 to 2025-26.',
      );
    });
  },
);

describe.skipIf(Boolean(process.env.DATABASE_URL) || !hasChromium)(
  'highneeds report committee (Kingston demo, seed 004)',
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-paper-'));
      expect(await main(['demo', 'load', '--data', path.join(dir, 'data')], captureIO().io)).toBe(0);
    }, 60_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes the demo committee paper as DOCX and PDF with no option but the council and the file', async () => {
      for (const ext of ['docx', 'pdf']) {
        const file = path.join(dir, `committee.${ext}`);
        const c = captureIO();
        expect(
          await main(
            ['report', 'committee', '--council', '314', '--out', file, '--data', path.join(dir, 'data')],
            c.io,
          ),
        ).toBe(0);
        expect(c.out()).toContain(
          `Wrote the committee report of Kingston upon Thames, figures as at 2021-06-18, to ${file} (${ext.toUpperCase()}`,
        );
        expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe(ext === 'pdf' ? '%P' : 'PK');
      }
    }, 120_000);

    it('refuses an .xlsx paper and a date that is not one (exit 2 and 1, saying what to write)', async () => {
      const c = captureIO();
      const data = ['--data', path.join(dir, 'data')];
      expect(
        await main(
          ['report', 'committee', '--council', '314', '--out', path.join(dir, 'c.xlsx'), ...data],
          c.io,
        ),
      ).toBe(2);
      expect(c.err()).toContain("the paper's format comes from the file's extension: write .pdf or .docx");
      const d = captureIO();
      expect(
        await main(
          [
            'report',
            'committee',
            '--council',
            '314',
            '--as-at',
            '2021-02-30',
            '--out',
            path.join(dir, 'f.pdf'),
            ...data,
          ],
          d.io,
        ),
      ).toBe(1);
      expect(d.err()).toContain('2021-02-30 is not a date');
    });
  },
);
