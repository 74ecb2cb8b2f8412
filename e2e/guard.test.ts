// The input guard, headers, origins and sign-in throttling against a real `highneeds serve` (over TCP, as
// a browser or an attacker meets it) with two councils: Kingston (the demo) and Richmond, which has its own
// administrator. The server believes X-Forwarded-For (HIGHNEEDS_TRUST_PROXY=1), so one test process can
// play several network addresses. docs/security.md says what each protection is for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lyingBomb, zerosBomb } from '../src/io/zip/testing/bombs';
import { demoUsers, startServer, type RunningServer } from './harness';

const richmondAdmin = { email: 'admin@richmond.example', password: 'richmond-admin' };
let server: RunningServer;
const cookies = new Map<string, string>();

async function signIn(who: { email: string; password: string }, from = '10.0.0.1'): Promise<Response> {
  return fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(who),
  });
}

/** Calls the API as a signed-in person (signed in once per file). */
async function call(
  who: { email: string; password: string },
  method: string,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<Response> {
  let cookie = cookies.get(who.email);
  if (!cookie) {
    const res = await signIn(who, '10.9.9.9');
    expect(res.status, `${who.email} signs in`).toBe(200);
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    cookies.set(who.email, cookie);
  }
  return fetch(`${server.url}${path}`, {
    method,
    headers: { cookie, ...(init.headers ?? {}) },
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
}

const json = { 'content-type': 'application/json' };
const errorOf = async (res: Response) => ((await res.json()) as { error: string; field?: string }).error;

beforeAll(async () => {
  const before = process.env.HIGHNEEDS_TRUST_PROXY;
  process.env.HIGHNEEDS_TRUST_PROXY = '1';
  try {
    server = await startServer({
      prepare(cli) {
        cli(['demo', 'load']);
        cli([
          'council',
          'add',
          '--code',
          '318',
          '--new-code',
          'E09000027',
          '--name',
          'Richmond upon Thames',
          '--region',
          'Outer London',
        ]);
        cli(
          [
            'user',
            'add',
            '--council',
            '318',
            '--role',
            'admin',
            '--email',
            richmondAdmin.email,
            '--password-stdin',
          ],
          richmondAdmin.password,
        );
      },
    });
  } finally {
    if (before === undefined) delete process.env.HIGHNEEDS_TRUST_PROXY;
    else process.env.HIGHNEEDS_TRUST_PROXY = before;
  }
}, 180_000);
afterAll(async () => server?.stop());

describe('two councils over HTTP', () => {
  it("refuses Richmond's administrator every read and write of Kingston's data (404, nothing changed)", async () => {
    for (const path of [
      '/api/councils/314',
      '/api/councils/314/users',
      '/api/councils/314/model/versions',
      '/api/councils/314/kpis/dashboard',
      '/api/councils/314/placements/summary',
      '/api/councils/314/safety-valve/agreement',
      '/api/councils/314/forecasts/runs',
      '/api/councils/314/sign-in-throttles',
    ]) {
      expect((await call(richmondAdmin, 'GET', path)).status, path).toBe(404);
    }
    const add = await call(richmondAdmin, 'POST', '/api/councils/314/users', {
      headers: json,
      body: JSON.stringify({ email: 'mole@example.org', role: 'admin', password: 'a-long-password' }),
    });
    expect(add.status).toBe(404);
    const kingston = (await (await call(demoUsers.admin, 'GET', '/api/councils/314/users')).json()) as {
      users: { email: string }[];
    };
    expect(kingston.users.map((u) => u.email)).not.toContain('mole@example.org');
  });

  it("adding Kingston's finance officer to Richmond reveals nothing Richmond did not type", async () => {
    const res = await call(richmondAdmin, 'POST', '/api/councils/318/users', {
      headers: json,
      body: JSON.stringify({ ...demoUsers.finance, password: 'typed-by-richmond', role: 'viewer' }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      email: demoUsers.finance.email,
      displayName: demoUsers.finance.email,
      role: 'viewer',
    });
    const listed = await (await call(richmondAdmin, 'GET', '/api/councils/318/users')).text();
    expect(listed).not.toContain('Demo finance officer');
  });

  it('refuses a viewer a write its role may not make (403)', async () => {
    const res = await call(demoUsers.viewer, 'PATCH', '/api/councils/314', {
      headers: json,
      body: JSON.stringify({ s151Officer: 'Someone else' }),
    });
    expect(res.status).toBe(403);
  });
});

describe('the input guard over HTTP', () => {
  it('answers NUL characters and broken encodings in addresses with 400, never 500', async () => {
    for (const path of ['/api/councils/314%00/model/versions', '/%E0%A4%A', '/api/councils/%E0%A4%A']) {
      const res = await call(demoUsers.finance, 'GET', path);
      expect(res.status, path).toBe(400);
    }
  });

  it('names the field that holds a NUL and stores nothing', async () => {
    const res = await call(demoUsers.finance, 'PATCH', '/api/councils/314', {
      headers: json,
      body: JSON.stringify({ s151Officer: 'Jane\u0000Doe' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; field?: string };
    expect(body.field).toBe('s151Officer');
    expect(body.error).toMatch(/NUL/);
    const council = await (await call(demoUsers.finance, 'GET', '/api/councils/314')).text();
    expect(council).not.toContain('Jane');
  });

  it('refuses a body over its route’s limit with 413 naming the limit', async () => {
    const res = await call(demoUsers.finance, 'POST', '/api/councils/314/model/versions/x/copy', {
      headers: json,
      body: JSON.stringify({ name: 'big', description: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toContain('1 MB');
  });

  it('refuses zip bombs of forecast inputs quickly, naming the limit, and stores no input set', async () => {
    // A few kB each, inflating to 400 MB: one says so in its directory (over the size limit: 413), one
    // lies (found out while inflating, at its first megabyte: not a readable zip, 400).
    for (const [bomb, status, words] of [
      [zerosBomb(400), 413, /MB/],
      [lyingBomb(400), 400, /larger than its directory says/],
    ] as const) {
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const started = Date.now();
      const res = await call(demoUsers.finance, 'POST', '/api/councils/314/forecasts/inputs?name=bomb', {
        headers: { 'content-type': 'application/zip' },
        body: Uint8Array.from(bomb),
      });
      expect(res.status).toBe(status);
      expect(await errorOf(res)).toMatch(words);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
    const sets = await (await call(demoUsers.finance, 'GET', '/api/councils/314/forecasts/inputs')).text();
    expect(sets).not.toContain('"bomb"');
  });
});

describe('headers and origins over HTTP', () => {
  it('sends the policy headers on pages and no-store on API answers', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // The built app has no inline script, so the policy does not break it.
    expect(await page.text()).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const api = await call(demoUsers.finance, 'GET', '/api/councils/314/placements/summary');
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect(api.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('refuses a cross-site freeze (a body-less POST) with 403 and leaves the version as it was', async () => {
    const versions = (await (
      await call(demoUsers.finance, 'GET', '/api/councils/314/model/versions')
    ).json()) as { versions: { name: string; status: string }[] };
    const draft = versions.versions.find((v) => v.status === 'draft')!;
    const res = await call(
      demoUsers.finance,
      'POST',
      `/api/councils/314/model/versions/${encodeURIComponent(draft.name)}/freeze`,
      { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    );
    expect(res.status).toBe(403);
    const after = (await (
      await call(demoUsers.finance, 'GET', '/api/councils/314/model/versions')
    ).json()) as { versions: { name: string; status: string }[] };
    expect(after.versions.find((v) => v.name === draft.name)?.status).toBe('draft');
  });

  it('marks the session cookie Secure when the trusted proxy says the browser used HTTPS', async () => {
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { ...json, 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.0.50' },
      body: JSON.stringify(demoUsers.viewer),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});

describe('sign-in throttling over HTTP', () => {
  it('judges a burst of 25 parallel guesses one by one, refuses the guesser, not the person, and lets an administrator clear it', async () => {
    const wrong = { email: demoUsers.send.email, password: 'not-the-password' };
    const answers = await Promise.all(Array.from({ length: 25 }, () => signIn(wrong, '10.6.6.6')));
    const statuses = answers.map((r) => r.status);
    // Counted atomically before judging: the first ten failures are judged (401), the rest refused (429).
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    // Even the right password is refused from the guesser's address...
    expect((await signIn(demoUsers.send, '10.6.6.6')).status).toBe(429);
    // ...while the person signs in from their own.
    expect((await signIn(demoUsers.send, '10.1.2.3')).status).toBe(200);
    const seen = (await (
      await call(demoUsers.admin, 'GET', '/api/councils/314/sign-in-throttles')
    ).json()) as {
      throttles: { scope: string; address: string | null; state: string }[];
    };
    expect(seen.throttles).toContainEqual(
      expect.objectContaining({ scope: 'account-address', address: '10.6.6.6', state: 'refused' }),
    );
    const cleared = await call(
      demoUsers.admin,
      'DELETE',
      `/api/councils/314/sign-in-throttles?email=${encodeURIComponent(demoUsers.send.email)}`,
    );
    expect(cleared.status).toBe(200);
    expect((await signIn(demoUsers.send, '10.6.6.6')).status).toBe(200);
  }, 120_000);
});
