import { MoneyParseError, parseMoney, type Pence } from '../../core/money';
import { isoDateFromParts, type IsoDate } from '../../core/periods';

// Readers of one cell each. They return the value, or the problem as words that follow the value in a
// message ("'12,5OO' is not an amount"): the caller adds the row, column and value.

/** A cell's value, or what is wrong with it. */
export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = <T>(message: string): Cell<T> => ({ ok: false, message });

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date written YYYY-MM-DD or DD/MM/YYYY (as UK spreadsheets save it). */
export function dateCell(text: string): Cell<IsoDate> {
  const iso = ISO.exec(text);
  const uk = UK.exec(text);
  const parts = iso
    ? { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! }
    : uk
      ? { year: +uk[3]!, month: +uk[2]!, day: +uk[1]! }
      : null;
  if (!parts) return bad('is not a date (write YYYY-MM-DD or DD/MM/YYYY)');
  try {
    return ok(isoDateFromParts(parts));
  } catch {
    return bad('is not a date in the calendar');
  }
}

/** An annual amount in pounds, not negative; a blank cell is 0. */
export function amountCell(text: string): Cell<Pence> {
  if (text === '') return ok(0);
  try {
    const value = parseMoney(text);
    return value < 0 ? bad('is negative: amounts are annual costs or contributions, 0 or more') : ok(value);
  } catch (error) {
    if (!(error instanceof MoneyParseError)) throw error;
    const reason = /\((.*)\)$/.exec(error.message)?.[1];
    return bad(reason ? `is not an amount (${reason})` : 'is not an amount');
  }
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** yes/no (also y/n, true/false, 1/0). */
export function yesNoCell(text: string): Cell<boolean> {
  const key = text.toLowerCase();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad('is not yes or no');
}

/** A National Curriculum Year: N1 (-2), N2 (-1), R (0), 1 to 14, written '7', 'Y7' or 'Year 7'. */
export function ncyCell(text: string): Cell<number> {
  const key = text.toUpperCase().replace(/^(YEAR\s*|Y)/, '');
  const named: Record<string, number> = { N1: -2, N2: -1, R: 0 };
  if (key in named) return ok(named[key]!);
  if (/^\d{1,2}$/.test(key) && Number(key) >= 1 && Number(key) <= 14) return ok(Number(key));
  return bad('is not a National Curriculum Year (N1, N2, R, 1 to 14)');
}

/** A URN (6 digits) or UKPRN (8 digits); blank is none. */
export function urnCell(text: string): Cell<string | null> {
  if (text === '') return ok(null);
  return /^\d{6}$|^\d{8}$/.test(text) ? ok(text) : bad('is not a URN (6 digits) or UKPRN (8 digits)');
}

/** A pseudonymised child id: letters, digits, - and _, at least one digit, at most 64 characters. */
export function childIdCell(text: string): Cell<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(text) || !/\d/.test(text)) {
    return bad('is not a pseudonymised id (letters, digits, - or _, with at least one digit; never a name)');
  }
  return ok(text);
}
