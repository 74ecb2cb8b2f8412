import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { SignInThrottlesTable } from '../db/securitySchema';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';

// Slowing down password guessing without locking the real person out (docs/security.md, "Sign-in").
// Every attempt is counted before its password is checked, in one statement per counter (an upsert that
// takes the row's lock), so a burst of parallel guesses each sees the count of those before it. Failures
// are counted per account and network address, per account from anywhere, and per address for any
// account; a success clears its account-and-address counter. Only the guesser's own address is refused.

/** Failures count within this window; a counter older than it starts again. */
export const WINDOW_MINUTES = 15;

/** The limits (docs/security.md lists them). */
export const throttleLimits = {
  /** Per account and address: attempts at full speed, then 1 s, 2 s, 4 s, 8 s ... before each is judged. */
  freeFailures: 3,
  maxDelayMs: 8_000,
  /** Per account and address: beyond this many failures in the window, attempts are refused unjudged. */
  refuseAfter: 10,
  /** Per address, any account (password spraying): slowed from here, refused beyond refuseAddressAfter. */
  slowAddressAfter: 20,
  refuseAddressAfter: 100,
  /** Per account, any address (a distributed attack): slowed, never refused, so the person can sign in. */
  slowAccountAfter: 20,
  slowDelayMs: 2_000,
} as const;

/** Delay before judging an attempt after `recentFailures` failures for the account from this address. */
export function throttleDelayMs(recentFailures: number): number {
  if (recentFailures < throttleLimits.freeFailures) return 0;
  return Math.min(throttleLimits.maxDelayMs, 1000 * 2 ** (recentFailures - throttleLimits.freeFailures));
}

type Scope = SignInThrottlesTable['scope'];

/** The key of a counter: one row per scope and subject. */
export function throttleKey(scope: Scope, email: string | null, client: string): string {
  return scope === 'address'
    ? `address:${client}`
    : scope === 'account'
      ? `account:${email ?? ''}`
      : `account-address:${email ?? ''}|${client}`;
}

/** Raises one counter by one, starting it again when its window has passed; returns the count before. */
async function count(db: Kysely<Database>, now: Date, scope: Scope, email: string | null, client: string) {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const row = await db
    .insertInto('sign_in_throttles')
    .values({
      key: throttleKey(scope, email, client),
      scope,
      email,
      client,
      failures: 1,
      window_start: now,
      last_attempt_at: now,
    })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when sign_in_throttles.window_start <= ${since} then 1 else sign_in_throttles.failures + 1 end`,
        window_start: sql<Date>`case when sign_in_throttles.window_start <= ${since} then ${now} else sign_in_throttles.window_start end`,
        last_attempt_at: now,
      }),
    )
    .returning(['failures', 'window_start'])
    .executeTakeFirstOrThrow();
  return { before: row.failures - 1, windowStart: row.window_start };
}

function minutesLeft(windowStart: Date, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MINUTES * 60_000 - now.getTime()) / 60_000));
}

/**
 * Counts an attempt before its password is checked: refuses it (429) when its account-and-address or
 * address counter is over the limit, otherwise waits as long as the counters say. The caller then judges
 * the password and calls `attemptSucceeded` when it was right.
 */
export async function reserveAttempt(ctx: ServiceContext, email: string, client: string): Promise<void> {
  const now = ctx.now();
  const pair = await count(ctx.db, now, 'account-address', email, client);
  const address = await count(ctx.db, now, 'address', null, client);
  // The per-account counter belongs to no one address ('*'): clearing an address leaves it.
  const account = await count(ctx.db, now, 'account', email, '*');
  // Counters nobody has touched for a day are of no use to anyone.
  await ctx.db
    .deleteFrom('sign_in_throttles')
    .where('last_attempt_at', '<', new Date(now.getTime() - 86_400_000))
    .execute();
  const limits = throttleLimits;
  if (pair.before >= limits.refuseAfter)
    throw new ServiceError(
      `Too many failed sign-ins for this account from your network address. Try again in ${String(minutesLeft(pair.windowStart, now))} minutes, or ask your council's administrator to clear it.`,
      429,
    );
  if (address.before >= limits.refuseAddressAfter)
    throw new ServiceError(
      `Too many failed sign-ins from your network address. Try again in ${String(minutesLeft(address.windowStart, now))} minutes.`,
      429,
    );
  const delay = Math.max(
    throttleDelayMs(pair.before),
    address.before >= limits.slowAddressAfter ? limits.slowDelayMs : 0,
    account.before >= limits.slowAccountAfter ? limits.slowDelayMs : 0,
  );
  await ctx.sleep(delay);
}

/** A right password: the account-and-address counter starts again; the others lose this attempt. */
export async function attemptSucceeded(ctx: ServiceContext, email: string, client: string): Promise<void> {
  await ctx.db
    .deleteFrom('sign_in_throttles')
    .where('key', '=', throttleKey('account-address', email, client))
    .execute();
  await ctx.db
    .updateTable('sign_in_throttles')
    .set({ failures: sql<number>`greatest(failures - 1, 0)` })
    .where('key', 'in', [throttleKey('address', null, client), throttleKey('account', email, '*')])
    .execute();
}
