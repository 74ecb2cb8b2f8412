import { assertPence, type Pence } from './pence';
import { divideRounded } from './rounding';

/** The share numerator/denominator of an amount, rounded half away from zero to the penny. */
export function shareOf(amount: Pence, numerator: number, denominator: number): Pence {
  assertPence(amount);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError(
      `share ${String(numerator)}/${String(denominator)} must be a ratio of integers with a non-zero denominator`,
    );
  }
  // bigint because amount × numerator can pass 2^53 (£1bn × 366 days already does not, but £100bn would).
  const share = Number(divideRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator)));
  return assertPence(share === 0 ? 0 : share, 'share');
}

/**
 * Splits a total into parts proportional to integer weights so that the parts add back exactly to the
 * total (largest remainder). Ties: equal remainders favour the earlier index. A negative total is split
 * as the mirror image of the positive one, so apportion(-t, w) is always -apportion(t, w).
 */
export function apportion(total: Pence, weights: readonly number[]): Pence[] {
  assertPence(total, 'total');
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`weight ${String(weight)} must be a non-negative integer`);
    }
  }
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) throw new RangeError('cannot apportion an amount over weights that add up to 0');

  const sign = total < 0 ? -1 : 1;
  const magnitude = BigInt(Math.abs(total));
  const divisor = BigInt(weightSum);
  const parts = weights.map((weight, index) => {
    const exact = magnitude * BigInt(weight);
    return { index, base: exact / divisor, remainder: exact % divisor };
  });
  let leftover = magnitude - parts.reduce((sum, part) => sum + part.base, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (leftover === 0n) break;
    part.base += 1n;
    leftover -= 1n;
  }
  return parts.map((part) => {
    const value = sign * Number(part.base);
    return value === 0 ? 0 : value;
  });
}
