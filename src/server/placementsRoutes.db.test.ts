import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncil } from '../services/councils';
import { loadDemo } from '../services/demo';
import { demoPlacementsFile, loadDemoPlacements } from '../services/placements/demo';
import { openTestContext, type TestContext } from '../services/testContext';
import { addCouncilUser } from '../services/users';
import { createApp } from './app';

let t: TestContext;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};
const cli = { kind: 'system', label: 'test' } as const;

async function signIn(email: string, password: string): Promise<string> {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  await loadDemoPlacements(t.ctx, cli);
  await createCouncil(t.ctx, cli, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
  await addCouncilUser(t.ctx, cli, '318', {
    email: 'send@richmond.example',
    role: 'send',
    password: 'richmond-send',
  });
  app = createApp(t.ctx, { logError: () => {} });
  for (const role of ['send', 'viewer', 'finance'])
    cookies[role] = await signIn(`${role}@kingston.example`, `kingston-${role}`);
  cookies.richmond = await signIn('send@richmond.example', 'richmond-send');
});
afterAll(async () => t.database.close());

const base = '/api/councils/314/placements';
const get = (path: string, who: string) => app.request(path, { headers: { cookie: cookies[who]! } });
const upload = (path: string, who: string, body: string, type = 'text/csv') =>
  app.request(path, { method: 'POST', headers: { cookie: cookies[who]!, 'content-type': type }, body });

