import { z } from 'zod';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';
import { requireCouncil } from './councils';
import { ForbiddenError, ValidationError } from './errors';
import { emailAddress, text } from './fields';
import type { Actor } from './permissions';
import { throttleLimits, throttleDelayMs, WINDOW_MINUTES } from './signInThrottle';
import { parseInput } from './validation';

// What an administrator can see and clear of the sign-in counters (signInThrottle.ts). A council's
// administrator sees the counters of its own members' accounts; a system administrator (or the command
// line) sees every counter, including those of addresses, and may clear any.

/** One live counter as an administrator sees it. */
export interface ThrottleView {
  scope: 'account-address' | 'account' | 'address';
  email: string | null;
  address: string | null;
  failures: number;
  /** 'refused': attempts are refused unjudged; 'slowed': each waits before it is judged. */
  state: 'counting' | 'slowed' | 'refused';
  since: string;
  lastAttemptAt: string;
}

function stateOf(scope: ThrottleView['scope'], failures: number): ThrottleView['state'] {
  const l = throttleLimits;
  if (scope === 'account-address')
    return failures >= l.refuseAfter ? 'refused' : throttleDelayMs(failures) > 0 ? 'slowed' : 'counting';
  if (scope === 'address')
    return failures >= l.refuseAddressAfter
      ? 'refused'
      : failures >= l.slowAddressAfter
        ? 'slowed'
        : 'counting';
  return failures >= l.slowAccountAfter ? 'slowed' : 'counting';
}

const isSystem = (actor: Actor) => actor.kind === 'system' || actor.user.isSystemAdmin;

/** The live counters: of the council's members (council given), or all of them (system administrators). */
export async function listSignInThrottles(ctx: ServiceContext, actor: Actor, councilCode?: string) {
  const since = new Date(ctx.now().getTime() - WINDOW_MINUTES * 60_000);
  let query = ctx.db
    .selectFrom('sign_in_throttles')
    .selectAll()
    .where('window_start', '>', since)
    .where('failures', '>', 0);
  if (councilCode !== undefined) {
    const council = await requireCouncil(ctx, actor, councilCode, 'users.manage');
    query = query.where('email', 'in', (eb) =>
      eb
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select((e) => e.fn<string>('lower', ['users.email']).as('email'))
        .where('memberships.council_id', '=', council.id),
    );
  } else if (!isSystem(actor)) {
    throw new ForbiddenError(
      'Only a system administrator can see every sign-in counter; a council administrator sees its own members’.',
    );
  }
  const rows = await query.orderBy('last_attempt_at', 'desc').execute();
  return rows.map(
    (r): ThrottleView => ({
      scope: r.scope,
      email: r.email,
      address: r.scope === 'account' ? null : r.client,
      failures: r.failures,
      state: stateOf(r.scope, r.failures),
      since: r.window_start.toISOString(),
      lastAttemptAt: r.last_attempt_at.toISOString(),
    }),
  );
}

const clearInput = z
  .object({
    email: emailAddress('the account’s email address').optional(),
    address: text('the network address', { max: 100 }).optional(),
  })
  .strict();

/**
 * Clears counters so a person (or an address) may try again at once: every counter of the email, or of
 * the address (system administrators only), or every counter (system administrators, no filter). Audited.
 */
export async function clearSignInThrottles(
  ctx: ServiceContext,
  actor: Actor,
  councilCode: string | undefined,
  input: unknown,
): Promise<{ cleared: number }> {
  const { email, address } = parseInput(clearInput, input);
  const council =
    councilCode === undefined ? undefined : await requireCouncil(ctx, actor, councilCode, 'users.manage');
  if (council) {
    if (!email || address !== undefined)
      throw new ValidationError('Give the email address of one of the council’s members.', 'email');
    const member = await ctx.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('users.id')
      .where('memberships.council_id', '=', council.id)
      .where((eb) => eb(eb.fn('lower', ['users.email']), '=', email))
      .executeTakeFirst();
    if (!member)
      throw new ValidationError(`${email} is not a member of ${council.name}: nothing was cleared.`, 'email');
  } else if (!isSystem(actor)) {
    throw new ForbiddenError('Only a system administrator can clear counters across the instance.');
  }
  return inTransaction(ctx, async (trx) => {
    let del = trx.deleteFrom('sign_in_throttles');
    if (email) del = del.where('email', '=', email);
    if (address) del = del.where('client', '=', address);
    const result = await del.executeTakeFirst();
    const cleared = Number(result.numDeletedRows);
    await recordAudit(trx, actor, {
      councilId: council?.id ?? null,
      action: 'clear',
      entity: 'sign-in-throttle',
      entityId: email ?? address ?? 'all',
      after: { cleared },
    });
    return { cleared };
  });
}
