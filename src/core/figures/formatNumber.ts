// Counts, rates and percentages as council papers write them: 1,552 plans, 22.76%, +38 plans.
import { roundHalfAwayFromZero } from '../money';

/** How formatNumber writes a figure. */
export interface FormatNumberOptions {
  /** Decimal places, rounded half away from zero as by hand; default 0 (a whole count). */
  readonly decimals?: number;
  /** 'always' writes a change with its sign either way: +38, -12 (and 0 for no change). */
  readonly sign?: 'always';
  /** Written straight after the number: '%'. */
  readonly suffix?: string;
}

/** A figure with thousands separators: 1,552; 1,552.4 with one decimal; never -0. */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`formatNumber: decimals must be an integer from 0 to 10, not ${String(decimals)}`);
  }
  if (!Number.isFinite(value)) throw new RangeError(`${String(value)} is not a figure that can be written`);
  const scale = 10 ** decimals;
  // 15 significant digits wash out binary noise (1.005 held as 1.00499...) before rounding.
  const scaled = roundHalfAwayFromZero(Number((value * scale).toPrecision(15)));
  const digits = Math.abs(scaled)
    .toString()
    .padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${whole}${decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : ''}${options.suffix ?? ''}`;
  if (scaled < 0) return `-${text}`;
  return options.sign === 'always' && scaled > 0 ? `+${text}` : text;
}

/** A whole count: 1,552 (a mean of 1551.6 simulated plans is 1,552, not "1552.0"). */
export function formatCount(value: number, options: Pick<FormatNumberOptions, 'sign'> = {}): string {
  return formatNumber(value, options);
}

/** A percentage to two places, as the DfE returns print them: 22.76%, -0.50%. */
export function formatPercent(value: number, decimals = 2): string {
  return formatNumber(value, { decimals, suffix: '%' });
}
