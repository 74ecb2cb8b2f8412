import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncil } from '../services/councils';
import { loadDemo } from '../services/demo';
import type { Actor } from '../services/permissions';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

const cli: Actor = { kind: 'system', label: 'test setup' };
let t: TestContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  await createCouncil(t.ctx, cli, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
  app = createApp(t.ctx, { logError: () => {} });
});
afterAll(async () => t.database.close());

function json(method: string, path: string, body: unknown, cookie?: string) {
  return app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function signInAs(email: string, password: string): Promise<string> {
  const res = await json('POST', '/api/session', { email, password });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/HttpOnly/i);
  return setCookie.split(';')[0]!;
}

describe('health', () => {
  it('answers without a session and names the database', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: t.database.kind });
  });
});

describe('sessions', () => {
  it('refuses every other route without a session', async () => {
    for (const path of ['/api/session', '/api/councils', '/api/councils/314', '/api/councils/314/audit']) {
      expect((await app.request(path)).status, path).toBe(401);
    }
  });

  it('signs in the demo finance user and lists Kingston with the role', async () => {
    const cookie = await signInAs('finance@kingston.example', 'kingston-finance');
    const res = await app.request('/api/session', { headers: { cookie } });
    const body = (await res.json()) as {
      user: { email: string };
      councils: { code: string; name: string; role: string }[];
    };
    expect(body.user.email).toBe('finance@kingston.example');
    expect(body.councils).toEqual([
      expect.objectContaining({
        code: '314',
        newCode: 'E09000021',
        name: 'Kingston upon Thames',
        region: 'Outer London',
        role: 'finance',
      }),
    ]);
  });

  it('carries what each role may do in the council, from the permission table the services enforce', async () => {
    const capabilities = async (email: string, password: string) => {
      const res = await app.request('/api/session', { headers: { cookie: await signInAs(email, password) } });
      const body = (await res.json()) as { councils: { code: string; capabilities: string[] }[] };
      return body.councils.find((c) => c.code === '314')?.capabilities;
    };
    const send = await capabilities('send@kingston.example', 'kingston-send');
    expect(send).toContain('send.edit');
    expect(send).not.toContain('finance.edit');
    const s151 = await capabilities('s151@kingston.example', 'kingston-s151');
    expect(s151).toEqual(expect.arrayContaining(['finance.edit', 'forecasts.run', 'returns.signAsS151']));
    expect(await capabilities('viewer@kingston.example', 'kingston-viewer')).toEqual(['council.read']);
  });

  it('answers a wrong password and an unknown email identically, and records both attempts', async () => {
    const before = await t.ctx.db.selectFrom('sign_in_attempts').select('id').execute();
    const wrong = await json('POST', '/api/session', {
      email: 'viewer@kingston.example',
      password: 'not-it',
    });
    const unknown = await json('POST', '/api/session', {
      email: 'nobody@kingston.example',
      password: 'not-it',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'Email or password is incorrect.' });
    expect(await unknown.json()).toEqual({ error: 'Email or password is incorrect.' });
    const after = await t.ctx.db.selectFrom('sign_in_attempts').selectAll().orderBy('id').execute();
    expect(after.length - before.length).toBe(2);
    expect(after.at(-1)).toMatchObject({ email: 'nobody@kingston.example', succeeded: false });
  });

  it('slows repeated failures for one account', async () => {
    t.advance(60 * 60_000); // a fresh window
    t.sleeps.length = 0;
    for (let i = 0; i < 6; i += 1)
      await json('POST', '/api/session', { email: 'send@kingston.example', password: 'guess' });
    expect(t.sleeps).toEqual([0, 0, 0, 1000, 2000, 4000]);
    t.advance(60 * 60_000);
  });

  it('names the bad field of a malformed body', async () => {
    const notJson = await json('POST', '/api/session', '{"email": ');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'The request body is not valid JSON.' });
    const missing = await json('POST', '/api/session', { password: 'x' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ field: 'email' });
  });

  it('ends the session on sign out', async () => {
    const cookie = await signInAs('viewer@kingston.example', 'kingston-viewer');
    expect((await app.request('/api/session', { method: 'DELETE', headers: { cookie } })).status).toBe(204);
    expect((await app.request('/api/session', { headers: { cookie } })).status).toBe(401);
  });

  it('ends a session after its hours are up', async () => {
    const cookie = await signInAs('viewer@kingston.example', 'kingston-viewer');
    t.advance(13 * 3_600_000);
    expect((await app.request('/api/councils', { headers: { cookie } })).status).toBe(401);
  });
});

