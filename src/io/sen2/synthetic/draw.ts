import type { Rng } from '../../../core/forecast/rng';
import { addDays, dayNumber, type IsoDate } from '../../../core/periods';

// Small seeded draws for the synthetic returns: everything made up comes from one Rng, so a seed gives
// the same return every time.

/** A key drawn with probability proportional to its weight. */
export function pickWeighted<K extends string | number>(
  rng: Rng,
  weights: ReadonlyArray<readonly [K, number]>,
): K {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let u = rng.uniform() * total;
  for (const [key, weight] of weights) {
    u -= weight;
    if (u <= 0) return key;
  }
  return weights[weights.length - 1]![0];
}

/** A whole number from `min` to `max` inclusive. */
export function wholeBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.uniform() * (max - min + 1));
}

/** A date strictly after `after` and strictly before `before`. */
export function dateBetween(rng: Rng, after: IsoDate, before: IsoDate): IsoDate {
  const days = dayNumber(before) - dayNumber(after) - 1;
  if (days < 1) throw new RangeError(`no day strictly between ${after} and ${before}`);
  return addDays(after, wholeBetween(rng, 1, days));
}

/** True with probability p. */
export const chance = (rng: Rng, p: number): boolean => rng.uniform() < p;

/** A made-up name part: letters only, from a number (so names never collide and never look real). */
export function letters(n: number): string {
  let text = '';
  let k = n;
  do {
    text = String.fromCharCode(97 + (k % 26)) + text;
    k = Math.floor(k / 26);
  } while (k > 0);
  return text;
}
