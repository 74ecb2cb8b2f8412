import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateCouncilDetails } from '../councils';
import { loadDemo } from '../demo';
import { addLine, removeLine, setLineAmount, updateLine } from '../financialModel/lineEdits';
import {
  copyVersion,
  deleteVersion,
  getVersion,
  importVersion,
  listVersions,
} from '../financialModel/versions';
import { planToJson } from '../../io/financialModel/writePlanJson';
import { recordKpiValue, setKpiPeriod } from '../kpi/values';
import { deletePlacementSnapshot } from '../placements/imports';
import type { Actor } from '../permissions';
import { openTestContext, type TestContext } from '../testContext';
import { saveAgreement } from './agreement';
import { kingstonAgreementFile } from './demo';
import { quarterlyReport } from './report';
import { returnView, type ReturnView } from './returnView';
import { reopenReturn, signReturn } from './signOff';

// What is signed stays signed (issue 16): after the first signature, no edit anywhere changes what the
// return shows: its API view, its PDF (read back as text with poppler's pdftotext) and every cell of its
// workbook. After an administrator reopens it, the same edits do change it.

const Q1 = '2021-22-Q1';
const PROJECTION = 'Latest forecast, May 2021';
const AGREED = 'Safety Valve agreement, March 2021';
const pdfTools = ['/usr/bin/chromium', '/usr/bin/pdftotext'];
const pdfMissing = pdfTools.filter((tool) => !existsSync(tool));

let t: TestContext;
const cli: Actor = { kind: 'system', label: 'test' };
const signer = (id: number, email: string, role: 's151' | 'dcs'): Actor => ({
  kind: 'user',
  user: { id, email, displayName: `Demo ${role}`, isSystemAdmin: false, roles: new Map([[1, role]]) },
});
const viewer: Actor = {
  kind: 'user',
  user: {
    id: 9,
    email: 'viewer@kingston.example',
    displayName: 'Viewer',
    isSystemAdmin: false,
    roles: new Map([[1, 'viewer']]),
  },
};

/** Everything the return puts out, as text: the API view, the PDF's text and every workbook cell. */
async function outputs(): Promise<{ view: string; xlsx: string[]; pdf: string | null }> {
  const view = JSON.stringify(await returnView(t.ctx, viewer, '314', Q1));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await quarterlyReport(t.ctx, viewer, '314', Q1, 'xlsx')).content as unknown as ArrayBuffer,
  );
  const xlsx: string[] = [];
  for (const sheet of wb.worksheets)
    sheet.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) =>
        xlsx.push(`${sheet.name}!R${r}C${c}=${JSON.stringify(cell.value)} ${cell.numFmt ?? ''}`),
      ),
    );
  let pdf: string | null = null;
  if (pdfMissing.length === 0) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hn-signed-'));
    const file = path.join(dir, 'return.pdf');
    writeFileSync(file, (await quarterlyReport(t.ctx, viewer, '314', Q1, 'pdf')).content);
    pdf = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
  }
  return { view, xlsx, pdf };
}

/** Every edit the issue lists, except those to the versions the return holds. */
async function editEverythingElse(round: number): Promise<void> {
  // A KPI value of the return's period (KPI 23 is recorded, not computed) and the period's value version.
  await recordKpiValue(t.ctx, cli, '314', '23', '2021-05', {
    value: 99_999 + round,
    comment: `edit ${round}`,
  });
  await copyVersion(t.ctx, cli, '314', PROJECTION, { name: `Other version ${round}` });
  await setLineAmount(t.ctx, cli, '314', `Other version ${round}`, 'hnb-allocation', {
    year: '2021-22',
    amount: 1 + round,
  });
  await setKpiPeriod(t.ctx, cli, '314', '2021-05', { valueVersion: `Other version ${round}` });
  // The agreement (its profile and funding) and the council's named officers.
  const { agreement } = JSON.parse(readFileSync(kingstonAgreementFile, 'utf8')) as {
    agreement: Record<string, unknown>;
  };
  await saveAgreement(t.ctx, cli, '314', {
    ...agreement,
    name: `Changed agreement ${round}`,
    deficitProfile: [{ year: '2021-22', maximum: 1 + round }],
  });
  await updateCouncilDetails(t.ctx, cli, '314', { s151Officer: `Someone else ${round}` });
  // The placement register the computed KPIs 25-34 read.
  if (round === 1) await deletePlacementSnapshot(t.ctx, cli, '314', '2021-05-31');
}

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
}, 120_000);
afterAll(async () => t?.database.close());

