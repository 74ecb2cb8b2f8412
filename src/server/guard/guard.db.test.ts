import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../services/demo';
import type { Actor } from '../../services/permissions';
import { openTestContext, type TestContext } from '../../services/testContext';
import { createApp } from '../app';
import { serveWebApp } from '../staticFiles';
import { deploymentFromEnv } from './deployment';

const cli: Actor = { kind: 'system', label: 'test setup' };
let t: TestContext;
let app: ReturnType<typeof createApp>;
let web: string;
let finance: string;

async function signIn(target: ReturnType<typeof createApp>, email: string, password: string, headers = {}) {
  return target.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  web = mkdtempSync(join(tmpdir(), 'hn-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(
    join(web, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app-1.js"></script>',
  );
  writeFileSync(join(web, 'assets', 'app-1.js'), 'export {};');
  app = createApp(t.ctx, { logError: () => {}, staticRoutes: serveWebApp(web) });
  finance = (await signIn(app, 'finance@kingston.example', 'kingston-finance')).headers
    .get('set-cookie')!
    .split(';')[0]!;
});
afterAll(async () => {
  rmSync(web, { recursive: true, force: true });
  await t.database.close();
});

const errorOf = async (res: Response) => (await res.json()) as { error: string; field?: string };

describe('the address guard', () => {
  it('answers a NUL in a URL parameter with 400 naming the part, not a 500', async () => {
    const res = await app.request('/api/councils/314%00/model/versions', { headers: { cookie: finance } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).error).toBe(
      "The address part '314%00' holds a NUL (U+0000) at character 4, which is not allowed: remove it.",
    );
  });

  it('answers a broken percent-encoding with 400, for the API and the static files alike', async () => {
    for (const path of ['/%E0%A4%A', '/api/councils/%E0%A4%A', '/assets/%ED%A0%80.js']) {
      const res = await app.request(path, { headers: { cookie: finance } });
      expect(res.status, path).toBe(400);
      expect((await errorOf(res)).error, path).toMatch(
        /^The address has a broken percent-encoding in the part/,
      );
    }
  });

  it('checks query strings too, naming the parameter', async () => {
    const nul = await app.request('/api/councils/314/model/compare?from=a%00b&to=x', {
      headers: { cookie: finance },
    });
    expect(nul.status).toBe(400);
    expect(await errorOf(nul)).toEqual({
      error:
        "The query parameter 'from' holds a NUL (U+0000) at character 2, which is not allowed: remove it.",
      field: 'from',
    });
    const broken = await app.request('/api/councils/314/model/compare?from=%E0%A4%A', {
      headers: { cookie: finance },
    });
    expect((await errorOf(broken)).error).toBe(
      "The address has a broken percent-encoding in the query parameter 'from': check the link or the request.",
    );
  });
});

describe('body limits', () => {
  it('refuses a JSON body over 1 MB by its Content-Length, naming the limit', async () => {
    const res = await app.request('/api/councils/314/model/versions/x/copy', {
      method: 'POST',
      headers: {
        cookie: finance,
        'content-type': 'application/json',
        'content-length': String(2 * 1024 * 1024),
      },
      body: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).error).toBe(
      'The request body is larger than 1 MB, the most highneeds takes for a request (docs/api.md, "Limits"). Nothing was stored.',
    );
  });

  it('stops a streamed body without Content-Length once it passes the limit', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        if (sent > 100 * 1024 * 1024) controller.close();
      },
    });
    const res = await app.request(
      new Request('http://localhost/api/councils/314/model/versions', {
        method: 'POST',
        headers: { cookie: finance, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect((await errorOf(res)).error).toMatch(
      /^The request body is larger than 5 MB, the most highneeds takes for a plan version/,
    );
    expect(sent).toBeLessThan(6 * 1024 * 1024);
  });
});

describe('cross-site writes', () => {
  const freeze = (headers: Record<string, string>) =>
    app.request('/api/councils/314/model/versions/no-such-version/freeze', {
      method: 'POST',
      headers: { cookie: finance, host: 'localhost', ...headers },
    });

  it('refuses a body-less POST from another origin before the route runs (403)', async () => {
    const res = await freeze({ origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).error).toBe(
      "This request came from another site (Origin https://evil.example), not from highneeds' own pages, so it was refused and nothing changed.",
    );
    expect((await freeze({ origin: 'null' })).status).toBe(403);
    expect((await freeze({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await freeze({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
  });

  it('lets the app’s own pages and non-browser clients through to the route', async () => {
    // 404: the route ran and found no such version.
    expect((await freeze({ origin: 'http://localhost' })).status).toBe(404);
    expect((await freeze({ 'sec-fetch-site': 'same-origin' })).status).toBe(404);
    expect((await freeze({})).status).toBe(404);
  });

  it('believes forwarded hosts and listed origins only when told to', async () => {
    const proxied = createApp(t.ctx, {
      logError: () => {},
      deployment: deploymentFromEnv({ HIGHNEEDS_ALLOWED_ORIGINS: 'https://plans.council.example' }, true),
    });
    const post = (target: typeof app, headers: Record<string, string>) =>
      target.request('/api/session', { method: 'DELETE', headers: { host: 'internal:3000', ...headers } });
    const forwarded = { origin: 'https://highneeds.example', 'x-forwarded-host': 'highneeds.example' };
    expect((await post(proxied, forwarded)).status).toBe(204);
    expect((await post(app, forwarded)).status).toBe(403);
    expect((await post(proxied, { origin: 'https://plans.council.example' })).status).toBe(204);
  });
});

describe('secure session cookies', () => {
  it('are Secure behind a trusted TLS proxy, or always when configured, and not otherwise', async () => {
    const demo = ['finance@kingston.example', 'kingston-finance'] as const;
    const cookieOf = (res: Response) => res.headers.get('set-cookie') ?? '';
    expect(cookieOf(await signIn(app, ...demo, { 'x-forwarded-proto': 'https' }))).not.toMatch(/Secure/);
    const proxied = createApp(t.ctx, { deployment: deploymentFromEnv({}, true) });
    expect(cookieOf(await signIn(proxied, ...demo, { 'x-forwarded-proto': 'https' }))).toMatch(/; Secure/);
    expect(cookieOf(await signIn(proxied, ...demo))).not.toMatch(/Secure/);
    const always = createApp(t.ctx, {
      deployment: deploymentFromEnv({ HIGHNEEDS_SECURE_COOKIES: 'always' }),
    });
    expect(cookieOf(await signIn(always, ...demo))).toMatch(/; Secure/);
    expect(() => deploymentFromEnv({ HIGHNEEDS_SECURE_COOKIES: 'sometimes' })).toThrow(
      "HIGHNEEDS_SECURE_COOKIES must be 'always' or 'auto', not 'sometimes'.",
    );
  });
});

describe('headers', () => {
  it('puts the policy headers on pages and no-store on every API answer', async () => {
    const page = await app.request('/');
    expect(page.headers.get('content-security-policy')).toMatch(
      /script-src 'self'; .*frame-ancestors 'none'/,
    );
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await app.request('/assets/app-1.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of [
      '/api/health',
      '/api/councils/314/placements/records',
      '/api/nothing',
      '/api/councils/314%00',
    ]) {
      const res = await app.request(path, { headers: { cookie: finance } });
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('content-security-policy'), path).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      );
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});
