import { assertPence, type Pence } from './pence';

/** Rounds to the nearest integer, halves away from zero (2.5 → 3, -2.5 → -3), never returning -0. */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${String(value)} cannot be rounded`);
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}

/** Divides two bigints and rounds the quotient half away from zero, exactly. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const n = denominator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d; // bigint division truncates toward zero
  const remainder = n % d; // and the remainder takes the sign of n
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twice >= d) return quotient + (n < 0n ? -1n : 1n);
  return quotient;
}

/** Rounds pence to whole pounds, halves away from zero; the result is still in pence (a multiple of 100). */
export function roundToPounds(amount: Pence): Pence {
  assertPence(amount);
  const rounded = Number(divideRounded(BigInt(amount), 100n)) * 100;
  return rounded === 0 ? 0 : rounded;
}
