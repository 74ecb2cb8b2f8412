import type { Pence } from './pence';

/** Thrown when a text is not an amount of money; `text` is the offending input, as given. */
export class MoneyParseError extends Error {
  override readonly name = 'MoneyParseError';
  constructor(
    readonly text: string,
    reason?: string,
  ) {
    super(`'${text}' is not an amount${reason ? ` (${reason})` : ''}`);
  }
}

/** The result of tryParseMoney: the amount, or the message a person can act on. */
export type MoneyParseResult =
  | { readonly ok: true; readonly value: Pence }
  | { readonly ok: false; readonly error: string };

// Powers of ten from the written unit to pence.
const SUFFIX_TO_PENCE_EXPONENT: Readonly<Record<string, number>> = { '': 2, k: 5, m: 8, bn: 11 };

// ( sign £ sign digits .decimals suffix ) — each part optional but the digits; the checks below
// reject the combinations the regex lets through (two signs, one bracket, bad grouping).
const AMOUNT = /^(\()?([-+\u2212])?(£)?\s*([-+\u2212])?(\d[\d,]*)(?:\.(\d+))?(k|m|bn)?(\))?$/i;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const BLANK_OR_DASH = /^[-\u2012\u2013\u2014\u2015\u2212]?$/;

/**
 * Parses an amount as written in council and DfE documents into pence: '£1,234,567', '1,234.56',
 * '-£1,234', '£-1,234', '(1,246,610)' (brackets mean negative), '£1.2m', '£139k', '1.5bn'.
 * Blanks and lone dashes are rejected: the caller decides whether they mean zero or missing.
 */
export function parseMoney(text: string): Pence {
  const trimmed = text.trim();
  if (BLANK_OR_DASH.test(trimmed)) {
    throw new MoneyParseError(text, 'blank or a dash: decide what a blank means before parsing');
  }
  const match = AMOUNT.exec(trimmed);
  if (!match) throw new MoneyParseError(text);
  const [, open, signBefore, , signAfter, integer = '', decimals = '', suffixText = '', close] = match;

  if (Boolean(open) !== Boolean(close)) throw new MoneyParseError(text, 'unbalanced brackets');
  const signs = [open, signBefore, signAfter].filter(Boolean).length;
  if (signs > 1) throw new MoneyParseError(text, 'more than one sign');
  if (integer.includes(',') && !GROUPED.test(integer)) {
    throw new MoneyParseError(text, 'thousands separators must split the digits into groups of 3');
  }
  const suffix = suffixText.toLowerCase();
  const exponent = SUFFIX_TO_PENCE_EXPONENT[suffix] ?? 2;
  // Unsuffixed amounts are pounds and pence; with k, m or bn the decimals may go down to the penny.
  if (decimals.length > exponent) {
    throw new MoneyParseError(
      text,
      suffix
        ? `more decimal places than a whole number of pence allows with '${suffixText}'`
        : 'more than 2 decimal places',
    );
  }
  // Exact: shift the decimal point in the text instead of multiplying floating-point numbers.
  const magnitude = BigInt(integer.replaceAll(',', '') + decimals.padEnd(exponent, '0'));
  const negative =
    Boolean(open) ||
    signBefore === '-' ||
    signBefore === '\u2212' ||
    signAfter === '-' ||
    signAfter === '\u2212';
  const value = Number(negative ? -magnitude : magnitude);
  if (!Number.isSafeInteger(value)) throw new MoneyParseError(text, 'too large');
  return value === 0 ? 0 : value;
}

/** Like parseMoney, but returns the failure as data instead of throwing. */
export function tryParseMoney(text: string): MoneyParseResult {
  try {
    return { ok: true, value: parseMoney(text) };
  } catch (error) {
    if (error instanceof MoneyParseError) return { ok: false, error: error.message };
    throw error;
  }
}
