import {
  longDate,
  returnStatus,
  type QuarterlyReturn,
  type SafetyValveAgreement,
  type SignOff,
} from '../../core/safetyValve';

import type { Council } from '../councils';
import { ConflictError, NotFoundError } from '../errors';
import type { ServiceContext } from '../context';
import { returnPeriodWords } from '../financialModel/versionReferences';
import { requireFresh } from '../rowVersion';
import { findReturn, type StoredReturn } from './store';

/** The return for a period, or a 404 naming it. */
export async function requireReturn(
  ctx: ServiceContext,
  council: Council,
  period: string,
): Promise<StoredReturn> {
  const found = await findReturn(ctx.db, council.id, period);
  if (!found) throw new NotFoundError(`${council.name} has no Safety Valve return for ${period}.`);
  return found;
}

/**
 * The return for a period, locked for this transaction (edits and signatures of one return take turns),
 * and checked against the revision the client read, when it sent one (409 with the current return).
 * `before` checks come first: an edit of a locked return is told it is locked, however old its read.
 */
export async function requireReturnForChange(
  ctx: ServiceContext,
  council: Council,
  period: string,
  expectedRevision: number | undefined,
  before: (r: QuarterlyReturn) => void = () => {},
): Promise<StoredReturn> {
  const found = await requireReturn(ctx, council, period);
  await ctx.db.selectFrom('sv_returns').select('id').where('id', '=', found.id).forUpdate().execute();
  const stored = (await findReturn(ctx.db, council.id, period))!;
  before(stored.quarterlyReturn);
  requireFresh(
    expectedRevision,
    { revision: stored.revision, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt },
    `the Safety Valve return ${returnPeriodWords(period)}`,
    stored.quarterlyReturn,
  );
  return stored;
}

function signature(s: SignOff, capacity: string): string {
  return `${s.name} (${capacity}, ${longDate(s.at.slice(0, 10))})`;
}

/** Why a locked return cannot change, saying who signed and how to reopen it; null when it is not locked. */
export function lockMessage(
  r: Pick<QuarterlyReturn, 'period' | 's151SignOff' | 'dcsSignOff'>,
): string | null {
  if (returnStatus(r) !== 'locked') return null;
  return `The ${r.period} return is locked: it was signed off by ${signature(r.s151SignOff!, 'S151 officer')} and ${signature(r.dcsSignOff!, 'Director of Children’s Services')}. An administrator can reopen it, giving a reason; reopening clears both sign-offs.`;
}

/** Refuses any change to a locked return (409 with who signed and how to reopen). */
export function refuseIfLocked(r: QuarterlyReturn): void {
  const message = lockMessage(r);
  if (message) throw new ConflictError(message);
}

/** The agreement's condition with this number, or a 404 listing the numbers there are. */
export function requireCondition(agreement: SafetyValveAgreement, number: string) {
  const condition = agreement.conditions.find((c) => c.number === number);
  if (!condition)
    throw new NotFoundError(
      `The agreement has no condition ${number} (its conditions are ${agreement.conditions.map((c) => c.number).join(', ')}).`,
    );
  return condition;
}
