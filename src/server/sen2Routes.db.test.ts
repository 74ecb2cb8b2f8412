import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twelveChildrenDraft, twelveChildrenLookupCsv } from '../io/sen2/testing/twelveChildren';
import { writeBladeExport } from '../io/sen2/writeBlade';
import { createCouncil } from '../services/councils';
import { openTestContext, type TestContext } from '../services/testContext';
import { addCouncilUser } from '../services/users';
import { createApp } from './app';

// The SEN2 API on the hand-worked return (src/io/sen2/testing/twelveChildren.ts).

let t: TestContext;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};
const cli = { kind: 'system', label: 'test' } as const;
const base = '/api/councils/314/sen2';

const filesJson = (draft = twelveChildrenDraft()) =>
  JSON.stringify({ files: Object.fromEntries(writeBladeExport(draft, '2025-01-20')) });
const zip = () =>
  zipSync(
    Object.fromEntries(
      [...writeBladeExport(twelveChildrenDraft(), '2025-01-20')].map(([n, text]) => [
        `export/${n}`,
        strToU8(text),
      ]),
    ),
  );

const call = (method: string, path: string, who: string, body?: BodyInit, type = 'application/json') =>
  app.request(path, {
    method,
    headers: { cookie: cookies[who]!, ...(body !== undefined ? { 'content-type': type } : {}) },
    ...(body !== undefined ? { body } : {}),
  });

beforeAll(async () => {
  t = await openTestContext();
  await createCouncil(t.ctx, cli, {
    code: '314',
    newCode: 'E09000021',
    name: 'Kingston upon Thames',
    region: 'Outer London',
  });
  await createCouncil(t.ctx, cli, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
  app = createApp(t.ctx, { logError: () => {} });
  for (const [council, role] of [
    ['314', 'send'],
    ['314', 'viewer'],
    ['318', 'send'],
  ] as const) {
    const email = `${role}@${council}.example`;
    await addCouncilUser(t.ctx, cli, council, { email, role, password: `${role}-password-long` });
    const res = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: `${role}-password-long` }),
    });
    cookies[`${role}${council}`] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
});
afterAll(async () => t.database.close());