describe('councils and roles', () => {
  let finance: string;
  let viewer: string;
  let admin: string;
  beforeAll(async () => {
    finance = await signInAs('finance@kingston.example', 'kingston-finance');
    viewer = await signInAs('viewer@kingston.example', 'kingston-viewer');
    admin = await signInAs('admin@kingston.example', 'kingston-admin');
  });

  it('answers 404 for an unknown council and for another council alike', async () => {
    for (const code of ['999', '318', 'E09000027']) {
      const res = await app.request(`/api/councils/${code}`, { headers: { cookie: finance } });
      expect(res.status, code).toBe(404);
    }
  });

  it('finds the council by its new code too, and says what the role may do', async () => {
    const res = await app.request('/api/councils/E09000021', { headers: { cookie: viewer } });
    expect(await res.json()).toMatchObject({
      council: { code: '314', name: 'Kingston upon Thames' },
      role: 'viewer',
      permissions: { edit: false, editCouncil: false, viewAudit: false, manageUsers: false },
    });
  });

  it('lets finance edit council details, refuses the viewer, and audits the change', async () => {
    const refused = await json('PATCH', '/api/councils/314', { s151Officer: 'Someone' }, viewer);
    expect(refused.status).toBe(403);
    // The demo holds seed 003's signatories (Sarah Ireland, Ian Dodds); a new S151 officer is named.
    const res = await json('PATCH', '/api/councils/314', { s151Officer: 'A. N. Other' }, finance);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      s151Officer: 'A. N. Other',
      directorOfChildrensServices: 'Ian Dodds',
    });

    expect((await app.request('/api/councils/314/audit', { headers: { cookie: finance } })).status).toBe(403);
    const audit = await app.request('/api/councils/314/audit?limit=1', { headers: { cookie: admin } });
    const { entries } = (await audit.json()) as { entries: unknown[] };
    expect(entries).toEqual([
      expect.objectContaining({
        actorEmail: 'finance@kingston.example',
        action: 'update',
        entity: 'council',
        entityId: '314',
        before: { s151Officer: 'Sarah Ireland', directorOfChildrensServices: 'Ian Dodds' },
        after: { s151Officer: 'A. N. Other', directorOfChildrensServices: 'Ian Dodds' },
      }),
    ]);
  });

  it('rejects unknown fields and saves nothing', async () => {
    const res = await json('PATCH', '/api/councils/314', { s151Officer: 'X', name: 'Renamed' }, finance);
    expect(res.status).toBe(400);
    const council = await app.request('/api/councils/314', { headers: { cookie: finance } });
    expect(await council.json()).toMatchObject({
      council: { name: 'Kingston upon Thames', s151Officer: 'A. N. Other' },
    });
  });

  it('requires JSON for writes', async () => {
    const res = await app.request('/api/councils/314', {
      method: 'PATCH',
      headers: { cookie: finance, 'content-type': 'application/x-www-form-urlencoded' },
      body: 's151Officer=Mallory',
    });
    expect(res.status).toBe(415);
  });

  it('lets only admins manage users', async () => {
    const body = { email: 'new.officer@kingston.example', role: 'finance', password: 'a-long-password' };
    expect((await json('POST', '/api/councils/314/users', body, finance)).status).toBe(403);
    const created = await json('POST', '/api/councils/314/users', body, admin);
    expect(created.status).toBe(201);
    const bad = await json('POST', '/api/councils/314/users', { ...body, role: 'owner' }, admin);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'role' });
    await signInAs('new.officer@kingston.example', 'a-long-password');
  });
});
