import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView } from '../services/dashboard/dashboard';
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
  for (const role of ['viewer', 's151']) {
    const res = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@kingston.example`, password: `kingston-${role}` }),
    });
    cookies[role] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
});
afterAll(async () => t.database.close());

const get = (path: string, role?: string) =>
  app.request(path, { headers: role ? { cookie: cookies[role]! } : {} });

describe('GET /api/councils/:code/dashboard', () => {
  it('answers a member with the whole landing page; the S151 officer sees the return to sign', async () => {
    const viewer = await get('/api/councils/314/dashboard', 'viewer');
    expect(viewer.status).toBe(200);
    const v = (await viewer.json()) as DashboardView;
    expect(v.deficit.comparison?.forecast).toBe('Latest forecast, May 2021');
    expect(v.safetyValve?.toSign).toEqual([]);
    const s151 = (await (await get('/api/councils/314/dashboard', 's151')).json()) as DashboardView;
    expect(s151.safetyValve?.toSign.map((r) => [r.period, r.capacity])).toEqual([['2021-22-Q1', 's151']]);
  });

  it('asks for a sign-in without a session, and answers 404 for a council the member cannot see', async () => {
    expect((await get('/api/councils/314/dashboard')).status).toBe(401);
    expect((await get('/api/councils/999/dashboard', 'viewer')).status).toBe(404);
  });
});
