import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../services/demo';
import { demoInputSetName } from '../services/forecasts/demo';
import { runsInProgress } from '../services/forecasts/runDispatch';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

let t: TestContext;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};
const base = '/api/councils/314/forecasts';

async function signIn(email: string, password: string): Promise<string> {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}
const get = (path: string, who: string) => app.request(path, { headers: { cookie: cookies[who]! } });
const post = (path: string, who: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { cookie: cookies[who]!, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, { kind: 'system', label: 'test' });
  app = createApp(t.ctx, { logError: () => {} });
  for (const role of ['send', 'viewer', 'finance'])
    cookies[role] = await signIn(`${role}@kingston.example`, `kingston-${role}`);
});
afterAll(async () => t.database.close());

describe('forecasts API', () => {
  it('starts a run (202), shows its progress and results, downloads them and pushes the cost into a draft', async () => {
    const inputs = (await (await get(`${base}/inputs`, 'viewer')).json()) as {
      inputSets: Array<{ id: number; name: string }>;
    };
    expect(inputs.inputSets.map((s) => s.name)).toEqual([demoInputSetName]);
    const inputSetId = inputs.inputSets[0]!.id;
    expect((await post(`${base}/runs`, 'viewer', { inputSetId })).status).toBe(403);
    const started = await post(`${base}/runs`, 'finance', { inputSetId, simulations: 30, seed: 3 });
    expect(started.status).toBe(202);
    expect(await started.json()).toMatchObject({
      run: { number: 1, status: 'queued', progress: { done: 0, total: 30 } },
    });
    await runsInProgress();
    const shown = (await (await get(`${base}/runs/1`, 'viewer')).json()) as {
      run: { status: string };
      years: Array<{ year: number }>;
      history: unknown[];
    };
    expect(shown.run.status).toBe('completed');
    expect(shown.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(shown.history).toHaveLength(6);
    expect(((await (await get(`${base}/runs`, 'viewer')).json()) as { runs: unknown[] }).runs).toHaveLength(
      1,
    );

    const csv = await get(`${base}/runs/1/download?format=csv`, 'viewer');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="forecast-run-1-314.csv"');
    expect((await csv.text()).split('\n')[0]).toBe(
      'calendar-year,financial-year,measure,key,mean,sd,p5,p10,p25,median,p75,p90,p95',
    );
    const xlsx = await get(`${base}/runs/1/download?format=xlsx`, 'viewer');
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect((await get(`${base}/runs/1/download?format=pdf`, 'viewer')).status).toBe(400);

    expect(
      (await post(`${base}/runs/1/plan-line`, 'send', { version: 'Latest forecast, May 2021' })).status,
    ).toBe(403);
    const frozen = await post(`${base}/runs/1/plan-line`, 'finance', {
      version: 'Safety Valve agreement, March 2021',
    });
    expect(frozen.status).toBe(409);
    const pushed = await post(`${base}/runs/1/plan-line`, 'finance', {
      version: 'Latest forecast, May 2021',
    });
    expect(pushed.status).toBe(200);
    expect(await pushed.json()).toMatchObject({
      line: { kind: 'pressure', label: 'New demand (forecast run 1)' },
      amounts: [{ year: '2021-22', census: 2022 }],
    });
  });

  it('answers 404 for a run that does not exist and 400 for bad inputs with every problem', async () => {
    expect((await get(`${base}/runs/99`, 'viewer')).status).toBe(404);
    expect((await get(`${base}/runs/abc`, 'viewer')).status).toBe(404);
    const bad = await post(`${base}/inputs`, 'send', { name: 'Nothing', files: {} });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: string[] }).problems).toHaveLength(4);
    const notZip = await app.request(`${base}/inputs?name=zip`, {
      method: 'POST',
      headers: { cookie: cookies.send!, 'content-type': 'application/zip' },
      body: 'not a zip',
    });
    expect(notZip.status).toBe(400);
  });
});
