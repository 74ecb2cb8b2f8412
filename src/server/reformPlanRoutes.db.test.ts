import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../services/demo';
import { openTestContext, type TestContext } from '../services/testContext';
import { createApp } from './app';

let t: TestContext;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};

async function signIn(email: string, password: string): Promise<string> {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}
const post = (path: string, who: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { cookie: cookies[who]!, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, { kind: 'system', label: 'test' });
  app = createApp(t.ctx, { logError: () => {} });
  for (const role of ['viewer', 'finance'])
    cookies[role] = await signIn(`${role}@kingston.example`, `kingston-${role}`);
});
afterAll(async () => t.database.close());

const plan = (inputSet: number) => ({
  inputSet,
  simulations: 10,
  mitigations: [
    {
      id: 'early-help',
      name: 'Early help',
      workstream: 'Early intervention',
      owner: 'Head of SEND',
      startYear: '2021-22',
      phaseIn: [0.5, 1],
      changes: [{ type: 'multiply-joiners', factor: 0.8 }],
    },
  ],
});

describe('reform plan API', () => {
  it('runs a plan for a reader; a push needs the finance role; a bad change is a 400 naming it', async () => {
    const inputs = (await (
      await app.request('/api/councils/314/forecasts/inputs', { headers: { cookie: cookies.viewer! } })
    ).json()) as { inputSets: Array<{ id: number }> };
    const inputSet = inputs.inputSets[0]!.id;
    const res = await post('/api/councils/314/reform-plan/run', 'viewer', plan(inputSet));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { run: { order: string[] }; bridge: Array<{ period: string }> };
    expect(body.run.order).toEqual(['early-help']);
    expect(body.bridge.at(-1)!.period).toBe('plan period');
    const push = await post('/api/councils/314/reform-plan/run', 'viewer', {
      ...plan(inputSet),
      version: 'Latest forecast, May 2021',
      push: true,
    });
    expect(push.status).toBe(403);
    const bad = plan(inputSet);
    bad.mitigations[0]!.changes = [{ type: 'multiply-joiners', factor: -1 }];
    const refused = await post('/api/councils/314/reform-plan/run', 'finance', bad);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toMatch(/factor/);
  });
});