describe('SEN2 API', () => {
  it('keeps the URN lookup: a file replaces it, one entry changes, the CSV downloads', async () => {
    expect(
      (await call('PUT', `${base}/urns`, 'send314', twelveChildrenLookupCsv, 'application/json')).status,
    ).toBe(415);
    const replaced = await call('PUT', `${base}/urns`, 'send314', twelveChildrenLookupCsv, 'text/csv');
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as { urns: unknown[] }).urns).toHaveLength(3);
    const put = await call(
      'PUT',
      `${base}/urns/100001`,
      'send314',
      JSON.stringify({ settingType: 'mainstream_academy' }),
    );
    expect(await put.json()).toEqual({
      key: '100001',
      keyKind: 'urn',
      settingType: 'mainstream_academy',
      name: null,
    });
    expect(
      (await call('PUT', `${base}/urns/100002`, 'viewer314', JSON.stringify({ settingType: 'neet' }))).status,
    ).toBe(403);
    await call(
      'PUT',
      `${base}/urns/100002`,
      'send314',
      JSON.stringify({ settingType: 'special_la_maintained' }),
    );
    const csv = await call('GET', `${base}/urns.csv`, 'viewer314');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('100002,,special_la_maintained,');
    expect((await call('DELETE', `${base}/urns/999999`, 'send314')).status).toBe(404);
  });

  it('refuses a return with errors: 400 with every finding as data and as sentences; nothing kept', async () => {
    const draft = twelveChildrenDraft();
    draft.needs[0]!.rank = 1;
    draft.needs[1]!.rank = 1;
    draft.placements[3]!.leavingDate = '2020-01-01';
    const res = await call('POST', `${base}/returns`, 'send314', filesJson(draft));
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: string;
      errors: Array<{ kind: string; module: string; row: number }>;
      problems: string[];
      warnings: unknown[];
    };
    expect(body.error).toBe('The SEN2 return has 2 errors; nothing was imported:');
    expect(body.errors.map((e) => [e.kind, e.module, e.row])).toEqual([
      ['placement-leaves-before-entry', 'placementdetail', 5],
      ['two-primary-needs', 'senneed', 3],
    ]);
    expect(body.problems).toHaveLength(2);
    expect(body.warnings.length).toBeGreaterThan(0);
    expect(await (await call('GET', `${base}/returns`, 'viewer314')).json()).toEqual({ returns: [] });
  });

  it('previews a zip and imports the files; roles and councils are kept apart', async () => {
    const preview = await call('POST', `${base}/preview`, 'send314', zip(), 'application/zip');
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ collectionYear: 2025, counts: { ehcps: 9, warnings: 9 } });
    expect((await call('POST', `${base}/preview`, 'send314', 'not a zip', 'application/zip')).status).toBe(
      400,
    );
    // The one input guard words a body that is not the files: field named, plain words.
    const notFiles = await call('POST', `${base}/preview`, 'send314', JSON.stringify({ files: 'a.csv' }));
    expect(notFiles.status).toBe(400);
    expect(await notFiles.json()).toMatchObject({ field: 'files' });
    const noFiles = await call('POST', `${base}/preview`, 'send314', JSON.stringify({ file: {} }));
    expect(await noFiles.json()).toMatchObject({
      error: 'Enter the Blade files.',
    });
    expect((await call('POST', `${base}/returns`, 'viewer314', filesJson())).status).toBe(403);
    expect((await call('POST', `${base}/returns`, 'send318', filesJson())).status).toBe(404);
    const imported = await call('POST', `${base}/returns?source=twelve`, 'send314', filesJson());
    expect(imported.status).toBe(201);
    expect(await imported.json()).toMatchObject({
      collectionYear: 2025,
      source: 'twelve',
      census: { total: 9 },
    });
    expect((await call('POST', `${base}/returns`, 'send314', filesJson())).status).toBe(409);
  });

  it('answers the census, funnel, reconciliation and the data-quality report', async () => {
    const census = await call('GET', `${base}/census?date=2025-01-16`, 'viewer314');
    expect(await census.json()).toMatchObject({ total: 9, byNeed: { ASD: 2 }, fromReturn: 2025 });
    expect((await call('GET', `${base}/census?date=soon`, 'viewer314')).status).toBe(400);
    const funnel = (await (
      await call('GET', `${base}/funnel?by=month&from=2024-06-01&to=2024-06-30`, 'viewer314')
    ).json()) as {
      periods: Array<{ period: string; plansIssued: number }>;
    };
    expect(funnel.periods).toMatchObject([{ period: '2024-06', plansIssued: 1 }]);
    const reconciliation = (await (await call('GET', `${base}/reconciliation`, 'viewer314')).json()) as {
      januaries: Array<{ year: number; census: { total: number }; published: unknown }>;
    };
    expect(reconciliation.januaries.at(-1)).toMatchObject({
      year: 2025,
      census: { total: 9 },
      published: null,
    });
    expect((await call('GET', `${base}/quality`, 'viewer314')).status).toBe(403);
    const quality = (await (await call('GET', `${base}/quality?year=2025`, 'send314')).json()) as {
      findings: Array<{ text: string }>;
    };
    expect(quality.findings).toHaveLength(9);
    expect((await call('GET', `${base}/quality?year=2019`, 'send314')).status).toBe(404);
  });

  it('stores forecast inputs from the return', async () => {
    const res = await call(
      'POST',
      `${base}/forecast-inputs`,
      'send314',
      JSON.stringify({ name: 'From the 2025 return' }),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      inputSet: { source: string; summary: { seedYear: number } };
      rebuilt: boolean;
      transitionYears: Array<{ year: number; rebuilt: boolean }>;
    };
    expect(body.inputSet).toMatchObject({ source: 'SEN2 returns 2025', summary: { seedYear: 2025 } });
    // One return: the pair 2024-2025 it holds, and earlier ones rebuilt from it (said so).
    expect(body.rebuilt).toBe(true);
    expect(body.transitionYears.at(-1)).toMatchObject({ year: 2024, rebuilt: false });
    expect((await call('DELETE', `${base}/returns/2025`, 'viewer314')).status).toBe(403);
    const badYear = await call('DELETE', `${base}/returns/latest`, 'send314');
    expect(badYear.status).toBe(400);
    expect(await badYear.json()).toMatchObject({
      error: 'The return year must be a year such as 2025.',
      field: 'year',
    });
    // The inputs just made hold the return: refused, naming them, and the return is still there.
    const refused = await call('DELETE', `${base}/returns/2025`, 'send314');
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toContain(
      'the forecast inputs “From the 2025 return” were made from it',
    );
    const held = (await (await call('GET', `${base}/returns`, 'viewer314')).json()) as {
      returns: Array<{ collectionYear: number; forecastInputs: string[] }>;
    };
    expect(held.returns).toMatchObject([{ collectionYear: 2025, forecastInputs: ['From the 2025 return'] }]);
  });
});
