// Lost updates over HTTP (issue 16): two people edit the same thing; the write made from a stale read is
// refused with 409, the current value, who changed it and when, and nothing of it is saved. Every edit
// route takes the revision read, as `expectedRevision` in the body or as If-Match; reads answer an ETag.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kingstonAgreementFile } from '../src/services/safetyValve/demo';
import { startTwoCouncils, type TwoCouncils } from './twoCouncils';

let s: TwoCouncils;
const MAY = encodeURIComponent('Latest forecast, May 2021');
const version = `/api/councils/314/model/versions/${MAY}`;

beforeAll(async () => {
  s = await startTwoCouncils();
}, 120_000);
afterAll(async () => s?.close());

interface Conflict {
  error: string;
  field: string;
  conflict: { revision: number; changedBy: string | null; changedAt: string | null; current: unknown };
}

const json = async <T>(response: Response) => (await response.json()) as T;

describe('a write made from a stale read is refused (409), never a silent overwrite', () => {
  it('refuses the second of two edits of one grid cell, made from the same read (the issue: 662,800)', async () => {
    const read = await s.call('finance', 'GET', version);
    const detail = await json<{
      version: { revision: number };
      plan: { lines: Array<{ id: string; amounts: Record<string, number> }> };
      revisions: Record<string, { revision: number; amounts: Record<string, number> }>;
    }>(read);
    expect(read.headers.get('etag')).toBe(`"${detail.version.revision}"`);
    const cell = detail.revisions['block-transfers']!.amounts['2021-22']!;
    expect(detail.plan.lines.find((l) => l.id === 'block-transfers')!.amounts['2021-22']).toBe(662_800_00);
    const amounts = `${version}/lines/block-transfers/amounts`;

    const second = await s.call('finance2', 'PUT', amounts, {
      year: '2021-22',
      amount: 662_911,
      expectedRevision: cell,
    });
    expect(second.status).toBe(200);
    expect(await json<{ revision: number }>(second)).toMatchObject({
      amount: 662_911_00,
      revision: cell + 1,
    });

    const stale = await s.call(
      'finance',
      'PUT',
      amounts,
      { year: '2021-22', amount: 700_000 },
      { 'if-match': `"${cell}"` },
    );
    expect(stale.status).toBe(409);
    const body = await json<Conflict>(stale);
    expect(body).toMatchObject({
      field: 'expectedRevision',
      conflict: {
        revision: cell + 1,
        changedBy: 'finance2@kingston.example',
        changedAt: '2021-06-18T09:00:00.000Z',
        current: { line: 'block-transfers', year: '2021-22', amount: 662_911_00 },
      },
    });
    expect(body.error).toContain('it is now £662,911');
    expect(body.error).toContain('Nothing was saved');
    const after = await json<{ plan: { lines: Array<{ id: string; amounts: Record<string, number> }> } }>(
      await s.call('viewer', 'GET', version),
    );
    expect(after.plan.lines.find((l) => l.id === 'block-transfers')!.amounts['2021-22']).toBe(662_911_00);
    // Read again, write again: accepted.
    const again = await s.call('finance', 'PUT', amounts, {
      year: '2021-22',
      amount: 700_000,
      expectedRevision: cell + 1,
    });
    expect(again.status).toBe(200);
  });

  it('refuses a stale freeze, line change or delete of a version, and a malformed If-Match', async () => {
    await s.call('finance', 'POST', `${version}/copy`, { name: 'Scratch' });
    const scratch = '/api/councils/314/model/versions/Scratch';
    const read = await s.call('finance', 'GET', scratch);
    const revision = Number((read.headers.get('etag') ?? '').replaceAll('"', ''));
    const lineRevision = (await json<{ revisions: Record<string, { revision: number }> }>(read)).revisions[
      'hnb-allocation'
    ]!.revision;
    expect(
      (
        await s.call('finance2', 'PATCH', `${scratch}/lines/hnb-allocation`, {
          label: 'HNB',
          expectedRevision: lineRevision,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await s.call(
          'finance',
          'PATCH',
          `${scratch}/lines/hnb-allocation`,
          { label: 'Mine' },
          { 'if-match': `"${lineRevision}"` },
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await s.call('finance', 'DELETE', `${scratch}/lines/hnb-allocation`, undefined, {
          'if-match': `"${lineRevision}"`,
        })
      ).status,
    ).toBe(409);
    expect(
      (await s.call('finance', 'POST', `${scratch}/freeze`, undefined, { 'if-match': `"${revision}"` }))
        .status,
    ).toBe(409);
    expect(
      (await s.call('finance', 'DELETE', scratch, undefined, { 'if-match': `"${revision}"` })).status,
    ).toBe(409);
    const bad = await s.call('finance', 'DELETE', scratch, undefined, { 'if-match': 'yesterday' });
    expect(bad.status).toBe(400);
    expect(await json<{ field: string }>(bad)).toMatchObject({ field: 'If-Match' });
    const both = await s.call(
      'finance',
      'PATCH',
      `${scratch}/lines/hnb-allocation`,
      { label: 'x', expectedRevision: 1 },
      { 'if-match': '"2"' },
    );
    expect(both.status).toBe(400);
    expect((await s.call('viewer', 'GET', scratch)).status).toBe(200);
  });

  it('refuses a stale KPI value and a stale KPI period', async () => {
    const dashboard = await json<{ kpis: Array<{ ref: string; revision: number }>; periodRevision: number }>(
      await s.call('finance', 'GET', '/api/councils/314/kpis/dashboard?period=2021-05'),
    );
    const k23 = dashboard.kpis.find((k) => k.ref === '23')!.revision;
    const value = '/api/councils/314/kpis/2021-22/23/values/2021-05';
    expect((await s.call('finance2', 'PUT', value, { value: 20_000, expectedRevision: k23 })).status).toBe(
      200,
    );
    const stale = await s.call('finance', 'PUT', value, { value: 21_000, expectedRevision: k23 });
    expect(stale.status).toBe(409);
    expect(await json<Conflict>(stale)).toMatchObject({
      conflict: { changedBy: 'finance2@kingston.example', current: { ref: '23', value: 20_000_00 } },
    });
    const period = '/api/councils/314/kpis/periods/2021-05';
    const p = dashboard.periodRevision;
    expect(
      (
        await s.call('finance2', 'PUT', period, {
          dataDate: '2021-05-31',
          valueVersion: 'Latest forecast, May 2021',
          expectedRevision: p,
        })
      ).status,
    ).toBe(200);
    expect(
      (await s.call('finance', 'PUT', period, { dataDate: '2021-05-30', expectedRevision: p })).status,
    ).toBe(409);
    const set = await s.call('viewer', 'GET', '/api/councils/314/kpis/2021-22');
    expect(set.headers.get('etag')).toMatch(/^"\d+"$/);
  });

  it('refuses a stale change of a return, a condition, the agreement, an instalment, the council, the tolerance and placement settings', async () => {
    const sv = '/api/councils/314/safety-valve';
    const ret = await s.call('finance', 'GET', `${sv}/returns/2021-22-Q1`);
    const r = Number((ret.headers.get('etag') ?? '').replaceAll('"', ''));
    expect(
      (
        await s.call('finance2', 'PATCH', `${sv}/returns/2021-22-Q1`, {
          summary: 'Theirs',
          expectedRevision: r,
        })
      ).status,
    ).toBe(200);
    const staleReturn = await s.call('finance', 'PATCH', `${sv}/returns/2021-22-Q1`, {
      summary: 'Mine',
      expectedRevision: r,
    });
    expect(staleReturn.status).toBe(409);
    expect(await json<Conflict>(staleReturn)).toMatchObject({ conflict: { current: { summary: 'Theirs' } } });
    expect(
      (
        await s.call('send', 'PUT', `${sv}/returns/2021-22-Q1/conditions/2`, {
          narrative: 'x',
          expectedRevision: r,
        })
      ).status,
    ).toBe(409);

    const agreement = await s.call('finance', 'GET', `${sv}/agreement`);
    const a = await json<{ revision: number; paymentRevisions: Record<string, number> }>(agreement);
    expect(agreement.headers.get('etag')).toBe(`"${a.revision}"`);
    const [paymentKey, paymentRevision] = Object.entries(a.paymentRevisions)[0]!;
    const [year, ...instalment] = paymentKey.split(' ');
    const payment = `${sv}/agreement/payments/${year}/${encodeURIComponent(instalment.join(' '))}`;
    expect(
      (await s.call('finance2', 'PUT', payment, { note: 'checked', expectedRevision: paymentRevision }))
        .status,
    ).toBe(200);
    expect(
      (await s.call('finance', 'PUT', payment, { note: 'mine', expectedRevision: paymentRevision })).status,
    ).toBe(409);
    // The instalment moved the agreement on: a whole-agreement save from the old read would undo it.
    const file = JSON.parse(readFileSync(kingstonAgreementFile, 'utf8')) as { agreement: object };
    const staleAgreement = await s.call('finance', 'PUT', `${sv}/agreement`, {
      ...file.agreement,
      expectedRevision: a.revision,
    });
    expect(staleAgreement.status).toBe(409);

    const council = await s.call('admin', 'GET', '/api/councils/314');
    const c = await json<{ revision: number }>(council);
    expect(
      (
        await s.call('admin', 'PATCH', '/api/councils/314', {
          s151Officer: 'A. Officer',
          expectedRevision: c.revision,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await s.call('finance', 'PATCH', '/api/councils/314', {
          s151Officer: 'B. Officer',
          expectedRevision: c.revision,
        })
      ).status,
    ).toBe(409);
    // The tolerance lives on the council's row: the officer change above moved it on too.
    expect(
      (
        await s.call('finance', 'PUT', '/api/councils/314/model/tolerance', {
          amber: { absolute: 1 },
          red: { absolute: 2 },
          expectedRevision: c.revision,
        })
      ).status,
    ).toBe(409);

    const settings = await json<{ revision: number }>(
      await s.call('send', 'GET', '/api/councils/314/placements/settings'),
    );
    expect(
      (
        await s.call('send', 'PUT', '/api/councils/314/placements/settings', {
          notionalSenThreshold: 600_000,
          expectedRevision: settings.revision,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await s.call('admin', 'PUT', '/api/councils/314/placements/settings', {
          notionalSenThreshold: 700_000,
          expectedRevision: settings.revision,
        })
      ).status,
    ).toBe(409);
  });

  it('tells another council nothing: a stale write on a council you cannot see is a 404, with no current value', async () => {
    const amounts = `${version}/lines/block-transfers/amounts`;
    const res = await s.call('richmondFinance', 'PUT', amounts, {
      year: '2021-22',
      amount: 1,
      expectedRevision: 0,
    });
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain('conflict');
  });
});
