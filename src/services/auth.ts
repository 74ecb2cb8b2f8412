import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ServiceContext } from './context';
import { NotSignedInError } from './errors';
import { unknownUserHash, verifyPassword } from './passwords';
import { isCouncilRole, type CouncilRole, type SessionUser } from './permissions';
import { labelled } from './fieldLabels';
import { text } from './fields';
import { attemptSucceeded, reserveAttempt } from './signInThrottle';
import { ShortLivedCache } from './shortLivedCache';
import { parseInput } from './validation';

export const SESSION_HOURS = 12;

const signInInput = z.object({
  email: text('your email address', { max: 320 }),
  password: labelled(z.string().min(1).max(1000), 'your password'),
});

export interface SignedIn {
  token: string;
  user: SessionUser;
  expiresAt: Date;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const WRONG_CREDENTIALS = 'Email or password is incorrect.';

/** Checks email and password; counts and slows repeated failures (signInThrottle.ts); starts a session. */
export async function signIn(ctx: ServiceContext, input: unknown, client: string): Promise<SignedIn> {
  const { email, password } = parseInput(signInInput, input);
  const normalisedEmail = email.toLowerCase();
  // Counted before the password is judged, so parallel guesses cannot all slip in (signInThrottle.ts).
  await reserveAttempt(ctx, normalisedEmail, client);

  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', normalisedEmail))
    .executeTakeFirst();
  const matches = await verifyPassword(user?.password_hash ?? (await unknownUserHash()), password);
  await ctx.db
    .insertInto('sign_in_attempts')
    .values({ email: normalisedEmail, client, succeeded: Boolean(user && matches), at: ctx.now() })
    .execute();
  if (!user || !matches) throw new NotSignedInError(WRONG_CREDENTIALS);
  await attemptSucceeded(ctx, normalisedEmail, client);

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(ctx.now().getTime() + SESSION_HOURS * 3_600_000);
  await ctx.db
    .insertInto('sessions')
    .values({ token_hash: tokenHash(token), user_id: user.id, expires_at: expiresAt, created_at: ctx.now() })
    .execute();
  return { token, user: await loadSessionUser(ctx, user.id), expiresAt };
}

/** Sessions and their users as every request looks them up (shortLivedCache.ts). */
const sessions = new ShortLivedCache<{ user: SessionUser; expiresAt: Date } | undefined>();

/** Forgets cached sessions and users: after a change to users, roles or sessions in this process. */
export function sessionsChanged(): void {
  sessions.clear();
}

/** The user a session token belongs to, or a NotSignedInError when it is missing, unknown or expired. */
export async function userForSession(ctx: ServiceContext, token: string | undefined): Promise<SessionUser> {
  if (!token) throw new NotSignedInError();
  const hash = tokenHash(token);
  const session = await sessions.get(ctx.db, hash, async () => {
    const row = await ctx.db
      .selectFrom('sessions')
      .select(['user_id', 'expires_at'])
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    return row && { user: await loadSessionUser(ctx, row.user_id), expiresAt: row.expires_at };
  });
  // Expiry is judged at every request, cached or not.
  if (!session || session.expiresAt.getTime() <= ctx.now().getTime()) {
    throw new NotSignedInError('Your session has ended. Please sign in again.');
  }
  return session.user;
}

/** Ends a session; ending an unknown one is not an error. */
export async function signOut(ctx: ServiceContext, token: string | undefined): Promise<void> {
  if (!token) return;
  await ctx.db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
  sessionsChanged();
}

async function loadSessionUser(ctx: ServiceContext, userId: number): Promise<SessionUser> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'is_system_admin', 'must_change_password'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const memberships = await ctx.db
    .selectFrom('memberships')
    .select(['council_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  const roles = new Map<number, CouncilRole>();
  for (const m of memberships) if (isCouncilRole(m.role)) roles.set(m.council_id, m.role);
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    isSystemAdmin: user.is_system_admin,
    roles,
    mustChangePassword: user.must_change_password,
  };
}
