import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { quarterlyReport } from './report';
import { signReturn } from './signOff';

// The PDF is read back with Debian's poppler-utils and rendered with Debian's Chromium; `npm test`
// installs both (scripts/ensure-chromium.mjs, scripts/ensure-poppler.mjs).
const tools = ['/usr/bin/chromium', '/usr/bin/pdftotext', '/usr/bin/pdftoppm'];
const missing = tools.filter((t) => !existsSync(t));
const artifacts = path.resolve(import.meta.dirname, '..', '..', '..', 'test-artifacts');

let t: TestContext;
let text: string;
let pages: number;
const cli: Actor = { kind: 'system', label: 'test' };
const signer = (id: number, email: string, name: string, role: 's151' | 'dcs'): Actor => ({
  kind: 'user',
  user: { id, email, displayName: name, isSystemAdmin: false, roles: new Map([[1, role]]) },
});

describe.skipIf(missing.length > 0)(
  `quarterly report PDF (Kingston Q1 2021-22, seed 003)${missing.length > 0 ? ` [skipped: ${missing.join(', ')} missing; run node scripts/ensure-chromium.mjs and node scripts/ensure-poppler.mjs as root]` : ''}`,
  () => {
    beforeAll(async () => {
      t = await openTestContext();
      await loadDemo(t.ctx, cli);
      const council = await t.ctx.db
        .selectFrom('councils')
        .select('id')
        .where('code', '=', '314')
        .executeTakeFirstOrThrow();
      expect(council.id).toBe(1);
      await signReturn(
        t.ctx,
        signer(5, 's151@kingston.example', 'Demo S151 officer', 's151'),
        '314',
        '2021-22-Q1',
        { as: 's151' },
      );
      await signReturn(
        t.ctx,
        signer(6, 'dcs@kingston.example', 'Demo Director of Children’s Services', 'dcs'),
        '314',
        '2021-22-Q1',
        { as: 'dcs' },
      );
      const { content } = await quarterlyReport(t.ctx, cli, '314', '2021-22-Q1', 'pdf');
      expect(content.subarray(0, 5).toString()).toBe('%PDF-');
      const dir = mkdtempSync(path.join(tmpdir(), 'hn-report-'));
      const pdf = path.join(dir, 'report.pdf');
      writeFileSync(pdf, content);
      text = execFileSync('/usr/bin/pdftotext', [pdf, '-'], { encoding: 'utf8' });
      pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
      );
      // Page 1 as a PNG, kept for people to look at (test-artifacts/ is ignored by git).
      mkdirSync(artifacts, { recursive: true });
      writeFileSync(path.join(artifacts, 'quarterly-report-2021-22-Q1.pdf'), content);
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        path.join(artifacts, 'quarterly-report-2021-22-Q1-page1'),
      ]);
      rmSync(dir, { recursive: true, force: true });
    }, 120_000);
    afterAll(async () => t?.database.close());

    const flat = () => text.replace(/\s+/g, ' ');

    it('has the title, council, submission details and both sign-offs', () => {
      expect(flat()).toContain('Kingston upon Thames (LA 314)');
      expect(flat()).toContain('Safety Valve Agreement');
      expect(flat()).toContain('Quarter One 2021/22 Summary Update Report');
      expect(flat()).toContain('Date Submitted 18 June 2021');
      expect(flat()).toContain('Data Date 31 May 2021');
      expect(flat()).toMatch(
        /Signed off by S151 Officer Sarah Ireland signed in highneeds by Demo S151 officer/,
      );
      expect(flat()).toMatch(/Signed off by Director of Children’s Services Ian Dodds/);
      expect(flat()).toContain('Signed off by both and locked');
    });

    it('has every condition title exactly as seed 003 prints it, with its assurance level', () => {
      const conditions: Array<[string, string, string]> = [
        ['2', 'Maximum Forecast DSG Deficit Profile at year end £28.6m', 'Good'],
        [
          '3.1',
          'Improve support available in schools to manage demand more effectively and reduce escalation of need.',
          'Good',
        ],
        [
          '3.2',
          'Expand specialist provision to avoid placements in more expensive Non Maintained Special Schools and independent special schools.',
          'Good',
        ],
        [
          '3.3',
          'Manage demand for Education Health and Care Plans (EHCP) by scrutinising provision at each annual review and continuing to work with consultants Mastodon C to forecast and manage EHCP growth during 2021-22.',
          'Good',
        ],
        ['3.4', 'Improve efficiency of commissioning services to drive down cost.', 'Medium'],
        ['3.5', 'Increase contributions from health and social care.', 'Medium'],
        [
          '3.6',
          'Commission a Local Government Association (LGA) peer review and implement any recommendations arising from it which drive sustainability in their high needs system.',
          'Good',
        ],
        [
          '3.7',
          "Reforming of the authority's post-16 offer, including but not limited to development of new provision.",
          'Good',
        ],
        [
          '3.8',
          'Contribute to the reduction of the cumulative deficit via alternative council funding sources in each financial year covered by this agreement.',
          'Good',
        ],
      ];
      // The summary table lists "Condition N: title  Level" (pdftotext may wrap the title across lines).
      for (const [number, title, level] of conditions)
        expect(flat()).toContain(`Condition ${number}: ${title} ${level}`);
    });

    it('has the key figures: £28,607,000 maximum and £27,886,000 projected (seed 003 condition 2, KPI 14), savings against target', () => {
      expect(flat()).toMatch(
        /Cumulative DSG Surplus\/Deficit - before safety valve funding £28,607,000 £27,886,000 G/,
      );
      expect(flat()).toContain('Savings achieved: £139k of £191k target.');
      expect(flat()).toContain('Savings achieved: £107k of £351k target.');
      expect(flat()).toContain('Savings achieved: £46k of £120k target.');
      expect(flat()).toMatch(/Total -£160k/);
    });

    it('has the KPI table with RAG (seed 003 KPI table: KPI 1 1,429 / 1,447 / 1,447 G; KPI 2 1.17% / 1.26% A; KPI 16 -22.76% / -22.33% G)', () => {
      expect(flat()).toMatch(/1 Actual EHCPs 1,429 1,447 1,447 G/);
      expect(flat()).toMatch(/2 % increase in EHCPs 6\.72% 1\.17% 1\.26% A/);
      expect(flat()).toMatch(/16 Funding gap as % of HNB allocation -30\.09% -22\.76% -22\.33% G/);
    });

    it('has the financial model monitoring table (seed 003, every total row)', () => {
      for (const row of [
        'Total budget 26.359 26.560 0.201 G',
        'HNB expenditure before savings 33.052 32.208 -0.844 G',
        'HNB expenditure after savings 31.791 31.680 -0.111 G',
        'Net HNB deficit 5.432 5.120 -0.312 G',
        'Net HNB Deficit 3.482 3.485 0.003 G',
        'Net DSG deficit - cumulative before safety valve 28.607 27.886 -0.721 G',
        'Net DSG deficit - cumulative after max safety valve 11.607 10.886 -0.721 G',
        'Contributions from other partners (health & social care) -0.599 -0.235 0.364 A',
      ])
        expect(flat()).toContain(row);
    });

    it('has the charts, the risk register, the appendices and page numbers', () => {
      expect(flat()).toContain('Agreement maximum');
      expect(flat()).toContain('£28.6m');
      expect(flat()).toContain('KPI 1: Actual EHCPs');
      expect(flat()).toContain('Impact of Covid 19');
      expect(flat()).toContain('Appendix E - Draft Findings of Kingston LGA Peer Review');
      expect(pages).toBeGreaterThan(3);
      expect(flat()).toContain(`Page 1 of ${pages}`);
      expect(flat()).toContain(`Page ${pages} of ${pages}`);
      expect(
        readFileSync(path.join(artifacts, 'quarterly-report-2021-22-Q1-page1.png')).subarray(1, 4).toString(),
      ).toBe('PNG');
    });
  },
);
