import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBytes, release2022Zip } from '../io/dfe/testdata/syntheticFiles';
import { loadDemo } from '../services/demo';
import { importNationalFile } from '../services/national/importNationalData';
import { hashPassword } from '../services/passwords';
import type { Actor } from '../services/permissions';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

const cli: Actor = { kind: 'system', label: 'test setup' };
let t: TestContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  await importNationalFile(t.ctx, cli, { name: 'release.zip', bytes: release2022Zip() });
  await importNationalFile(t.ctx, cli, { name: 'sn.csv', bytes: fixtureBytes('neighbours-synthetic.csv') });
  // Someone who can sign in but has no role in any council.
  await t.ctx.db
    .insertInto('users')
    .values({
      email: 'nobody@example.org',
      display_name: 'Nobody',
      password_hash: await hashPassword('a-long-password'),
    })
    .execute();
  app = createApp(t.ctx, { logError: () => {} });
}, 120_000);
afterAll(async () => t.database.close());

async function signInAs(email: string, password: string): Promise<string> {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('national data routes', () => {
  it('need a session', async () => {
    for (const path of [
      '/api/national/releases',
      '/api/national/measures',
      '/api/national/benchmark/314/2022',
    ]) {
      expect((await app.request(path)).status, path).toBe(401);
    }
  });

  it('give any member of a council the benchmark of any LA, with comparators, rank and RAG', async () => {
    const cookie = await signInAs('viewer@kingston.example', 'kingston-viewer');
    const res = await app.request('/api/national/benchmark/314/2022?measure=ehcps&measure=growth1y', {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      council: { name: string };
      neighbours: { name: string }[];
      measures: {
        id: string;
        value: number;
        comparators: { name: string; value: number }[];
        standing: { rank: number };
      }[];
    };
    expect(body.council.name).toBe('Kingston upon Thames');
    expect(body.neighbours.map((n) => n.name)).toEqual(['Sutton', 'Richmond upon Thames', 'Bromley']);
    expect(body.measures.map((m) => m.id)).toEqual(['ehcps', 'growth1y']);
    expect(body.measures[0]).toMatchObject({ value: 121, standing: { rank: 1 } });
    expect(body.measures[0]?.comparators.map((c) => [c.name, c.value])).toEqual([
      ['Statistical neighbours', 88],
      ['Outer London', 209],
      ['London', 330],
      ['England', 1100],
    ]);
    const other = await app.request('/api/national/benchmark/801/2022?measure=ehcps', {
      headers: { cookie },
    });
    expect(((await other.json()) as { council: { name: string } }).council.name).toBe('Bristol, City of');
  });

  it('list the releases and the measures', async () => {
    const cookie = await signInAs('finance@kingston.example', 'kingston-finance');
    const releases = (await (
      await app.request('/api/national/releases', { headers: { cookie } })
    ).json()) as { releases: { publication: string; imports: unknown[] }[] };
    expect(releases.releases.map((r) => r.publication)).toEqual([
      'ehcp-statistics',
      'statistical-neighbours',
    ]);
    const measures = (await (
      await app.request('/api/national/measures', { headers: { cookie } })
    ).json()) as { measures: { id: string; unit: string }[] };
    expect(measures.measures.find((m) => m.id === 'timeliness20Weeks')).toEqual(
      expect.objectContaining({ unit: 'percent', direction: 'higherIsBetter' }),
    );
  });

  it('answer 404 for an unknown LA, 400 for a year not in the data or a bad RAG rule, 403 without a council role', async () => {
    const cookie = await signInAs('viewer@kingston.example', 'kingston-viewer');
    const unknown = await app.request('/api/national/benchmark/999/2022', { headers: { cookie } });
    expect(unknown.status).toBe(404);
    const year = await app.request('/api/national/benchmark/314/2031', { headers: { cookie } });
    expect(year.status).toBe(400);
    expect(await year.json()).toEqual({
      error:
        'year: there are no EHCP figures for January 2031; the imported releases cover January 2021 to January 2022.',
      field: 'year',
    });
    expect(
      (await app.request('/api/national/benchmark/314/2022?redFrom=11', { headers: { cookie } })).status,
    ).toBe(400);
    const nobody = await signInAs('nobody@example.org', 'a-long-password');
    expect(
      (await app.request('/api/national/benchmark/314/2022', { headers: { cookie: nobody } })).status,
    ).toBe(403);
    expect((await app.request('/api/national/releases', { headers: { cookie: nobody } })).status).toBe(403);
  });
});
