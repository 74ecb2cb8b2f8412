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
  for (const role of ['finance', 'viewer']) {
    const res = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@kingston.example`, password: `kingston-${role}` }),
    });
    cookies[role] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
});
afterAll(async () => t.database.close());

const base = '/api/councils/314/model';
const enc = encodeURIComponent;
function call(method: string, path: string, role: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: { cookie: cookies[role]!, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describe('financial model API', () => {
  it('lists the versions for a viewer', async () => {
    const res = await call('GET', `${base}/versions`, 'viewer');
    const { versions } = (await res.json()) as { versions: Array<{ name: string; status: string }> };
    expect(versions).toHaveLength(4);
  });

  it('returns a version with its derived figures and checks', async () => {
    const res = await call('GET', `${base}/versions/${enc('Safety Valve agreement, March 2021')}`, 'viewer');
    const body = (await res.json()) as {
      years: Array<{ inYearDsgDeficit: number }>;
      checks: Array<{ check: string }>;
    };
    expect(body.years[0]!.inYearDsgDeficit).toBe(3_482_000_00);
    expect(body.checks.map((c) => c.check)).toEqual(['opening-equals-prior-outturn']);
  });

  it('edits an amount as finance (409 on a frozen version, 403 for a viewer, 400 naming the field)', async () => {
    const amountPath = (version: string) => `${base}/versions/${enc(version)}/lines/general-fund/amounts`;
    expect(
      (
        await call('PUT', amountPath('Safety Valve agreement, March 2021'), 'finance', {
          year: '2021-22',
          amount: 0,
        })
      ).status,
    ).toBe(409);
    expect(
      (await call('PUT', amountPath('Latest forecast, May 2021'), 'viewer', { year: '2021-22', amount: 0 }))
        .status,
    ).toBe(403);
    const bad = await call('PUT', amountPath('Latest forecast, May 2021'), 'finance', {
      year: '2021-22',
      amount: 'lots',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'amount' });
    const ok = await call('PUT', amountPath('Latest forecast, May 2021'), 'finance', {
      year: '2021-22',
      amount: '£1,300,000',
    });
    expect(await ok.json()).toEqual({
      line: 'general-fund',
      year: '2021-22',
      amount: 1_300_000_00,
      revision: 2,
    });
  });

  it('answers an invalid import with every problem listed and saves nothing', async () => {
    const res = await call('POST', `${base}/versions`, 'finance', {
      council: '314',
      version: 'Broken',
      years: ['2021-22'],
      opening: {},
      lines: [{ kind: 'saving', label: '', amounts: { '2021-22': 'x' } }],
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: string[] };
    expect(body.problems).toEqual([
      'opening.cumulativeDeficit: is blank: enter 0 if the amount is nil',
      'lines[0].label: is required',
      "lines[0].amounts.2021-22: 'x' is not an amount in pounds (at most 2 decimal places)",
    ]);
    expect((await call('GET', `${base}/versions/Broken`, 'finance')).status).toBe(404);
  });

  it('downloads the grid as a workbook and the version as a JSON file', async () => {
    const xlsx = await call(
      'GET',
      `${base}/versions/${enc('Latest forecast, May 2021')}?format=xlsx`,
      'viewer',
    );
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // zip
    const json = await call(
      'GET',
      `${base}/versions/${enc('Latest forecast, May 2021')}?format=json-file`,
      'viewer',
    );
    expect(await json.json()).toMatchObject({
      version: 'Latest forecast, May 2021',
      opening: { cumulativeDeficit: 24_401_000 },
    });
  });

  it('compares two versions with the monitoring table', async () => {
    const res = await call(
      'GET',
      `${base}/compare?from=${enc('Safety Valve agreement, March 2021')}&to=${enc('Deficit recovery plan, June 2019')}`,
      'viewer',
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ year: '2021-22', commonYears: ['2021-22'] });
  });
});

describe('recovery plan workbook API', () => {
  it('downloads the 2019 template workbook and imports it back under a new name', async () => {
    const res = await call(
      'GET',
      `${base}/versions/${enc('Deficit recovery plan, June 2019')}/recovery-plan?format=xlsx`,
      'viewer',
    );
    expect(res.status).toBe(200);
    const file = await res.arrayBuffer();
    const imported = await app.request(`${base}/recovery-plans?name=${enc('DRP re-imported')}`, {
      method: 'POST',
      headers: {
        cookie: cookies.finance!,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: file,
    });
    expect(imported.status).toBe(201);
    const version = await call('GET', `${base}/versions/${enc('DRP re-imported')}`, 'viewer');
    const { years } = (await version.json()) as { years: Array<{ cumulativeDeficitBeforeDfe: number }> };
    // Seed 000, DSG balance c/f
    expect(years.map((y) => y.cumulativeDeficitBeforeDfe / 100)).toEqual([
      11_071_000, 14_190_000, 16_672_000, 17_911_000, 19_252_000, 19_252_000,
    ]);
  });
});
