import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, userForSession } from './auth';
import { requireCouncil } from './councils';
import { changeCouncilRole, removeCouncilRole, resetCouncilUserPassword } from './councilPeople';
import { loadDemo } from './demo';
import { changeOwnPassword } from './ownPassword';
import type { Actor } from './permissions';
import { openTestContext, type TestContext } from './testContext';
import { addCouncilUser } from './users';

const cli: Actor = { kind: 'system', label: 'test setup' };
let t: TestContext;

async function actorFor(email: string, password: string): Promise<Actor> {
  const signedIn = await signIn(t.ctx, { email, password }, 'test');
  return { kind: 'user', user: signedIn.user };
}

async function idOf(email: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function roleOf(email: string): Promise<string | undefined> {
  const row = await t.ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.role')
    .where('users.email', '=', email)
    .executeTakeFirst();
  return row?.role;
}

async function auditCount(): Promise<number> {
  return (await t.ctx.db.selectFrom('audit_log').select('id').execute()).length;
}

beforeAll(async () => {
  t = await openTestContext();
  await loadDemo(t.ctx, cli);
});
afterAll(async () => t.database.close());

describe('people and roles', () => {
  it('lets an administrator change a role, audited; other roles may not', async () => {
    const admin = await actorFor('admin@kingston.example', 'kingston-admin');
    const viewer = await idOf('viewer@kingston.example');
    const changed = await changeCouncilRole(t.ctx, admin, '314', { id: viewer }, { role: 'send' });
    expect(changed).toMatchObject({ email: 'viewer@kingston.example', role: 'send' });
    expect(await roleOf('viewer@kingston.example')).toBe('send');
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'membership')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'update', entity_id: 'viewer@kingston.example' });
    expect(entry.before).toEqual({ role: 'viewer' });
    expect(entry.after).toEqual({ role: 'send' });

    const finance = await actorFor('finance@kingston.example', 'kingston-finance');
    await expect(
      changeCouncilRole(t.ctx, finance, '314', { id: viewer }, { role: 'admin' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    await changeCouncilRole(t.ctx, admin, '314', { email: 'viewer@kingston.example' }, { role: 'viewer' });
  });

  it('refuses a role that is not one, and an administrator changing their own role, saving nothing', async () => {
    const admin = await actorFor('admin@kingston.example', 'kingston-admin');
    const before = await auditCount();
    await expect(
      changeCouncilRole(t.ctx, admin, '314', { email: 'send@kingston.example' }, { role: 'owner' }),
    ).rejects.toMatchObject({ status: 400, field: 'role' });
    await expect(
      changeCouncilRole(t.ctx, admin, '314', { email: 'admin@kingston.example' }, { role: 'viewer' }),
    ).rejects.toThrow('You cannot change the role of yourself');
    expect(await roleOf('send@kingston.example')).toBe('send');
    expect(await roleOf('admin@kingston.example')).toBe('admin');
    expect(await auditCount()).toBe(before);
  });

  it('never leaves a council without an administrator', async () => {
    await expect(
      changeCouncilRole(t.ctx, cli, '314', { email: 'admin@kingston.example' }, { role: 'viewer' }),
    ).rejects.toThrow("Kingston upon Thames's only administrator");
    await expect(
      removeCouncilRole(t.ctx, cli, '314', { email: 'admin@kingston.example' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    expect(await roleOf('admin@kingston.example')).toBe('admin');
  });

  it('takes a role away, audited, and says so for someone with no role', async () => {
    await addCouncilUser(t.ctx, cli, '314', {
      email: 'leaver@kingston.example',
      role: 'viewer',
      password: 'leaver-password',
    });
    const admin = await actorFor('admin@kingston.example', 'kingston-admin');
    await removeCouncilRole(t.ctx, admin, '314', { id: await idOf('leaver@kingston.example') });
    expect(await roleOf('leaver@kingston.example')).toBeUndefined();
    await expect(
      removeCouncilRole(t.ctx, admin, '314', { email: 'leaver@kingston.example' }),
    ).rejects.toThrow('leaver@kingston.example has no role in Kingston upon Thames.');
  });
});

describe('resetting a password', () => {
  it('sets a one-time password, ends the sessions, and holds council data back until a new one is chosen', async () => {
    const viewerSession = await signIn(
      t.ctx,
      { email: 'viewer@kingston.example', password: 'kingston-viewer' },
      'x',
    );
    const admin = await actorFor('admin@kingston.example', 'kingston-admin');
    const done = await resetCouncilUserPassword(
      t.ctx,
      admin,
      '314',
      { email: 'viewer@kingston.example' },
      { password: 'one-time-pass-1' },
    );
    expect(done).toMatchObject({ email: 'viewer@kingston.example', mustChangePassword: true });
    await expect(userForSession(t.ctx, viewerSession.token)).rejects.toMatchObject({ status: 401 });
    await expect(
      signIn(t.ctx, { email: 'viewer@kingston.example', password: 'kingston-viewer' }, 'x'),
    ).rejects.toMatchObject({ status: 401 });
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'reset-password')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry)).not.toContain('one-time-pass-1');

    const viewer = await actorFor('viewer@kingston.example', 'one-time-pass-1');
    expect(viewer.kind === 'user' && viewer.user.mustChangePassword).toBe(true);
    await expect(requireCouncil(t.ctx, viewer, '314', 'council.read')).rejects.toThrow(
      /Choose a new password/,
    );

    await expect(
      changeOwnPassword(t.ctx, viewer, { currentPassword: 'wrong', newPassword: 'my-own-password' }),
    ).rejects.toMatchObject({ field: 'currentPassword' });
    await expect(
      changeOwnPassword(t.ctx, viewer, {
        currentPassword: 'one-time-pass-1',
        newPassword: 'one-time-pass-1',
      }),
    ).rejects.toMatchObject({ field: 'newPassword' });
    await changeOwnPassword(t.ctx, viewer, {
      currentPassword: 'one-time-pass-1',
      newPassword: 'kingston-viewer',
    });
    const again = await actorFor('viewer@kingston.example', 'kingston-viewer');
    expect(again.kind === 'user' && again.user.mustChangePassword).toBe(false);
    await expect(requireCouncil(t.ctx, again, '314', 'council.read')).resolves.toMatchObject({ code: '314' });
  });

  it('refuses a short password and a person with a role in a council the administrator does not manage', async () => {
    const admin = await actorFor('admin@kingston.example', 'kingston-admin');
    await expect(
      resetCouncilUserPassword(
        t.ctx,
        admin,
        '314',
        { email: 'send@kingston.example' },
        { password: 'short' },
      ),
    ).rejects.toMatchObject({ status: 400, field: 'password' });
    await t.ctx.db
      .insertInto('councils')
      .values({ code: '318', new_code: 'E09000027', name: 'Richmond upon Thames', region: 'Outer London' })
      .execute();
    await addCouncilUser(t.ctx, cli, '318', {
      email: 'send@kingston.example',
      role: 'viewer',
      password: 'unused-password',
    });
    await expect(
      resetCouncilUserPassword(
        t.ctx,
        admin,
        '314',
        { email: 'send@kingston.example' },
        { password: 'long-enough-1' },
      ),
    ).rejects.toThrow(/also has a role in Richmond upon Thames/);
    await actorFor('send@kingston.example', 'kingston-send');
  });
});
