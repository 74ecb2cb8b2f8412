// The signed-return freeze over HTTP (issue 16): once the S151 officer signs Kingston's Q1 2021-22 return,
// the versions it reads refuse every change (409 naming the return), edits anywhere else change nothing
// in its page, PDF or workbook, another council cannot reopen it, and an administrator's reopening lets
// the figures move again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listForecastInputs } from '../src/services/forecasts/inputSets';
import { whenRunSettles } from '../src/services/forecasts/runDispatch';
import { startForecastRun } from '../src/services/forecasts/runs';
import { setup, startTwoCouncils, type Person, type TwoCouncils } from './twoCouncils';

let s: TwoCouncils;
const sv = '/api/councils/314/safety-valve';
const Q1 = `${sv}/returns/2021-22-Q1`;
const MAY = `/api/councils/314/model/versions/${encodeURIComponent('Latest forecast, May 2021')}`;
const HELD =
  '"Latest forecast, May 2021" is used by the signed Safety Valve return 2021-22 Q1; copy it to change it';
const pdfMissing = ['/usr/bin/chromium', '/usr/bin/pdftotext'].filter((tool) => !existsSync(tool));

beforeAll(async () => {
  s = await startTwoCouncils();
  const [inputs] = await listForecastInputs(s.t.ctx, setup, '314');
  const run = await startForecastRun(s.t.ctx, setup, '314', {
    inputSetId: inputs!.id,
    simulations: 10,
    seed: 1,
  });
  const row = await s.t.ctx.db
    .selectFrom('forecast_runs')
    .select('id')
    .where('number', '=', run.number)
    .executeTakeFirstOrThrow();
  await whenRunSettles(row.id);
}, 180_000);
afterAll(async () => s?.close());

/** What the return puts out for a viewer: the page's JSON, every workbook cell, and the PDF's text. */
async function outputs(who: Person = 'viewer') {
  const view = await (await s.call(who, 'GET', Q1)).text();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await (await s.call(who, 'GET', `${Q1}/report.xlsx`)).arrayBuffer());
  const cells: string[] = [];
  for (const sheet of wb.worksheets)
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => cells.push(`${sheet.name}!${r},${c}=${JSON.stringify(cell.value)}`)),
    );
  let pdf: string | null = null;
  if (pdfMissing.length === 0) {
    const dir = mkdtempSync(path.join(tmpdir(), 'hn-sec-'));
    writeFileSync(
      path.join(dir, 'r.pdf'),
      new Uint8Array(await (await s.call(who, 'GET', `${Q1}/report.pdf`)).arrayBuffer()),
    );
    pdf = execFileSync('/usr/bin/pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
  }
  return { view, cells, pdf };
}

describe(`a signed Safety Valve return over HTTP${pdfMissing.length > 0 ? ` [PDF text not compared: ${pdfMissing.join(', ')} missing]` : ''}`, () => {
  let signed: Awaited<ReturnType<typeof outputs>>;

  it('captures the snapshot at the S151 officer’s signature and says which versions it holds', async () => {
    const read = await s.call('s151', 'GET', Q1);
    const revision = Number((read.headers.get('etag') ?? '').replaceAll('"', ''));
    const sign = await s.call(
      's151',
      'POST',
      `${Q1}/sign-off`,
      { as: 's151' },
      { 'if-match': `"${revision}"` },
    );
    expect(sign.status).toBe(200);
    expect(await sign.json()).toMatchObject({
      status: 'signedByS151',
      snapshot: { capturedBy: 's151@kingston.example' },
    });
    const versions = (await (await s.call('viewer', 'GET', '/api/councils/314/model/versions')).json()) as {
      versions: Array<{ name: string; heldBy: Array<{ period: string }> }>;
    };
    expect(versions.versions.find((v) => v.name === 'Latest forecast, May 2021')!.heldBy).toEqual([
      { period: '2021-22-Q1', status: 'signedByS151' },
    ]);
    signed = await outputs();
  }, 120_000);

  it('refuses every change to a held version with 409 naming the return, the forecast push included', async () => {
    const attempts: Array<[string, string, unknown]> = [
      ['PUT', `${MAY}/lines/hnb-allocation/amounts`, { year: '2021-22', amount: 26_896_881 }],
      ['POST', `${MAY}/lines`, { kind: 'pressure', label: 'More' }],
      ['PATCH', `${MAY}/lines/spend-central`, { label: 'Central' }],
      ['DELETE', `${MAY}/lines/spend-central`, undefined],
      ['DELETE', MAY, undefined],
      [
        'POST',
        '/api/councils/314/forecasts/runs/1/plan-push/preview',
        { version: 'Latest forecast, May 2021', replace: ['spend-direct'] },
      ],
    ];
    for (const [method, url, body] of attempts) {
      const res = await s.call('finance', method, url, body);
      expect(res.status, `${method} ${url}`).toBe(409);
      expect(((await res.json()) as { error: string }).error, `${method} ${url}`).toContain(HELD);
    }
  });

  it('changes nothing in the page, the workbook or the PDF when everything else is edited', async () => {
    const edits: Array<[Person, string, string, unknown]> = [
      ['finance', 'PUT', '/api/councils/314/kpis/2021-22/23/values/2021-05', { value: 1 }],
      ['finance', 'POST', `${MAY}/copy`, { name: 'Another version' }],
      [
        'finance',
        'PUT',
        '/api/councils/314/model/versions/Another%20version/lines/hnb-allocation/amounts',
        { year: '2021-22', amount: 1 },
      ],
      ['finance', 'PUT', '/api/councils/314/kpis/periods/2021-05', { valueVersion: 'Another version' }],
      ['admin', 'PATCH', '/api/councils/314', { s151Officer: 'Somebody Else' }],
      ['send', 'PUT', '/api/councils/314/placements/settings', { notionalSenThreshold: 1 }],
      ['send', 'DELETE', '/api/councils/314/placements/snapshots/2021-05-31', undefined],
    ];
    for (const [who, method, url, body] of edits) {
      const res = await s.call(who, method, url, body);
      expect(res.status, `${method} ${url}`).toBeLessThan(300);
    }
    const after = await outputs();
    expect(after.view).toBe(signed.view);
    expect(after.cells).toEqual(signed.cells);
    expect(after.pdf).toBe(signed.pdf);
  }, 240_000);

  it('lets no other council reopen it, and a Kingston administrator only with a reason', async () => {
    expect((await s.call('richmondAdmin', 'POST', `${Q1}/reopen`, { reason: 'mine now' })).status).toBe(404);
    expect((await s.call('finance', 'POST', `${Q1}/reopen`, { reason: 'x' })).status).toBe(403);
    expect((await s.call('admin', 'POST', `${Q1}/reopen`, {})).status).toBe(400);
    const reopened = await s.call('admin', 'POST', `${Q1}/reopen`, { reason: 'Allocation corrected' });
    expect(reopened.status).toBe(200);
    expect(await reopened.json()).toMatchObject({ status: 'draft', snapshot: null });
    const edit = await s.call('finance', 'PUT', `${MAY}/lines/hnb-allocation/amounts`, {
      year: '2021-22',
      amount: 26_896_881,
    });
    expect(edit.status).toBe(200);
    const after = await outputs();
    expect(after.view).not.toBe(signed.view);
    expect(after.cells).not.toEqual(signed.cells);
    if (after.pdf !== null) expect(after.pdf).toContain('Somebody Else');
  }, 240_000);
});
