import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './auth';
import { createCouncil } from './councils';
import { loadDemo } from './demo';
import { ServiceError } from './errors';
import type { Actor } from './permissions';
import { throttleLimits } from './signInThrottle';
import { clearSignInThrottles, listSignInThrottles } from './signInThrottles';
import { openTestContext, type TestContext } from './testContext';
import { addCouncilUser } from './users';

// Issue 16: guessing is slowed per account and address and per address, counted atomically (a burst of
// parallel guesses is not judged in full), and the real person elsewhere is never locked out.

const cli: Actor = { kind: 'system', label: 'test setup' };
const finance = { email: 'finance@kingston.example', password: 'kingston-finance' };
let t: TestContext;
let kingstonAdmin: Actor;
let richmondAdmin: Actor;

async function outcome(email: string, password: string, client: string): Promise<number> {
  try {
    await signIn(t.ctx, { email, password }, client);
    return 200;
  } catch (error) {
    if (error instanceof ServiceError) return error.status;
    throw error;
  }
}

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
  await createCouncil(t.ctx, cli, {
    code: '318',
    newCode: 'E09000027',
    name: 'Richmond upon Thames',
    region: 'Outer London',
  });
  await addCouncilUser(t.ctx, cli, '318', {
    email: 'admin@richmond.example',
    role: 'admin',
    password: 'richmond-admin',
  });
  const as = async (email: string, password: string): Promise<Actor> => ({
    kind: 'user',
    user: (await signIn(t.ctx, { email, password }, 'admin desk')).user,
  });
  kingstonAdmin = await as('admin@kingston.example', 'kingston-admin');
  richmondAdmin = await as('admin@richmond.example', 'richmond-admin');
});
afterAll(async () => t.database.close());

describe('a burst of parallel guesses at one account from one address', () => {
  it('is counted as it comes: 10 are judged, slower and slower, and the other 15 are refused unjudged', async () => {
    t.sleeps.length = 0;
    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, i) => outcome(finance.email, `guess-${String(i)}`, '203.0.113.9')),
    );
    expect(burst.filter((s) => s === 401)).toHaveLength(throttleLimits.refuseAfter);
    expect(burst.filter((s) => s === 429)).toHaveLength(15);
    expect([...t.sleeps].sort((a, b) => a - b)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000, 8000]);
  });

  it('refuses even the right password from that address, but not the person at their own desk', async () => {
    expect(await outcome(finance.email, finance.password, '203.0.113.9')).toBe(429);
    expect(await outcome(finance.email, finance.password, '198.51.100.20')).toBe(200);
  });

  it('lets the council administrator see it (only their own members’) and clear it', async () => {
    const seen = await listSignInThrottles(t.ctx, kingstonAdmin, '314');
    expect(seen).toContainEqual(
      expect.objectContaining({
        scope: 'account-address',
        email: finance.email,
        address: '203.0.113.9',
        failures: 26,
        state: 'refused',
      }),
    );
    expect(seen.some((r) => r.scope === 'address')).toBe(false);
    expect(await listSignInThrottles(t.ctx, richmondAdmin, '318')).toEqual([]);
    await expect(clearSignInThrottles(t.ctx, richmondAdmin, '318', { email: finance.email })).rejects.toThrow(
      'finance@kingston.example is not a member of Richmond upon Thames: nothing was cleared.',
    );
    await expect(listSignInThrottles(t.ctx, kingstonAdmin)).rejects.toThrow(/Only a system administrator/);
    expect(await clearSignInThrottles(t.ctx, kingstonAdmin, '314', { email: finance.email })).toEqual({
      cleared: 2,
    });
    expect(await outcome(finance.email, finance.password, '203.0.113.9')).toBe(200);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'sign-in-throttle')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id, a.actor_email])).toEqual([
      ['clear', finance.email, 'admin@kingston.example'],
    ]);
  });

  it('starts counting again once the window has passed', async () => {
    for (let i = 0; i < 11; i++) await outcome('send@kingston.example', 'wrong-password', '203.0.113.50');
    expect(await outcome('send@kingston.example', 'kingston-send', '203.0.113.50')).toBe(429);
    t.advance(16 * 60_000);
    expect(await outcome('send@kingston.example', 'kingston-send', '203.0.113.50')).toBe(200);
  });
});

describe('password spraying from one address', () => {
  it('is refused from that address after 100 failures across accounts; other addresses are not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < throttleLimits.refuseAddressAfter + 1; i++)
      statuses.push(await outcome(`nobody-${String(i)}@example.org`, 'Password123', '192.0.2.77'));
    expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
    expect(statuses[100]).toBe(429);
    expect(await outcome('viewer@kingston.example', 'kingston-viewer', '192.0.2.77')).toBe(429);
    expect(await outcome('viewer@kingston.example', 'kingston-viewer', '192.0.2.78')).toBe(200);
    const all = await listSignInThrottles(t.ctx, cli);
    expect(all).toContainEqual(
      expect.objectContaining({ scope: 'address', address: '192.0.2.77', state: 'refused' }),
    );
    expect(await clearSignInThrottles(t.ctx, cli, undefined, { address: '192.0.2.77' })).toEqual({
      cleared: 103,
    });
    expect(await outcome('viewer@kingston.example', 'kingston-viewer', '192.0.2.77')).toBe(200);
    // 104 sign-ins, each hashing a password: more than the default 30 s on a busy two-core machine.
  }, 120_000);
});
