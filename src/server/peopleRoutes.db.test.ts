import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  app = createApp(t.ctx, { logError: () => {} });
});
afterAll(async () => t.database.close());

function call(method: string, path: string, body?: unknown, cookie?: string) {
  return app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function signInAs(email: string, password: string): Promise<string> {
  const res = await call('POST', '/api/session', { email, password });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function idOf(email: string, cookie: string): Promise<number> {
  const body = (await (await call('GET', '/api/councils/314/users', undefined, cookie)).json()) as {
    users: { id: number; email: string }[];
  };
  return body.users.find((u) => u.email === email)!.id;
}

describe('people and roles over the API', () => {
  it('changes a role and takes it away for an administrator; answers a viewer 403 and a bad id 400', async () => {
    const admin = await signInAs('admin@kingston.example', 'kingston-admin');
    const send = await idOf('send@kingston.example', admin);
    const changed = await call('PATCH', `/api/councils/314/users/${send}`, { role: 'viewer' }, admin);
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ email: 'send@kingston.example', role: 'viewer' });
    const bad = await call('PATCH', `/api/councils/314/users/${send}`, { role: 'boss' }, admin);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'role' });
    expect((await call('PATCH', '/api/councils/314/users/x1', { role: 'viewer' }, admin)).status).toBe(400);

    const viewer = await signInAs('viewer@kingston.example', 'kingston-viewer');
    expect((await call('DELETE', `/api/councils/314/users/${send}`, undefined, viewer)).status).toBe(403);
    expect((await call('DELETE', `/api/councils/314/users/${send}`, undefined, admin)).status).toBe(204);
    expect((await call('DELETE', `/api/councils/314/users/${send}`, undefined, admin)).status).toBe(404);
  });

  it('resets a password: the person signs in, must change it, and only then sees the council', async () => {
    const admin = await signInAs('admin@kingston.example', 'kingston-admin');
    const dcs = await idOf('dcs@kingston.example', admin);
    const reset = await call(
      'POST',
      `/api/councils/314/users/${dcs}/password`,
      { password: 'one-time-pass-2' },
      admin,
    );
    expect(reset.status).toBe(200);

    const person = await signInAs('dcs@kingston.example', 'one-time-pass-2');
    const session = (await (await call('GET', '/api/session', undefined, person)).json()) as {
      user: { mustChangePassword: boolean };
    };
    expect(session.user.mustChangePassword).toBe(true);
    expect((await call('GET', '/api/councils/314', undefined, person)).status).toBe(403);

    const wrong = await call(
      'PUT',
      '/api/session/password',
      { currentPassword: 'x', newPassword: 'new-password-22' },
      person,
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ field: 'currentPassword' });
    expect(
      (
        await call(
          'PUT',
          '/api/session/password',
          { currentPassword: 'one-time-pass-2', newPassword: 'new-password-22' },
          person,
        )
      ).status,
    ).toBe(204);
    expect((await call('GET', '/api/councils/314', undefined, person)).status).toBe(200);
  });
});
