import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { recordAudit } from './audit';
import { sessionsChanged } from './auth';
import { inTransaction, type ServiceContext } from './context';
import { requireCouncil, type Council } from './councils';
import { ConflictError, ForbiddenError, NotFoundError } from './errors';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';
import { can, councilRoles, type Actor } from './permissions';
import { parseInput } from './validation';

/** Who a change is about: the web names a person by id, the command line by email. */
export type PersonRef = { id: number } | { email: string };

const roleInput = z
  .object({ role: z.enum(councilRoles, { message: `Choose one of the roles: ${councilRoles.join(', ')}.` }) })
  .strict();

const passwordInput = z
  .object({
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(1000, 'Use at most 1,000 characters.'),
  })
  .strict();

type Db = Kysely<Database> | Transaction<Database>;

/** The person with a role in the council, or a 404 that says so (never another council's people). */
async function requireMember(db: Db, council: Council, who: PersonRef) {
  const row = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.is_system_admin', 'memberships.role'])
    .where('memberships.council_id', '=', council.id)
    .where((eb) =>
      'id' in who
        ? eb('users.id', '=', who.id)
        : eb(eb.fn('lower', ['users.email']), '=', who.email.toLowerCase()),
    )
    .executeTakeFirst();
  if (!row) {
    const named = 'id' in who ? 'That person' : who.email;
    throw new NotFoundError(`${named} has no role in ${council.name}.`);
  }
  return row;
}

/** Refuses a change to one's own role (an administrator could lock the council out by mistake). */
function refuseSelf(actor: Actor, userId: number, what: string): void {
  if (actor.kind === 'user' && actor.user.id === userId)
    throw new ForbiddenError(`You cannot ${what} yourself: ask another administrator of the council.`);
}

/** Refuses to leave the council without an administrator. */
async function keepAnAdministrator(db: Db, council: Council, userId: number, currentRole: string) {
  if (currentRole !== 'admin') return;
  const admins = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('council_id', '=', council.id)
    .where('role', '=', 'admin')
    .execute();
  if (admins.every((a) => a.user_id === userId))
    throw new ConflictError(
      `This is ${council.name}'s only administrator: give another person the administrator role first.`,
      'role',
    );
}

/** Changes a person's role in the council (administrators); audited. */
export async function changeCouncilRole(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  who: PersonRef,
  input: unknown,
) {
  const { role } = parseInput(roleInput, input);
  const council = await requireCouncil(ctx, actor, code, 'users.manage');
  const changed = await inTransaction(ctx, async (trx) => {
    const person = await requireMember(trx, council, who);
    refuseSelf(actor, person.id, 'change the role of');
    if (person.role === role)
      return { id: person.id, email: person.email, displayName: person.display_name, role };
    if (role !== 'admin') await keepAnAdministrator(trx, council, person.id, person.role);
    await trx
      .updateTable('memberships')
      .set({ role })
      .where('user_id', '=', person.id)
      .where('council_id', '=', council.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'update',
      entity: 'membership',
      entityId: person.email,
      before: { role: person.role },
      after: { role },
    });
    return { id: person.id, email: person.email, displayName: person.display_name, role };
  });
  sessionsChanged(); // the role holds from the next request, not after the session cache's seconds
  return changed;
}

/** Takes away a person's role in the council (their account stays, for other councils); audited. */
export async function removeCouncilRole(ctx: ServiceContext, actor: Actor, code: string, who: PersonRef) {
  const council = await requireCouncil(ctx, actor, code, 'users.manage');
  await inTransaction(ctx, async (trx) => {
    const person = await requireMember(trx, council, who);
    refuseSelf(actor, person.id, 'take away the role of');
    await keepAnAdministrator(trx, council, person.id, person.role);
    await trx
      .deleteFrom('memberships')
      .where('user_id', '=', person.id)
      .where('council_id', '=', council.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'delete',
      entity: 'membership',
      entityId: person.email,
      before: { role: person.role },
    });
  });
  sessionsChanged();
}

/**
 * Sets a one-time password for a person of the council (administrators): every session they have ends,
 * and at their next sign-in they must choose their own password before anything else. Only for people
 * whose every role is in councils the administrator manages, and never a system administrator, so an
 * administrator cannot take over an account that reaches further than their own. Audited without the
 * password.
 */
export async function resetCouncilUserPassword(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  who: PersonRef,
  input: unknown,
) {
  const { password } = parseInput(passwordInput, input);
  const council = await requireCouncil(ctx, actor, code, 'users.manage');
  const passwordHash = await hashPassword(password);
  const reset = await inTransaction(ctx, async (trx) => {
    const person = await requireMember(trx, council, who);
    refuseSelf(actor, person.id, 'reset the password of');
    if (person.is_system_admin)
      throw new ForbiddenError('A system administrator’s password is reset from the command line only.');
    const elsewhere = await trx
      .selectFrom('memberships')
      .innerJoin('councils', 'councils.id', 'memberships.council_id')
      .select(['councils.id', 'councils.name'])
      .where('memberships.user_id', '=', person.id)
      .execute();
    const outside = elsewhere.filter((c) => !can(actor, 'users.manage', c.id));
    if (outside.length > 0)
      throw new ForbiddenError(
        `${person.email} also has a role in ${outside.map((c) => c.name).join(', ')}: an administrator of every council they belong to must reset it (or use the command line).`,
      );
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: true })
      .where('id', '=', person.id)
      .execute();
    const ended = await trx.deleteFrom('sessions').where('user_id', '=', person.id).executeTakeFirst();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'reset-password',
      entity: 'user',
      entityId: person.email,
      after: { mustChangePassword: true, sessionsEnded: Number(ended.numDeletedRows) },
    });
    return { id: person.id, email: person.email, mustChangePassword: true };
  });
  sessionsChanged(); // their sessions end now, in this process's cache too
  return reset;
}

// What the web sends.
/** A new role for a person. */
export type RoleChangeInput = z.input<typeof roleInput>;
/** The one-time password an administrator sets. */
export type PasswordResetInput = z.input<typeof passwordInput>;
