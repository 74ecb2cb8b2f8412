import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_HOURS, signIn, signOut, userForSession } from './auth';
import { createCouncil, requireCouncil } from './councils';
import { loadDemo } from './demo';
import type { Actor } from './permissions';
import { openTestContext, type TestContext } from './testContext';
import { addCouncilUser, listCouncilUsers } from './users';

// Issue 16: an administrator of council B who adds a person by an email that already has an account in
// council A learns nothing they did not type: not the name, not whether the account existed.

const cli: Actor = { kind: 'system', label: 'test setup' };
let t: TestContext;
let richmondAdmin: Actor;

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
  richmondAdmin = {
    kind: 'user',
    user: (await signIn(t.ctx, { email: 'admin@richmond.example', password: 'richmond-admin' }, 'test')).user,
  };
});
afterAll(async () => t.database.close());

describe('adding a person whose email has an account in another council', () => {
  it('answers exactly as for a new account: the email, the role and the name typed, nothing else', async () => {
    const existing = await addCouncilUser(t.ctx, richmondAdmin, '318', {
      email: 'Finance@Kingston.example',
      role: 'viewer',
      password: 'a-new-password',
    });
    const fresh = await addCouncilUser(t.ctx, richmondAdmin, '318', {
      email: 'someone-new@richmond.example',
      role: 'viewer',
      password: 'a-new-password',
    });
    expect(existing).toEqual({
      email: 'finance@kingston.example',
      displayName: 'finance@kingston.example',
      role: 'viewer',
    });
    expect(fresh).toEqual({
      email: 'someone-new@richmond.example',
      displayName: 'someone-new@richmond.example',
      role: 'viewer',
    });
    expect(Object.keys(existing)).toEqual(Object.keys(fresh));
    expect(JSON.stringify(existing)).not.toContain('Demo finance officer');
  });

  it('lists the person in council B by the name B gave them, never the name council A knows', async () => {
    await addCouncilUser(t.ctx, richmondAdmin, '318', {
      email: 'finance@kingston.example',
      role: 'viewer',
      displayName: 'Shared finance lead',
      password: 'a-new-password',
    });
    const richmond = await listCouncilUsers(t.ctx, richmondAdmin, '318');
    expect(richmond.find((u) => u.email === 'finance@kingston.example')?.displayName).toBe(
      'Shared finance lead',
    );
    expect(JSON.stringify(richmond)).not.toContain('Demo finance officer');
    const kingston = await listCouncilUsers(t.ctx, cli, '314');
    expect(kingston.find((u) => u.email === 'finance@kingston.example')?.displayName).toBe(
      'Demo finance officer',
    );
  });

  it('leaves the existing password as it was', async () => {
    const kept = await signIn(
      t.ctx,
      { email: 'finance@kingston.example', password: 'kingston-finance' },
      'test',
    );
    expect(kept.user.displayName).toBe('Demo finance officer');
    await expect(
      signIn(t.ctx, { email: 'finance@kingston.example', password: 'a-new-password' }, 'test'),
    ).rejects.toThrow('Email or password is incorrect.');
  });
});

// Sessions are looked up through a two-second cache (shortLivedCache.ts): a change of role in this
// process must still count from the next request, and an ended session must end at once.
describe('a signed-in session after a change', () => {
  it('sees a role given in another council at the next request', async () => {
    const { token } = await signIn(
      t.ctx,
      { email: 'admin@richmond.example', password: 'richmond-admin' },
      'test',
    );
    const before = await userForSession(t.ctx, token);
    const kingstonId = (await requireCouncil(t.ctx, cli, '314', 'council.read')).id;
    expect(before.roles.has(kingstonId)).toBe(false);
    await addCouncilUser(t.ctx, cli, '314', {
      email: 'admin@richmond.example',
      role: 'viewer',
      password: 'richmond-admin',
    });
    expect((await userForSession(t.ctx, token)).roles.get(kingstonId)).toBe('viewer');
  });

  it('refuses a session the moment it expires or is signed out, cached or not', async () => {
    const { token } = await signIn(
      t.ctx,
      { email: 'admin@richmond.example', password: 'richmond-admin' },
      'test',
    );
    await userForSession(t.ctx, token);
    t.advance(SESSION_HOURS * 3_600_000);
    await expect(userForSession(t.ctx, token)).rejects.toThrow('Your session has ended.');
    const second = await signIn(
      t.ctx,
      { email: 'admin@richmond.example', password: 'richmond-admin' },
      'test',
    );
    await userForSession(t.ctx, second.token);
    await signOut(t.ctx, second.token);
    await expect(userForSession(t.ctx, second.token)).rejects.toThrow('Your session has ended.');
  });
});
