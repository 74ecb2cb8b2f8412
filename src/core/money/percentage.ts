import { divideRounded, roundHalfAwayFromZero } from './rounding';

/**
 * numerator / denominator as a percentage rounded half away from zero to `decimals` places
 * (percentage(-2276, 10000) is -22.76); null when the denominator is 0, since there is no percentage.
 */
export function percentage(numerator: number, denominator: number, decimals = 2): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) {
    throw new RangeError(`percentage of ${String(numerator)} / ${String(denominator)} is not defined`);
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`percentage: decimals must be an integer from 0 to 10, not ${String(decimals)}`);
  }
  if (denominator === 0) return null;
  const scale = 10 ** decimals;
  let scaled: number;
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator)) {
    // Pence and head counts are integers: round the exact ratio, so published halves round as by hand.
    scaled = Number(divideRounded(BigInt(numerator) * 100n * BigInt(scale), BigInt(denominator)));
  } else {
    // 15 significant digits wash out binary noise (1.005 stored as 1.00499999...) before rounding.
    scaled = roundHalfAwayFromZero(Number(((numerator / denominator) * 100 * scale).toPrecision(15)));
  }
  const result = scaled / scale;
  return result === 0 ? 0 : result;
}
