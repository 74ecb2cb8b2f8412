// Counts, rates and percentages as council papers write them: 1,552 plans, 22.76%, +38 plans.
import { roundHalfAwayFromZero } from './rounding';

/** Puts thousands separators into a run of digits: '1234567' -> '1,234,567'. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How formatNumber writes a figure. */
export interface FormatNumberOptions {
  /** Decimal places, rounded half away from zero as by hand; default 0 (a whole count). */
  readonly decimals?: number;
  /** 'always' writes a change with its sign either way: +38, -12 (and 0 for no change). */
  readonly sign?: 'always';
  /** Written straight after the number: '%'. */
  readonly suffix?: string;
}

/**
 * A figure with thousands separators: 1,552; 1,552.4 with one decimal. Halves round away from zero (as a
 * person rounding by hand would), and a value that rounds to zero is never written -0.
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  const decimals = options.decimals ?? 0;
  if (!Number.isFinite(value)) throw new RangeError(`${String(value)} is not a number that can be written`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be an integer from 0 to 10, not ${String(decimals)}`);
  }
  const scale = 10 ** decimals;
  // 15 significant digits wash out binary noise (1.005 stored as 1.00499999...) before rounding.
  const scaled = roundHalfAwayFromZero(Number((value * scale).toPrecision(15)));
  const digits = Math.abs(scaled)
    .toString()
    .padStart(decimals + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - decimals));
  const body = `${decimals > 0 ? `${whole}.${digits.slice(digits.length - decimals)}` : whole}${options.suffix ?? ''}`;
  if (scaled < 0) return `-${body}`;
  return options.sign === 'always' && scaled > 0 ? `+${body}` : body;
}

/** A count or rate as councils write it: 1,447 (a mean of 1551.6 simulated plans is 1,552); 12.5 with `decimals`. */
export function formatCount(value: number, decimals = 0): string {
  return formatNumber(value, { decimals });
}

/** A percentage as written in returns: '10.8%' (one decimal by default), '22.76%' with two, '-1.5%'. */
export function formatPercent(value: number, decimals = 1): string {
  return formatNumber(value, { decimals, suffix: '%' });
}
