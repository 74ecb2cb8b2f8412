// Published statistics mark figures they cannot give with a code instead of a number. A code is never a
// zero: a suppressed count of 3 read as 0 would shrink a council's caseload, so it travels as null with
// the reason, and every sum or ratio that needs it is "not available" too.

/** Why a published figure has no number. */
export type MissingReason = 'x' | 'z' | 'c' | ':' | '..' | '~' | 'low' | 'na' | 'absent';

/** What each reason means, in words for a table footnote. */
export const missingReasonText: Record<MissingReason, string> = {
  x: 'not available (x)',
  z: 'not applicable (z)',
  c: 'suppressed to protect confidentiality (c)',
  ':': 'not available (:)',
  '..': 'not available (..)',
  '~': 'suppressed (~)',
  low: 'rounds to zero but is not zero (low)',
  na: 'not available (#N/A in the published workbook)',
  absent: 'not in the published data',
};

/** One published figure: a number, or null with the reason the publisher gave. */
export type Figure = { value: number; missing?: undefined } | { value: null; missing: MissingReason };

/** A figure with a number. */
export function known(value: number): Figure {
  return { value };
}

/** A figure the publisher did not give, with the reason. */
export function notAvailable(missing: MissingReason): Figure {
  return { value: null, missing };
}

/** The codes as they appear in cells, mapped to a reason ('..' and ':' are two spellings of the same). */
const codes: Record<string, MissingReason> = {
  x: 'x',
  z: 'z',
  c: 'c',
  ':': ':',
  '..': '..',
  '~': '~',
  low: 'low',
  '#n/a': 'na',
};

/** The reason for a missing-value code as written in a cell, or undefined when it is not a code. */
export function missingReasonOf(text: string): MissingReason | undefined {
  return codes[text.trim().toLowerCase()];
}

/**
 * The sum of several figures: not available (with the first reason) when any is missing, so a total is
 * never understated by treating a suppressed part as zero.
 */
export function sumFigures(figures: readonly Figure[]): Figure {
  let total = 0;
  for (const figure of figures) {
    if (figure.value === null) return figure;
    total += figure.value;
  }
  return known(total);
}
