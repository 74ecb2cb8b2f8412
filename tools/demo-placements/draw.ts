import prand from 'pure-rand';
import { rngFromGenerator, type Rng } from '../../src/core/forecast/rng';

/** Seeded draws for the demo registers: the same seed always gives the same rows. */
export class Draw {
  private readonly rng: Rng;
  constructor(seed: number) {
    this.rng = rngFromGenerator(prand.xoroshiro128plus(seed));
  }
  /** Uniform in (0, 1). */
  u(): number {
    return this.rng.uniform();
  }
  /** A whole number from a to b, both included. */
  int(a: number, b: number): number {
    return a + Math.floor(this.u() * (b - a + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  /** Whole pounds around a mean, within ±spread of it. */
  around(mean: number, spread: number): number {
    return Math.round(mean * (1 + spread * (2 * this.u() - 1)));
  }
}

/**
 * n whole-pound amounts adding up to `total` exactly, each within ±spread of the mean: n - 1 are drawn
 * and the last takes the rest, redrawn until the rest is within the band too.
 */
export function amountsAddingUpTo(draw: Draw, n: number, total: number, spread: number): number[] {
  if (n === 0) {
    if (total !== 0) throw new Error(`no rows to carry £${String(total)}`);
    return [];
  }
  const mean = total / n;
  for (let attempt = 0; attempt < 100_000; attempt += 1) {
    const amounts = Array.from({ length: n - 1 }, () => draw.around(mean, spread));
    const last = total - amounts.reduce((s, a) => s + a, 0);
    if (Math.abs(last - mean) <= spread * mean) return [...amounts, last];
  }
  throw new Error(`cannot split £${String(total)} into ${String(n)} amounts within ${String(spread * 100)}%`);
}

/**
 * The later register's amounts for a group: the continuing rows keep theirs, the added rows are drawn,
 * and whatever is left to reach `total` goes first to the added rows (within ±spread of the mean) and
 * then, as cost changes of at most `maxChange` of the mean each, to the continuing rows.
 */
export function evolveAmounts(
  draw: Draw,
  continuing: readonly number[],
  added: number,
  total: number,
  spread: number,
  maxChange = 0.12,
): { continuing: number[]; added: number[] } {
  const mean = total / (continuing.length + added);
  const addedAmounts = Array.from({ length: added }, () => draw.around(mean, spread / 2));
  let rest = total - continuing.reduce((s, a) => s + a, 0) - addedAmounts.reduce((s, a) => s + a, 0);
  for (let i = 0; i < addedAmounts.length && rest !== 0; i += 1) {
    const room = rest > 0 ? mean * (1 + spread) - addedAmounts[i]! : addedAmounts[i]! - mean * (1 - spread);
    const step = Math.sign(rest) * Math.min(Math.abs(rest), Math.max(0, Math.floor(room)));
    addedAmounts[i]! += step;
    rest -= step;
  }
  const kept = [...continuing];
  const limit = Math.floor(mean * maxChange);
  for (let i = 0; i < kept.length && rest !== 0; i += 1) {
    const step = Math.sign(rest) * Math.min(Math.abs(rest), limit);
    kept[i]! += step;
    rest -= step;
  }
  if (rest !== 0) throw new Error(`£${String(rest)} left over: widen the group or change its counts`);
  return { continuing: kept, added: addedAmounts };
}