describe('placement register API', () => {
  it('gives a viewer the aggregates but not the records', async () => {
    const summary = await get(`${base}/summary`, 'viewer');
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({
      council: '314',
      asAt: '2021-05-31',
      placements: 120,
      averageCostByCategory: { 'non-maintained or independent special': { count: 11 } },
    });
    expect((await get(`${base}/records`, 'viewer')).status).toBe(403);
    const records = await get(`${base}/records?limit=2&category=post16`, 'finance');
    expect(await records.json()).toMatchObject({
      total: 22,
      records: [{ category: 'post16' }, { category: 'post16' }],
    });
  });

  it('answers 404 to a member of another council', async () => {
    expect((await get(`${base}/summary`, 'richmond')).status).toBe(404);
    expect((await get(`${base}/records`, 'richmond')).status).toBe(404);
    expect(
      (
        await upload(
          `${base}/snapshots?asAt=2021-06-30`,
          'richmond',
          fs.readFileSync(demoPlacementsFile, 'utf8'),
        )
      ).status,
    ).toBe(404);
  });

  it('imports a CSV body for the SEND service, refusing other roles and other content types', async () => {
    const csv = fs.readFileSync(demoPlacementsFile, 'utf8');
    expect((await upload(`${base}/snapshots?asAt=2021-06-30`, 'viewer', csv)).status).toBe(403);
    expect((await upload(`${base}/snapshots?asAt=2021-06-30`, 'send', csv, 'text/plain')).status).toBe(415);
    const res = await upload(`${base}/snapshots?asAt=2021-06-30&source=june.csv`, 'send', csv);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      asAt: '2021-06-30',
      placements: 147,
      source: 'june.csv',
      synthetic: false,
    });
    expect((await upload(`${base}/snapshots?asAt=2021-06-30`, 'send', csv)).status).toBe(409);
    const list = (await (await get(`${base}/snapshots`, 'viewer')).json()) as {
      snapshots: Array<{ asAt: string }>;
    };
    expect(list.snapshots.map((s) => s.asAt)).toEqual(['2021-03-31', '2021-05-31', '2021-06-30']);
  });

  it('answers a bad file with every error as data and as sentences, saving nothing', async () => {
    const csv = fs
      .readFileSync(demoPlacementsFile, 'utf8')
      .replace('SYN-0002,', 'SYN 2,')
      .replace(',financial,0,0,0,0\nSYN-0003', ',financial,0,-1,0,0\nSYN-0003');
    const res = await upload(`${base}/snapshots?asAt=2021-07-31`, 'send', csv);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; errors: unknown[]; problems: string[] };
    expect(body.error).toBe('The placement register has 2 problems; nothing was imported:');
    expect(body.errors).toEqual([
      {
        row: 4,
        column: 'child_id',
        value: 'SYN 2',
        message: 'is not a pseudonymised id (letters, digits, - or _, with at least one digit; never a name)',
      },
      {
        row: 5,
        column: 'social_care_contribution',
        value: '-1',
        message: 'is negative: amounts are annual costs or contributions, 0 or more',
      },
    ]);
    expect(body.problems[1]).toBe(
      "row 5, column social_care_contribution: '-1' is negative: amounts are annual costs or contributions, 0 or more",
    );
    expect((await get(`${base}/summary?asAt=2021-07-31`, 'viewer')).status).toBe(200);
    expect(
      ((await (await get(`${base}/summary?asAt=2021-07-31`, 'viewer')).json()) as { asAt: string }).asAt,
    ).toBe('2021-06-30');
  });

  it('shows changes (counts for a viewer), the settings, and the template', async () => {
    const changes = await get(`${base}/changes?from=2021-05-31&to=2021-06-30`, 'viewer');
    expect(await changes.json()).toMatchObject({
      counts: { added: 0, ceased: 0, costChanges: 0 },
      records: null,
    });
    expect(await (await get(`${base}/settings`, 'viewer')).json()).toMatchObject({
      isDefault: true,
      notionalSenThreshold: 6_000_00,
    });
    const template = await get(`${base}/template?returnYear=2025`, 'viewer');
    expect(template.headers.get('content-type')).toContain('spreadsheetml');
    expect(new Uint8Array(await template.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect((await get(`${base}/summary?asAt=yesterday`, 'viewer')).status).toBe(400);
  });

  it('previews a file for finance without saving it: counts, first rows, changes; the same errors as an import', async () => {
    const csv = fs.readFileSync(demoPlacementsFile, 'utf8');
    const before = (await (await get(`${base}/snapshots`, 'viewer')).json()) as { snapshots: unknown[] };
    const res = await upload(`${base}/preview?asAt=2021-08-31`, 'finance', csv);
    expect(res.status).toBe(200);
    const preview = (await res.json()) as {
      placements: number;
      rows: unknown[];
      replaces: unknown;
      changes: { from: string; added: number };
      byCategory: Record<string, number>;
    };
    expect(preview).toMatchObject({
      placements: 147,
      replaces: null,
      changes: { from: '2021-06-30', added: 0 },
    });
    expect(preview.rows).toHaveLength(25);
    expect(preview.byCategory['non-maintained or independent special']).toBe(15);
    expect((await upload(`${base}/preview?asAt=2021-06-30`, 'finance', csv)).status).toBe(200);
    expect(
      (
        (await (await upload(`${base}/preview?asAt=2021-06-30`, 'finance', csv)).json()) as {
          replaces: unknown;
        }
      ).replaces,
    ).toMatchObject({ asAt: '2021-06-30' });
    const bad = await upload(
      `${base}/preview?asAt=2021-08-31`,
      'finance',
      csv.replace('SYN-0002,', 'SYN 2,'),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ row: number; column: string }> }).errors).toMatchObject([
      { row: 4, column: 'child_id', value: 'SYN 2' },
    ]);
    expect((await upload(`${base}/preview?asAt=2021-08-31`, 'viewer', csv)).status).toBe(403);
    expect((await (await get(`${base}/snapshots`, 'viewer')).json()) as { snapshots: unknown[] }).toEqual(
      before,
    );
  });

  it('filters the records by phase, borough, provider and need', async () => {
    type Page = {
      total: number;
      records: Array<{ phase: string; inBorough: boolean; provider: string; primaryNeed: string }>;
    };
    const page = async (q: string) =>
      (await (await get(`${base}/records?asAt=2021-05-31&limit=1000&${q}`, 'finance')).json()) as Page;
    const over16 = await page('phase=over16');
    expect(over16.total).toBe(46); // KPI 26's 46 placements
    expect(over16.records.every((r) => r.phase === 'over16')).toBe(true);
    const out = await page('inBorough=no&need=asd');
    expect(out.total).toBeGreaterThan(0);
    expect(out.records.every((r) => !r.inBorough && r.primaryNeed === 'ASD')).toBe(true);
    const provider = await page('provider=fe%20college');
    expect(provider.total).toBeGreaterThan(0);
    expect(provider.records.every((r) => r.provider.includes('FE College'))).toBe(true);
    expect((await get(`${base}/records?phase=teen`, 'finance')).status).toBe(400);
  });

  it('deletes a snapshot for the SEND service', async () => {
    const res = await app.request(`${base}/snapshots/2021-06-30`, {
      method: 'DELETE',
      headers: { cookie: cookies.send! },
    });
    expect(res.status).toBe(204);
  });
});
