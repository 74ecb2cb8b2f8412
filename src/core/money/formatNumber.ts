import { roundHalfAwayFromZero } from './rounding';

/** Puts thousands separators into a run of digits: '1234567' -> '1,234,567'. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A count or rate as councils write it: 1,447; 12.5 with `decimals`. Halves round away from zero
 * (as a person rounding by hand would), and a value that rounds to zero is never written -0.
 */
export function formatCount(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) throw new RangeError(`${String(value)} is not a number that can be written`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`formatCount: decimals must be an integer from 0 to 10, not ${String(decimals)}`);
  }
  const scale = 10 ** decimals;
  // 15 significant digits wash out binary noise (1.005 stored as 1.00499999...) before rounding.
  const scaled = roundHalfAwayFromZero(Number((value * scale).toPrecision(15)));
  const digits = Math.abs(scaled)
    .toString()
    .padStart(decimals + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - decimals));
  const body = decimals > 0 ? `${whole}.${digits.slice(digits.length - decimals)}` : whole;
  return scaled < 0 ? `-${body}` : body;
}

/** A percentage as written in returns: '10.8%' (one decimal by default), '-1.5%'. */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatCount(value, decimals)}%`;
}
