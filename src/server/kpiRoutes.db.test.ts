import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../services/demo';
import { loadDemoKpis } from '../services/kpi/demo';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

let t: TestContext;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await openTestContext();
  const cli = { kind: 'system', label: 'test' } as const;
  await loadDemo(t.ctx, cli);
  await loadDemoKpis(t.ctx, cli);
  app = createApp(t.ctx, { logError: () => {} });
  for (const role of ['finance', 'send', 'viewer']) {
    const res = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@kingston.example`, password: `kingston-${role}` }),
    });
    cookies[role] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
});
afterAll(async () => t.database.close());

const base = '/api/councils/314/kpis';
function call(method: string, path: string, role: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: { cookie: cookies[role]!, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describe('KPI API', () => {
  it('evaluates a period for a viewer (seed 003: KPI 1 1,447 G; KPI 16 −22.33% G)', async () => {
    const res = await call('GET', `${base}/evaluation?period=2021-05`, 'viewer');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      kpis: Array<{ ref: string; periodTarget: number | null; value: number | null; rag: string | null }>;
      checks: unknown[];
    };
    expect(body.kpis[0]).toMatchObject({ ref: '1', periodTarget: 1447, value: 1447, rag: 'G' });
    expect(body.kpis.find((k) => k.ref === '16')).toMatchObject({
      periodTarget: -22.76,
      value: -22.33,
      rag: 'G',
    });
    expect(body.checks).toHaveLength(2);
    expect((await call('GET', `${base}/evaluation`, 'viewer')).status).toBe(400);
  });

  it('answers the dashboard in one call, with what the asking role may record (seed 003: KPI 2 1.26% A)', async () => {
    const res = await call('GET', `${base}/dashboard?period=2021-05`, 'send');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      period: string;
      kpis: Array<{
        ref: string;
        value: number;
        rag: string;
        mayRecord: boolean;
        display: { value: string };
      }>;
    };
    expect(body.period).toBe('2021-05');
    expect(body.kpis.find((k) => k.ref === '2')).toMatchObject({
      value: 1.26,
      rag: 'A',
      mayRecord: true,
      display: { value: '1.26%' },
    });
    expect(body.kpis.find((k) => k.ref === '9')?.mayRecord).toBe(false);
    expect((await call('GET', `${base}/dashboard?period=2020-05`, 'viewer')).status).toBe(404);
  });

  it('reads the set and a history', async () => {
    const set = (await (await call('GET', `${base}/2021-22`, 'viewer')).json()) as { kpis: unknown[] };
    expect(set.kpis).toHaveLength(39);
    const history = (await (await call('GET', `${base}/2021-22/9/history`, 'viewer')).json()) as {
      history: unknown[];
    };
    expect(history.history).toEqual([
      {
        period: '2021-05',
        periodTarget: 5_432_000_00,
        value: 5_120_000_00,
        rag: 'G',
        overridden: false,
        comment: 'Excludes £1.2m GF contribution',
      },
    ]);
    expect((await call('GET', `${base}/2022-23`, 'viewer')).status).toBe(404);
  });

  it('records values by role: send records demand KPIs (200), not financial ones (403); viewers none', async () => {
    expect((await call('PUT', `${base}/2021-22/5/values/2021-06`, 'send', { value: 37 })).status).toBe(200);
    expect((await call('PUT', `${base}/2021-22/21/values/2021-06`, 'send', { value: 1 })).status).toBe(403);
    expect((await call('PUT', `${base}/2021-22/5/values/2021-06`, 'viewer', { value: 1 })).status).toBe(403);
    const bad = await call('PUT', `${base}/2021-22/7/values/2021-06`, 'finance', { value: 120 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'value' });
  });

  it('defines a KPI and sets a period as finance; refuses a duplicate import with 409 and a bad file with every problem', async () => {
    const define = await call(
      'PUT',
      `${base}/2021-22/39?targetVersion=${encodeURIComponent('Safety Valve agreement, March 2021')}`,
      'finance',
      {
        name: 'Tribunal appeals',
        category: 'Statutory compliance',
        unit: 'count',
        direction: 'lower',
        baseline: 12,
        baselineDate: '2021-03-31',
        annualTarget: 10,
      },
    );
    expect(define.status).toBe(200);
    expect(
      (
        await call('PUT', `${base}/periods/2021-06`, 'finance', {
          dataDate: '2021-06-30',
          valueVersion: 'Latest forecast, May 2021',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('POST', base, 'finance', {
          council: '314',
          financialYear: '2021-22',
          kpis: [
            {
              ref: '1',
              name: 'x',
              category: 'y',
              unit: 'count',
              direction: 'lower',
              baseline: 1,
              baselineDate: '2021-03-31',
              annualTarget: 1,
            },
          ],
        })
      ).status,
    ).toBe(409);
    const bad = await call('POST', base, 'finance', {
      council: '314',
      financialYear: '2022-23',
      kpis: [{ ref: '1', unit: 'litres' }],
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: string[] }).problems).toContain(
      'kpis[0].unit: must be one of count, percent, money',
    );
  });
});
