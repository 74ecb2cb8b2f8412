import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../services/demo';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

let t: TestContext;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, { kind: 'system', label: 'test' });
  app = createApp(t.ctx, { logError: () => {} });
  for (const role of ['finance', 'viewer', 'admin', 's151', 'dcs']) {
    const res = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@kingston.example`, password: `kingston-${role}` }),
    });
    expect(res.status).toBe(200);
    cookies[role] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
});
afterAll(async () => t.database.close());

const base = '/api/councils/314/safety-valve';
const q1 = `${base}/returns/2021-22-Q1`;
function call(method: string, path: string, role: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: { cookie: cookies[role]!, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}
async function json<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}

describe('Safety Valve API', () => {
  it('shows the demo agreement to a viewer (seed 004 G: £9m received and £3m written off in 2020-21; seed 003: 2021-22 maximum £28,607,000)', async () => {
    const res = await call('GET', `${base}/agreement`, 'viewer');
    expect(res.status).toBe(200);
    const body = await json<{
      agreement: { conditions: Array<{ number: string }>; deficitProfile: unknown[] };
      payments: { total: { planned: number; received: number }; writtenOff: number; notYetProfiled: number };
      deficitProfile: {
        points: Array<{
          year: string;
          maximum: number | null;
          agreed: number | null;
          projected: number | null;
        }>;
      };
    }>(res);
    expect(body.agreement.conditions.map((c) => c.number)).toEqual([
      '2',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '3.6',
      '3.7',
      '3.8',
    ]);
    expect(body.agreement.deficitProfile).toEqual([{ year: '2021-22', maximum: 28_607_000_00 }]);
    expect(body.payments.total).toMatchObject({ planned: 14_000_000_00, received: 9_000_000_00 });
    expect(body.payments.writtenOff).toBe(3_000_000_00);
    expect(body.payments.notYetProfiled).toBe(13_000_000_00);
    expect(body.deficitProfile.points.find((p) => p.year === '2021-22')).toEqual({
      year: '2021-22',
      maximum: 28_607_000_00,
      agreed: 28_607_000_00,
      projected: 27_886_000_00,
    });
  });

  it('lists the demo return as a draft and shows its view', async () => {
    const list = await json<{ returns: Array<{ period: string; status: string }> }>(
      call('GET', `${base}/returns`, 'viewer'),
    );
    expect(list.returns).toEqual([expect.objectContaining({ period: '2021-22-Q1', status: 'draft' })]);
    const view = await json<{
      status: string;
      can: Record<string, boolean>;
      summaries: { assurance: Record<string, number> };
    }>(call('GET', q1, 'viewer'));
    expect(view.status).toBe('draft');
    expect(view.can).toEqual({
      edit: false,
      editConditions: false,
      signAsS151: false,
      signAsDcs: false,
      reopen: false,
    });
    expect(view.summaries.assurance).toEqual({ Good: 7, Medium: 2, Low: 0, notAssessed: 0 });
  });

  it('refuses a return for a period outside the agreement, and a sign-off without the role (nothing saved)', async () => {
    const outside = await call('POST', `${base}/returns`, 'finance', {
      period: '2026-27-Q1',
      dataDate: '2026-05-31',
    });
    expect(outside.status).toBe(400);
    expect(await outside.json()).toEqual({
      error: 'period: 2026-27-Q1 is outside the agreement, which covers 2020-21 to 2025-26.',
      field: 'period',
    });
    const wrong = await call('POST', `${q1}/sign-off`, 'finance', { as: 's151' });
    expect(wrong.status).toBe(403);
    expect((await json<{ error: string }>(wrong)).error).toContain(
      'Only a user with the s151 role in Kingston upon Thames can sign off a return as S151 officer',
    );
    expect((await json<{ status: string }>(call('GET', q1, 'viewer'))).status).toBe('draft');
  });

  it('locks the return when S151 and DCS have signed; refuses edits (409) until an admin reopens it with a reason', async () => {
    const s151 = await json<{ status: string; can: Record<string, boolean> }>(
      call('POST', `${q1}/sign-off`, 's151', { as: 's151' }),
    );
    expect(s151.status).toBe('signedByS151');
    const dcsView = await json<{ can: Record<string, boolean> }>(call('GET', q1, 'dcs'));
    expect(dcsView.can.signAsDcs).toBe(true);
    const locked = await json<{ status: string; lockMessage: string }>(
      call('POST', `${q1}/sign-off`, 'dcs', { as: 'dcs' }),
    );
    expect(locked.status).toBe('locked');
    expect(locked.lockMessage).toContain('signed off by Demo S151 officer (S151 officer, 18 June 2021)');

    const edit = await call('PUT', `${q1}/conditions/3.4`, 'finance', { assurance: 'Good' });
    expect(edit.status).toBe(409);
    expect((await json<{ error: string }>(edit)).error).toMatch(
      /locked: it was signed off by Demo S151 officer .* An administrator can reopen it/,
    );
    expect((await call('PATCH', q1, 'finance', { summary: 'changed' })).status).toBe(409);

    expect((await call('POST', `${q1}/reopen`, 'finance', { reason: 'typo' })).status).toBe(403);
    expect((await call('POST', `${q1}/reopen`, 'admin', {})).status).toBe(400);
    const reopened = await json<{ status: string; return: { s151SignOff: unknown; dcsSignOff: unknown } }>(
      call('POST', `${q1}/reopen`, 'admin', { reason: 'Condition 3.4 savings corrected' }),
    );
    expect(reopened).toMatchObject({ status: 'draft', return: { s151SignOff: null, dcsSignOff: null } });
    const edited = await call('PUT', `${q1}/conditions/3.4`, 'finance', { assurance: 'Good' });
    expect(edited.status).toBe(200);
  });

  it('downloads the Excel report', async () => {
    const res = await call('GET', `${q1}/report.xlsx`, 'viewer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="Kingston upon Thames Safety Valve return 2021-22-Q1.xlsx"',
    );
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});
