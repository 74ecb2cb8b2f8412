import { z } from 'zod';
import { recordAudit } from './audit';
import { sessionsChanged } from './auth';
import { inTransaction, type ServiceContext } from './context';
import { ForbiddenError, ValidationError } from './errors';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';
import type { Actor } from './permissions';
import { parseInput } from './validation';

const changeInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1000),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(1000, 'Use at most 1,000 characters.'),
  })
  .strict();

/**
 * The signed-in person chooses a new password, giving the current one (after an administrator's reset,
 * the one-time password): the account is then no longer asked to change it. Audited without either password.
 */
export async function changeOwnPassword(ctx: ServiceContext, actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(changeInput, input);
  if (actor.kind !== 'user') throw new ForbiddenError('Only a signed-in person changes their own password.');
  const row = await ctx.db
    .selectFrom('users')
    .select(['password_hash', 'email'])
    .where('id', '=', actor.user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, data.currentPassword)))
    throw new ValidationError('That is not your current password.', 'currentPassword');
  if (data.newPassword === data.currentPassword)
    throw new ValidationError('Choose a new password, different from the current one.', 'newPassword');
  const passwordHash = await hashPassword(data.newPassword);
  await inTransaction(ctx, async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: false })
      .where('id', '=', actor.user.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: null,
      action: 'change-password',
      entity: 'user',
      entityId: row.email,
    });
  });
  sessionsChanged(); // no longer asked to change it, from the next request
}

/** A password change: the current password and the new one. */
export type OwnPasswordInput = z.input<typeof changeInput>;
