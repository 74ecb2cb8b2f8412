import { z } from 'zod';
import { returnStatus, type QuarterlyReturn, type SignOff } from '../../core/safetyValve';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ConflictError, ForbiddenError } from '../errors';
import { canSign, type Actor } from '../permissions';
import { text } from '../fields';
import { parseInput } from '../validation';
import { lockMessage, refuseIfLocked, requireReturn } from './access';
import { returnColumns } from './store';

const capacities = { s151: 'S151 officer', dcs: 'Director of Children’s Services' } as const;
const signInput = z
  .object({
    as: z.enum(['s151', 'dcs'], {
      message: 'must be s151 (the S151 officer) or dcs (the Director of Children’s Services)',
    }),
  })
  .strict();

/**
 * Signs a return as S151 officer or as Director of Children's Services. Only a user holding that role in
 * the council may (403 otherwise, nothing saved); every condition must have an assurance level first.
 * When both have signed, the return is locked. Audited.
 */
export async function signReturn(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  input: unknown,
): Promise<QuarterlyReturn> {
  const { as } = parseInput(signInput, input);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  if (!canSign(actor, as, council.id)) {
    throw new ForbiddenError(
      `Only a user with the ${as} role in ${council.name} can sign off a return as ${capacities[as]}; your account does not hold it. Nothing was signed.`,
    );
  }
  return inTransaction(ctx, async (trx) => {
    const stored = await requireReturn({ ...ctx, db: trx }, council, period);
    const before = stored.quarterlyReturn;
    refuseIfLocked(before);
    const existing = as === 's151' ? before.s151SignOff : before.dcsSignOff;
    if (existing)
      throw new ConflictError(
        `The ${period} return is already signed off as ${capacities[as]} by ${existing.name}.`,
      );
    const unassessed = before.conditions.filter((c) => c.assurance === null).map((c) => c.number);
    if (unassessed.length > 0)
      throw new ConflictError(
        `The ${period} return cannot be signed yet: condition${unassessed.length === 1 ? '' : 's'} ${unassessed.join(', ')} ${unassessed.length === 1 ? 'has' : 'have'} no assurance level.`,
      );
    if (actor.kind !== 'user') throw new ForbiddenError('A return is signed by a person.');
    const signature: SignOff = {
      userId: actor.user.id,
      email: actor.user.email,
      name: actor.user.displayName,
      at: ctx.now().toISOString(),
    };
    const after: QuarterlyReturn = {
      ...before,
      ...(as === 's151' ? { s151SignOff: signature } : { dcsSignOff: signature }),
    };
    await trx
      .updateTable('sv_returns')
      .set(returnColumns(after, ctx.now()))
      .where('id', '=', stored.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'sign-off',
      entity: 'safety-valve-return',
      entityId: period,
      before: { status: returnStatus(before) },
      after: { as, status: returnStatus(after), signedBy: signature.email },
    });
    return after;
  });
}

const reopenInput = z
  .object({ reason: text('the reason for reopening the return', { max: 2000, multiline: true }) })
  .strict();

/** Reopens a signed return: an administrator, with a reason; clears both sign-offs. Audited with the reason. */
export async function reopenReturn(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  input: unknown,
): Promise<QuarterlyReturn> {
  const { reason } = parseInput(reopenInput, input);
  const council = await requireCouncil(ctx, actor, code, 'returns.reopen');
  return inTransaction(ctx, async (trx) => {
    const stored = await requireReturn({ ...ctx, db: trx }, council, period);
    const before = stored.quarterlyReturn;
    if (returnStatus(before) === 'draft')
      throw new ConflictError(
        `The ${period} return is a draft with no sign-off: there is nothing to reopen.`,
      );
    const after: QuarterlyReturn = { ...before, s151SignOff: null, dcsSignOff: null };
    await trx
      .updateTable('sv_returns')
      .set(returnColumns(after, ctx.now()))
      .where('id', '=', stored.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'reopen',
      entity: 'safety-valve-return',
      entityId: period,
      before: {
        status: returnStatus(before),
        s151SignOff: before.s151SignOff,
        dcsSignOff: before.dcsSignOff,
        wasLocked: lockMessage(before) !== null,
      },
      after: { status: 'draft', reason },
    });
    return after;
  });
}
