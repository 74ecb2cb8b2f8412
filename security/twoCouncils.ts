// A highneeds server with two councils for the attack-style tests: Kingston upon Thames (the demo, with
// its users) and Richmond upon Thames (a finance user and an administrator of its own), answered in
// process with `app.request()` (the same Hono app `highneeds serve` runs), so no port is needed.
import { demoUsers } from '../e2e/harness';
import { createApp } from '../src/server/app';
import { createCouncil } from '../src/services/councils';
import { loadDemo } from '../src/services/demo';
import type { Actor } from '../src/services/permissions';
import { openTestContext, type TestContext } from '../src/services/testContext';
import { addCouncilUser } from '../src/services/users';

export const setup: Actor = { kind: 'system', label: 'security test setup' };

/** Who can sign in, by a short name: the demo's users, a second Kingston finance officer, Richmond's. */
export const people = {
  ...demoUsers,
  finance2: { email: 'finance2@kingston.example', password: 'kingston-finance-2' },
  richmondFinance: { email: 'finance@richmond.example', password: 'richmond-finance' },
  richmondAdmin: { email: 'admin@richmond.example', password: 'richmond-admin' },
} as const;

export type Person = keyof typeof people;

export interface TwoCouncils {
  t: TestContext;
  app: ReturnType<typeof createApp>;
  /** Calls the API as a signed-in person (JSON body when given; extra headers such as If-Match). */
  call(
    who: Person,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the server with both councils and signs everyone in once. */
export async function startTwoCouncils(): Promise<TwoCouncils> {
  const t = await openTestContext();
  await loadDemo(t.ctx, setup);
  await createCouncil(t.ctx, setup, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
  const add = (code: string, who: Person, role: string) =>
    addCouncilUser(t.ctx, setup, code, { ...people[who], displayName: who, role });
  await add('314', 'finance2', 'finance');
  await add('318', 'richmondFinance', 'finance');
  await add('318', 'richmondAdmin', 'admin');
  const app = createApp(t.ctx, { logError: () => {} });
  const cookies = new Map<Person, string>();
  const call: TwoCouncils['call'] = async (who, method, path, body, headers = {}) => {
    let cookie = cookies.get(who);
    if (!cookie) {
      const signedIn = await app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(people[who]),
      });
      if (signedIn.status !== 200) throw new Error(`${who} could not sign in (${signedIn.status})`);
      cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      cookies.set(who, cookie);
    }
    return app.request(path, {
      method,
      headers: {
        cookie,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  };
  return { t, app, call, close: () => t.database.close() };
}
