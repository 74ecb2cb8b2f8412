import { assertPence, type Pence } from './pence';
import { groupThousands } from './formatNumber';
import { divideRounded } from './rounding';

/** How formatMoney writes an amount. */
export interface FormatMoneyOptions {
  /** 'minus' (default) writes -£1,234; 'brackets' writes (1,234) as DfE templates do. */
  readonly negative?: 'minus' | 'brackets';
  /** Whether to write £; defaults to true, except with brackets where DfE templates omit it. */
  readonly symbol?: boolean;
  /** Show pence: shorthand for 2 decimals of a pound. Cannot be combined with units. */
  readonly pence?: boolean;
  /** Write thousands, millions or billions of pounds: £139k, £28.6m, £1.5bn. */
  readonly units?: 'k' | 'm' | 'bn';
  /** Decimal places of the unit written (pounds, or k/m/bn); default 0, or 2 with pence. */
  readonly decimals?: number;
}

const UNIT_EXPONENT = { k: 3, m: 6, bn: 9 } as const;

/** Writes pence as money: '£1,234,567' by default (whole pounds, halves rounded away from zero). */
export function formatMoney(amount: Pence, options: FormatMoneyOptions = {}): string {
  assertPence(amount);
  if (options.pence && options.units)
    throw new RangeError('formatMoney: pence cannot be shown with units k, m or bn');
  if (options.pence && options.decimals !== undefined && options.decimals !== 2) {
    throw new RangeError('formatMoney: pence means 2 decimals');
  }
  const decimals = options.decimals ?? (options.pence ? 2 : 0);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`formatMoney: decimals must be an integer from 0 to 10, not ${String(decimals)}`);
  }
  const unitExponent = options.units ? UNIT_EXPONENT[options.units] : 0;
  // Integer arithmetic, so that £28,550,000 is £28.6m exactly as a person rounding by hand would write it.
  const scaled = divideRounded(BigInt(amount) * 10n ** BigInt(decimals), 10n ** BigInt(unitExponent + 2));
  // The sign is taken after rounding: -40p in whole pounds is £0, not -£0.
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const body = groupThousands(whole) + (decimals > 0 ? `.${fraction}` : '') + (options.units ?? '');

  const brackets = options.negative === 'brackets';
  const written = ((options.symbol ?? !brackets) ? '£' : '') + body;
  if (!negative) return written;
  return brackets ? `(${written})` : `-${written}`;
}
