import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../services/demo';
import { openTestContext, type TestContext } from '../services/testContext';
import { docxText, missingDocumentTools } from '../testing/documents';
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
    expect(res.status).toBe(200);
    cookies[role] = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  }
}, 120_000);
afterAll(async () => t.database.close());

function call(method: string, path: string, role: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: { cookie: cookies[role]!, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

describe('Papers API', () => {
  it('lists the templates and the demo paper with its word counts to a viewer', async () => {
    const templates = (await (
      await call('GET', '/api/councils/314/papers/templates', 'viewer')
    ).json()) as Array<{ id: string }>;
    expect(templates.map((x) => x.id)).toEqual(['committee', 'forum', 'board']);
    const papers = (await (await call('GET', '/api/councils/314/papers', 'viewer')).json()) as Array<{
      title: string;
      words: Array<{ key: string; words: number }>;
    }>;
    expect(papers[0]!.title).toBe('SEND Futures update');
    expect(papers[0]!.words.find((w) => w.key === 'purpose')!.words).toBe(9);
  });

  it('lets finance write a paper and refuses a viewer (403) and a bad date (400), saving nothing', async () => {
    const body = {
      template: 'committee',
      title: 'SEND Futures update, November',
      asAt: '2021-11-30',
      narrative: { purpose: 'To update the Committee.' },
    };
    const created = await call('POST', '/api/councils/314/papers', 'finance', body);
    expect(created.status).toBe(201);
    const paper = (await created.json()) as { id: number; revision: number };
    const changed = await call('PUT', `/api/councils/314/papers/${paper.id}`, 'finance', {
      ...body,
      status: 'final',
      revision: 1,
    });
    expect(((await changed.json()) as { revision: number }).revision).toBe(2);
    expect((await call('POST', '/api/councils/314/papers', 'viewer', body)).status).toBe(403);
    const bad = await call('POST', '/api/councils/314/papers', 'finance', { ...body, asAt: '30/11/2021' });
    expect(bad.status).toBe(400);
    const all = (await (await call('GET', '/api/councils/314/papers', 'viewer')).json()) as unknown[];
    expect(all).toHaveLength(2);
  });

  it.skipIf(missingDocumentTools.length > 0)(
    'downloads the committee paper as DOCX for a viewer, the figures as at the date asked',
    async () => {
      const res = await call(
        'GET',
        '/api/councils/314/reports/committee/paper.docx?asAt=2021-06-18',
        'viewer',
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(
        'Kingston upon Thames SEND Futures update 2021-06-18.docx',
      );
      const text = docxText(Buffer.from(await res.arrayBuffer()));
      expect(text).toContain('drawn from the figures held on 18 June 2021');
      expect(text).toContain('HNB allocation\t25.897');
    },
    120_000,
  );

  it('gives savings delivery by line as at a date, and refuses a viewer recording it (403)', async () => {
    const q = '?version=Safety%20Valve%20agreement%2C%20March%202021&financialYear=2021-22&asAt=2021-05-31';
    const d = (await (await call('GET', `/api/councils/314/savings/delivery${q}`, 'viewer')).json()) as {
      total: { delivered: number };
    };
    expect(d.total.delivered).toBe(29_200_000);
    const body = {
      version: 'Safety Valve agreement, March 2021',
      financialYear: '2021-22',
      asAt: '2021-06-30',
      lines: [{ lineKey: 'saving-srp', delivered: 60000, forecast: 71000 }],
    };
    expect((await call('POST', '/api/councils/314/savings/delivery', 'viewer', body)).status).toBe(403);
    expect((await call('POST', '/api/councils/314/savings/delivery', 'finance', body)).status).toBe(201);
  });
});