describe(`a signed Safety Valve return does not change (issue 16)${pdfMissing.length > 0 ? ` [PDF part skipped: ${pdfMissing.join(', ')} missing]` : ''}`, () => {
  let signed: Awaited<ReturnType<typeof outputs>>;

  it('captures a snapshot at the first signature and holds the versions it reads', async () => {
    expect((await returnView(t.ctx, viewer, '314', Q1)).snapshot).toBeNull();
    await signReturn(t.ctx, signer(5, 's151@kingston.example', 's151'), '314', Q1, { as: 's151' });
    const view = await returnView(t.ctx, viewer, '314', Q1);
    expect(view.status).toBe('signedByS151');
    expect(view.snapshot).toMatchObject({
      capturedBy: 's151@kingston.example',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
    expect(view.snapshot!.versions).toEqual([
      { name: AGREED, role: 'agreed' },
      { name: AGREED, role: 'kpiTarget' },
      { name: PROJECTION, role: 'kpiValue' },
      { name: PROJECTION, role: 'projection' },
    ]);
    const versions = await listVersions(t.ctx, viewer, '314');
    expect(versions.find((v) => v.name === PROJECTION)!.heldBy).toEqual([
      { period: Q1, status: 'signedByS151' },
    ]);
    expect(
      versions.find((v) => v.name === 'SEND Transformation Plan 2019/20 to 2021/22')?.heldBy ?? [],
    ).toEqual([]);
    expect((await getVersion(t.ctx, viewer, '314', PROJECTION)).version.heldBy).toEqual([
      { period: Q1, status: 'signedByS151' },
    ]);
    signed = await outputs();
    expect(signed.xlsx.length).toBeGreaterThan(100);
  }, 120_000);

  it('refuses every edit of a held version, naming the return (409)', async () => {
    const held = `"${PROJECTION}" is used by the signed Safety Valve return 2021-22 Q1; copy it to change it`;
    const attempts: Array<[string, () => Promise<unknown>]> = [
      [
        'amount',
        () =>
          setLineAmount(t.ctx, cli, '314', PROJECTION, 'hnb-allocation', {
            year: '2021-22',
            amount: 26_896_881,
          }),
      ],
      ['add line', () => addLine(t.ctx, cli, '314', PROJECTION, { kind: 'pressure', label: 'New pressure' })],
      ['label', () => updateLine(t.ctx, cli, '314', PROJECTION, 'spend-central', { label: 'Central' })],
      ['remove line', () => removeLine(t.ctx, cli, '314', PROJECTION, 'spend-central')],
      ['delete', () => deleteVersion(t.ctx, cli, '314', PROJECTION)],
      [
        'import over it',
        async () => {
          const { plan } = await getVersion(t.ctx, cli, '314', PROJECTION);
          return importVersion(t.ctx, cli, '314', planToJson(plan), { replace: true });
        },
      ],
    ];
    for (const [what, attempt] of attempts) {
      await expect(attempt(), what).rejects.toMatchObject({
        status: 409,
        message: expect.stringContaining(held) as unknown,
      });
    }
    // The agreed model is frozen as well as held: it stays refused for the older reason first.
    await expect(
      setLineAmount(t.ctx, cli, '314', AGREED, 'hnb-allocation', { year: '2021-22', amount: 1 }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('puts out the same view, PDF text and workbook cells after edits everywhere else', async () => {
    await editEverythingElse(1);
    await signReturn(t.ctx, signer(6, 'dcs@kingston.example', 'dcs'), '314', Q1, { as: 'dcs' });
    const after = await outputs();
    // Signing again changed the status and sign-offs (live), not the figures.
    const figures = (text: string) => {
      const {
        status,
        statusText,
        lockMessage,
        can,
        return: r,
        updatedAt,
        revision,
        ...rest
      } = JSON.parse(text) as Record<string, unknown> & { return: Record<string, unknown> };
      const { s151SignOff, dcsSignOff, ...content } = r;
      void [status, statusText, lockMessage, can, updatedAt, revision, s151SignOff, dcsSignOff];
      return JSON.stringify({ ...rest, content });
    };
    expect(figures(after.view)).toBe(figures(signed.view));
    await editEverythingElse(2);
    const again = await outputs();
    expect(again.view).toBe(after.view);
    expect(again.xlsx).toEqual(after.xlsx);
    expect(again.pdf).toBe(after.pdf);
    if (after.pdf !== null) {
      expect(after.pdf).toContain('signed in highneeds by Demo dcs');
      expect(after.pdf).not.toContain('Someone else');
      expect(after.pdf).not.toContain('Changed agreement');
    }
  }, 240_000);

  it('changes after an administrator reopens it: the versions can change again and the next signature captures afresh', async () => {
    const before = await outputs();
    const reopened = await reopenReturn(t.ctx, cli, '314', Q1, { reason: 'HNB allocation corrected' });
    expect(reopened.s151SignOff).toBeNull();
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'reopen')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({
      reason: 'HNB allocation corrected',
      snapshotDiscarded: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
    await setLineAmount(t.ctx, cli, '314', PROJECTION, 'hnb-allocation', {
      year: '2021-22',
      amount: 26_896_881,
    });
    const view = await returnView(t.ctx, viewer, '314', Q1);
    expect(view.snapshot).toBeNull();
    const reopenedOut = await outputs();
    expect(reopenedOut.view).not.toBe(before.view);
    expect(reopenedOut.xlsx).not.toEqual(before.xlsx);
    if (before.pdf !== null) {
      expect(reopenedOut.pdf).not.toBe(before.pdf);
      expect(reopenedOut.pdf).toContain('Someone else 2');
    }
    // The live view reads the edited allocation: £1,000,000 more income than the signed one showed.
    const signedView = JSON.parse(before.view) as ReturnView;
    expect(JSON.stringify(view.monitoring)).not.toBe(JSON.stringify(signedView.monitoring));
    await signReturn(t.ctx, signer(5, 's151@kingston.example', 's151'), '314', Q1, { as: 's151' });
    const recaptured = await returnView(t.ctx, viewer, '314', Q1);
    expect(recaptured.snapshot!.sha256).not.toBe(signedView.snapshot!.sha256);
    expect(recaptured.snapshot!.versions.map((v) => v.name)).toContain(`Other version 2`);
  }, 240_000);

  it('refuses a snapshot altered outside highneeds', async () => {
    const row = await t.ctx.db
      .selectFrom('sv_return_snapshots')
      .select(['return_id', 'content'])
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('sv_return_snapshots')
      .set({ content: row.content.replace('"Kingston upon Thames"', '"Elsewhere"') })
      .where('return_id', '=', row.return_id)
      .execute();
    await expect(returnView(t.ctx, viewer, '314', Q1)).rejects.toThrow('does not match its SHA-256');
  });
});
