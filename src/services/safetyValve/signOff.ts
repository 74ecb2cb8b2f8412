import { z } from 'zod';
import { returnStatus, type QuarterlyReturn, type SignOff } from '../../core/safetyValve';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { requireCouncil } from '../councils';
import { ConflictError, ForbiddenError } from '../errors';
import { canSign, type Actor } from '../permissions';
import { text } from '../fields';
import { parseInput } from '../validation';
import { nextRevision, takeExpectedRevision } from '../rowVersion';
import { lockMessage, refuseIfLocked, requireReturnForChange } from './access';
import { captureSnapshot } from './returnSnapshot';
import { discardSnapshot } from './snapshotStore';
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
 * The first signature captures what the return shows (its snapshot) and holds the plan versions it reads;
 * the second signs the same snapshot. When both have signed, the return is locked. With
 * `expectedRevision`, a return changed since the signer read it is not signed (409). Audited.
 */
export async function signReturn(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  input: unknown,
): Promise<QuarterlyReturn> {
  const { expected, rest } = takeExpectedRevision(input);
  const { as } = parseInput(signInput, rest);
  const council = await requireCouncil(ctx, actor, code, 'council.read');
  if (!canSign(actor, as, council.id)) {
    throw new ForbiddenError(
      `Only a user with the ${as} role in ${council.name} can sign off a return as ${capacities[as]}; your account does not hold it. Nothing was signed.`,
    );
  }
  return inTransaction(ctx, async (trx) => {
    const tx = { ...ctx, db: trx };
    const stored = await requireReturnForChange(tx, council, period, expected);
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
    // The first signature freezes what the return shows; the second signs that same snapshot.
    const snapshot =
      returnStatus(before) === 'draft' ? await captureSnapshot(tx, actor, council, stored) : null;
    await trx
      .updateTable('sv_returns')
      .set({ ...returnColumns(after, ctx.now()), ...nextRevision(actor, ctx.now()) })
      .where('id', '=', stored.id)
      .execute();
    await recordAudit(trx, actor, {
      councilId: council.id,
      action: 'sign-off',
      entity: 'safety-valve-return',
      entityId: period,
      before: { status: returnStatus(before) },
      after: {
        as,
        status: returnStatus(after),
        signedBy: signature.email,
        ...(snapshot ? { snapshotSha256: snapshot.sha256, versionsHeld: snapshot.versions } : {}),
      },
    });
    return after;
  });
}

const reopenInput = z
  .object({ reason: text('the reason for reopening the return', { max: 2000, multiline: true }) })
  .strict();

/**
 * Reopens a signed return: an administrator, with a reason; clears both sign-offs and discards the
 * snapshot (the versions it held can change again; the next first signature captures afresh). Audited
 * with the reason and the discarded snapshot's hash.
 */
export async function reopenReturn(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  period: string,
  input: unknown,
): Promise<QuarterlyReturn> {
  const { expected, rest } = takeExpectedRevision(input);
  const { reason } = parseInput(reopenInput, rest);
  const council = await requireCouncil(ctx, actor, code, 'returns.reopen');
  return inTransaction(ctx, async (trx) => {
    const stored = await requireReturnForChange({ ...ctx, db: trx }, council, period, expected);
    const before = stored.quarterlyReturn;
    if (returnStatus(before) === 'draft')
      throw new ConflictError(
        `The ${period} return is a draft with no sign-off: there is nothing to reopen.`,
      );
    const after: QuarterlyReturn = { ...before, s151SignOff: null, dcsSignOff: null };
    const discarded = await discardSnapshot(trx, stored.id);
    await trx
      .updateTable('sv_returns')
      .set({ ...returnColumns(after, ctx.now()), ...nextRevision(actor, ctx.now()) })
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
      after: { status: 'draft', reason, snapshotDiscarded: discarded },
    });
    return after;
  });
}

/** Signing a return: the capacity signed in. */
export type SignOffInput = z.input<typeof signInput>;
/** Reopening a signed return: the reason, kept in the audit trail. */
export type ReopenInput = z.input<typeof reopenInput>;
