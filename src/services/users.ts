import { sql } from 'kysely';
import { z } from 'zod';
import { recordAudit } from './audit';
import { sessionsChanged } from './auth';
import { inTransaction, type ServiceContext } from './context';
import { ForbiddenError } from './errors';
import { requireCouncil } from './councils';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';
import { councilRoles, type Actor } from './permissions';
import { emailAddress, text } from './fields';
import { parseInput } from './validation';

const newUserInput = z.object({
  email: emailAddress("the person's email address"),
  displayName: text("the person's name").optional(),
  role: z.enum(councilRoles, { message: `must be one of ${councilRoles.join(', ')}` }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1000),
});

/**
 * Gives a person a role in a council, creating their account if the email is new. For an existing
 * account (perhaps another council's) the password is left as it is and the role in this council is set.
 * The answer is the same either way and holds only what the administrator typed: the email, the role and
 * the name they gave (docs/security.md, "Across councils"). Audited; the password never is.
 */
export async function addCouncilUser(ctx: ServiceContext, actor: Actor, councilCode: string, input: unknown) {
  const data = parseInput(newUserInput, input);
  const council = await requireCouncil(ctx, actor, councilCode, 'users.manage');
  // Hashed whether or not the account exists, so the time taken says nothing either.
  const passwordHash = await hashPassword(data.password);
  const added = await inTransaction(ctx, async (trx) => {
    let user = await trx
      .selectFrom('users')
      .select(['id', 'email'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', data.email))
      .executeTakeFirst();
    if (!user) {
      user = await trx
        .insertInto('users')
        .values({
          email: data.email,
          display_name: data.displayName ?? data.email,
          password_hash: passwordHash,
          // An administrator chose this password: the person replaces it at their first sign-in.
          must_change_password: actor.kind === 'user',
        })
        .returning(['id', 'email'])
        .executeTakeFirstOrThrow();
    }
    const previous = await trx
      .selectFrom('memberships')
      .select('role')
      .where('user_id', '=', user.id)
      .where('council_id', '=', council.id)
      .executeTakeFirst();
    const displayName = data.displayName ?? null;
    await trx
      .insertInto('memberships')
      .values({ user_id: user.id, council_id: council.id, role: data.role, display_name: displayName })
      .onConflict((oc) =>
        oc.columns(['user_id', 'council_id']).doUpdateSet({
          role: data.role,
          ...(displayName !== null ? { display_name: displayName } : {}),
        }),
      )
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: previous ? 'update' : 'create',
      entity: 'membership',
      entityId: user.email,
      before: previous ? { role: previous.role } : null,
      after: { email: data.email, role: data.role },
    });
    return { email: data.email, displayName: displayName ?? data.email, role: data.role };
  });
  // After the commit, so no request reloads the old roles in between.
  sessionsChanged();
  return added;
}

/** People with a role in the council, each by the name this council gave them (or their email). */
export async function listCouncilUsers(ctx: ServiceContext, actor: Actor, councilCode: string) {
  const council = await requireCouncil(ctx, actor, councilCode, 'users.manage');
  const rows = await ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'memberships.display_name', 'memberships.role'])
    .where('memberships.council_id', '=', council.id)
    .orderBy('users.email')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    displayName: r.display_name ?? r.email,
    role: r.role,
  }));
}

const systemAdminInput = z.object({
  email: emailAddress("the administrator's email address"),
  displayName: text("the administrator's name").optional(),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1000),
});

/** Creates (or promotes) a system administrator; only from the command line or by another one. */
export async function addSystemAdministrator(ctx: ServiceContext, actor: Actor, input: unknown) {
  const data = parseInput(systemAdminInput, input);
  if (actor.kind === 'user' && !actor.user.isSystemAdmin)
    throw new ForbiddenError('Only a system administrator can add another.');
  const passwordHash = await hashPassword(data.password);
  const added = await inTransaction(ctx, async (trx) => {
    const row = await trx
      .insertInto('users')
      .values({
        email: data.email,
        display_name: data.displayName ?? data.email,
        password_hash: passwordHash,
        is_system_admin: true,
      })
      .onConflict((oc) => oc.expression(sql`lower(email)`).doUpdateSet({ is_system_admin: true }))
      .returning(['id', 'email'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      councilId: null,
      action: 'grant',
      entity: 'system-administrator',
      entityId: row.email,
      after: { email: row.email },
    });
    return row;
  });
  sessionsChanged();
  return added;
}

// What the web receives and sends.
/** A person with a role in the council. */
export type CouncilUserView = Awaited<ReturnType<typeof listCouncilUsers>>[number];
/** Giving a person a role: their email, name, the role and (for a new account) a first password. */
export type NewCouncilUserInput = z.input<typeof newUserInput>;
