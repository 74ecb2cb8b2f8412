import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../services/demo';
import type { GovernanceView } from '../services/governance';
import type { PaperPreview } from '../services/papers/render';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

let t: TestContext;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await openTestContext(); // 18 June 2021
  await loadDemo(t.ctx, { kind: 'system', label: 'test' });
  app = createApp(t.ctx, { logError: () => {} });
  for (const role of ['finance', 'send', 'viewer']) {
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
const view = async (role = 'viewer') =>
  (await (await call('GET', '/api/councils/314/governance', role)).json()) as GovernanceView;

describe('Governance API', () => {
  it("shows a viewer Kingston's cycle and the peer review's six recommendations (seed 004)", async () => {
    const v = await view();
    expect(v.asAt).toBe('2021-06-18');
    expect(v.items.filter((i) => i.kind === 'recommendation').map((i) => i.reference)).toEqual([
      'LGA 1',
      'LGA 2',
      'LGA 3',
      'LGA 4',
      'LGA 5',
      'LGA 6',
    ]);
    const committee = v.bodies.find((b) => b.name === 'People Committee')!;
    expect(committee.cadence).toBe('every 6 months');
    expect(committee.next?.meetsOn).toBe('2021-11-10');
  });

  it('lets the SEND lead record an action, which is overdue, and finance mark it done; a viewer is refused (403)', async () => {
    const created = await call('POST', '/api/councils/314/governance/items', 'send', {
      kind: 'action',
      title: 'Publish the revised banding framework',
      owner: 'Head of SEND',
      dueOn: '2021-06-11',
    });
    expect(created.status).toBe(201);
    const item = ((await created.json()) as GovernanceView).items.find(
      (i) => i.title === 'Publish the revised banding framework',
    )!;
    expect(item.overdue).toBe(true);
    const refused = await call('POST', `/api/councils/314/governance/items/${item.id}/status`, 'viewer', {
      status: 'done',
    });
    expect(refused.status).toBe(403);
    const done = await call('POST', `/api/councils/314/governance/items/${item.id}/status`, 'finance', {
      status: 'done',
      revision: item.revision,
    });
    expect(done.status).toBe(200);
    expect(((await done.json()) as GovernanceView).items.find((i) => i.id === item.id)).toMatchObject({
      status: 'done',
      overdue: false,
    });
  });

  it('refuses bad input in plain words, naming the field, with nothing saved', async () => {
    const before = (await view()).items.length;
    const res = await call('POST', '/api/councils/314/governance/items', 'finance', {
      kind: 'action',
      title: 'Report to the Forum',
      dueOn: '31/07/2021',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      field: 'dueOn',
      error: expect.stringMatching(/^The due date/) as unknown,
    });
    const meeting = await call('POST', '/api/councils/314/governance/meetings', 'finance', {
      bodyId: (await view()).bodies[0]!.id,
      meetsOn: '2021-07-21',
      paperIds: [999],
    });
    expect(meeting.status).toBe(400);
    expect(((await meeting.json()) as { error: string }).error).toContain('has no paper 999');
    expect((await view()).items.length).toBe(before);
    expect((await view()).meetings.some((m) => m.meetsOn === '2021-07-21')).toBe(false);
  });

  it('attaches a paper to a meeting', async () => {
    const papers = (await (await call('GET', '/api/councils/314/papers', 'viewer')).json()) as Array<{
      id: number;
    }>;
    const body = (await view()).bodies.find((b) => b.name === 'People Committee')!;
    const res = await call('POST', '/api/councils/314/governance/meetings', 'finance', {
      bodyId: body.id,
      meetsOn: '2021-07-13',
      paperIds: [papers[0]!.id],
    });
    expect(res.status).toBe(201);
    const meeting = ((await res.json()) as GovernanceView).meetings.find((m) => m.meetsOn === '2021-07-13')!;
    expect(meeting.papers).toEqual([{ paperId: papers[0]!.id, title: 'SEND Futures update', url: null }]);
    expect((await view()).bodies.find((b) => b.id === body.id)!.next).toMatchObject({
      meetsOn: '2021-07-13',
      basis: 'planned',
    });
  });
});

describe('the paper preview', () => {
  it("gives the committee paper's tables with the date and plan version they are drawn from (seed 003 figures)", async () => {
    const res = await call('GET', '/api/councils/314/reports/committee/paper.json', 'viewer');
    expect(res.status).toBe(200);
    const preview = (await res.json()) as PaperPreview;
    expect(preview).toMatchObject({ asAt: '2021-06-18', version: 'Safety Valve agreement, March 2021' });
    const text = JSON.stringify(preview.blocks);
    expect(text).toContain('HNB allocation');
    expect(text).toContain('25.897');
    expect(preview.blocks.some((b) => b.kind === 'table')).toBe(true);
    expect(text).not.toContain('<svg');
  });

  it('says which papers cannot be exported yet: a board paper lists the tables not drawn yet', async () => {
    const res = await call('POST', '/api/councils/314/papers', 'finance', {
      template: 'board',
      title: 'SEND Partnership Board, July 2021',
      asAt: '2021-06-18',
      narrative: { purpose: 'To update the Board.' },
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { undrawn: string[] }).undrawn).toContain(
      'Growth in EHCPs against comparators (published census)',
    );
    const papers = (await (await call('GET', '/api/councils/314/papers', 'viewer')).json()) as Array<{
      template: string;
      undrawn: string[];
    }>;
    expect(papers.find((p) => p.template === 'committee')!.undrawn).toEqual([]);
  });
});
