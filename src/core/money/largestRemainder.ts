import { assertPence, sumPence, type Pence } from './pence';
import { roundHalfAwayFromZero, roundToPounds } from './rounding';

// Published tables must add up: rounding each row on its own can leave the rows £1 away from the
// rounded total. Largest remainder rounds every row down or up (never further) and gives the "up"s
// to the rows that lost most, so the rows add up to the rounded total.
//
// Tie rule, for both functions: among rows with equal remainders the earlier index is rounded away
// from zero first. A negative total is rounded as the mirror image of the positive table, so a
// table and its negative always round to mirror images.

interface Candidate {
  readonly index: number;
  readonly remainder: number;
}

function byRemainderThenIndex<T extends Candidate>(a: T, b: T): number {
  return a.remainder === b.remainder ? a.index - b.index : b.remainder - a.remainder;
}

/**
 * Rounds each amount to an integer so that the integers add up to the total rounded half away from zero.
 * The amounts must add up to the total (any floating-point drift is absorbed).
 */
export function largestRemainder(amounts: readonly number[], total: number): number[] {
  for (const amount of amounts) {
    if (!Number.isFinite(amount)) throw new RangeError(`${String(amount)} is not a finite amount`);
  }
  const sign = total < 0 ? -1 : 1;
  const target = roundHalfAwayFromZero(total) * sign;
  const mirrored = amounts.map((amount) => amount * sign);
  const floors = mirrored.map((amount) => Math.floor(amount));
  const extra = target - floors.reduce((sum, floor) => sum + floor, 0);
  if (extra < 0 || extra > amounts.length) {
    const partsSum = amounts.reduce((sum, amount) => sum + amount, 0);
    throw new RangeError(`the parts add up to ${String(partsSum)} but the total is ${String(total)}`);
  }
  const order = mirrored
    .map((amount, index) => ({ index, remainder: amount - Math.floor(amount) }))
    .sort(byRemainderThenIndex);
  const result = [...floors];
  for (const { index } of order.slice(0, extra)) result[index] = (result[index] ?? 0) + 1;
  return result.map((value) => (value === 0 ? 0 : value * sign));
}

/**
 * Rounds a table of pence to whole pounds (results stay in pence, multiples of 100) so that the rows
 * add up to their own total rounded to pounds. Exact integer arithmetic: prefer it to largestRemainder
 * for money, where pence / 100 would bring floating-point noise into the tie rule.
 */
export function roundTableToPounds(amounts: readonly Pence[]): Pence[] {
  const total = sumPence(amounts);
  const sign = total < 0 ? -1 : 1;
  const target = roundToPounds(total) * sign;
  const mirrored = amounts.map((amount) => assertPence(amount) * sign);
  const floors = mirrored.map((amount) => amount - mod100(amount));
  let extra = (target - floors.reduce((sum, floor) => sum + floor, 0)) / 100;
  const order = mirrored
    .map((amount, index) => ({ index, remainder: mod100(amount) }))
    .sort(byRemainderThenIndex);
  const result = [...floors];
  for (const { index } of order) {
    if (extra === 0) break;
    result[index] = (result[index] ?? 0) + 100;
    extra -= 1;
  }
  return result.map((value) => (value === 0 ? 0 : value * sign));
}

/** The remainder in 0..99, also for negative amounts (JS % keeps the sign of the dividend). */
function mod100(amount: number): number {
  return ((amount % 100) + 100) % 100;
}
