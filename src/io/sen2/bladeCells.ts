import { z } from 'zod';
import { parseBladeDate } from './bladeDate';

// How each kind of Blade cell is read. Every schema takes the cell's text (blank when the column is not
// in the file: older and newer return versions differ) and either gives the value or an issue whose
// message completes "column X ('value') ...". Blank optional cells are null.

const blankToNull = (text: string) => (text === '' ? null : text);

/** A table id: required, any text. */
export const tableId = z
  .string()
  .trim()
  .min(1, 'is blank: every record needs its table id to link it to the other modules');

/** Free text, blank is null. */
export const optionalText = z.string().trim().transform(blankToNull);

/** A date in a Blade form, blank is null. */
export const optionalDate = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === '') return null;
    const date = parseBladeDate(text);
    if (date !== undefined) return date;
    ctx.addIssue({ code: 'custom', message: 'is not a date (COLLECT writes 2022-Sep-28 00:00:00)' });
    return z.NEVER;
  });

/** A required date. */
export const requiredDate = z
  .string()
  .trim()
  .min(1, 'is blank: a date is required here')
  .pipe(optionalDate)
  .transform((date) => date as string);

const truths = new Set(['true', '1', 'y', 'yes']);
const falsehoods = new Set(['false', '0', 'n', 'no']);

/** A yes/no flag (true/false, 1/0, Y/N), blank is null. */
export const flag = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const lower = text.toLowerCase();
    if (lower === '') return null;
    if (truths.has(lower)) return true;
    if (falsehoods.has(lower)) return false;
    ctx.addIssue({ code: 'custom', message: 'is not a yes/no value (true or false, 1 or 0, Y or N)' });
    return z.NEVER;
  });

/** A whole number at least `min`, blank is null. */
export function optionalWhole(min: number) {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return null;
      if (/^\d+$/.test(text) && Number(text) >= min) return Number(text);
      ctx.addIssue({ code: 'custom', message: `is not a whole number of ${String(min)} or more` });
      return z.NEVER;
    });
}

/** A required whole number at least `min`. */
export function requiredWhole(min: number) {
  return z
    .string()
    .trim()
    .min(1, 'is blank: a number is required here')
    .pipe(optionalWhole(min))
    .transform((n) => n as number);
}

/** A code of a list (upper case), blank is null. */
export function optionalCode(codes: readonly string[], what: string) {
  const known = new Set(codes);
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return null;
      const code = text.toUpperCase();
      if (known.has(code)) return code;
      ctx.addIssue({ code: 'custom', message: `is not ${what} (${codes.join(', ')})` });
      return z.NEVER;
    });
}

/**
 * Sex: `sex` (M/F, from the 2024 return) or, in older files, `gendercurrent` (1 male, 2 female, 0 not
 * known, 9 not specified). Both are read into M, F or null.
 */
export const sexCode = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const code = text.toUpperCase();
    if (code === '' || code === '0' || code === '9' || code === 'U') return null;
    if (code === 'M' || code === '1') return 'M' as const;
    if (code === 'F' || code === '2') return 'F' as const;
    ctx.addIssue({ code: 'custom', message: 'is not a sex code (M or F; or 1, 2, 0, 9 in older returns)' });
    return z.NEVER;
  });

/** An ethnicity code (four letters in the DfE's list, e.g. WBRI), blank is null. */
export const ethnicityCode = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === '') return null;
    const code = text.toUpperCase();
    if (/^[A-Z]{4}$/.test(code)) return code;
    ctx.addIssue({ code: 'custom', message: 'is not an ethnicity code (four letters, e.g. WBRI)' });
    return z.NEVER;
  });
