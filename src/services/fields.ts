import { z } from 'zod';
import {
  controlCharacterProblem,
  findControlCharacter,
  numberProblem,
  numberRules,
  type NumberRule,
} from '../core/inputs';
import { pounds } from '../core/money';
import { labelled } from './fieldLabels';

// The shared field schemas every service builds its input from, so every text field refuses control
// characters and every number keeps to its bounds, each with the field's name in plain words. Give each
// field its label as the council would say it ("the version name"); parseInput writes the messages.

export interface TextOptions {
  /** Longest text accepted, in characters (default 200). */
  max?: number;
  /** Refuse an empty text (after trimming); default true. */
  required?: boolean;
  /** Narratives and descriptions may hold line breaks and tabs; names, codes and emails may not. */
  multiline?: boolean;
}

/**
 * Text trimmed of surrounding spaces, at most `max` characters, with no control characters. Without a
 * label the field is named from its path ("partnerContributions.0.partner" -> "the partner in item 1 ...").
 */
export function text(label: string | undefined, options: TextOptions = {}) {
  const { max = 200, required = true, multiline = false } = options;
  let schema = z.string().trim().max(max);
  if (required) schema = schema.min(1);
  const checked = schema.superRefine((value, ctx) => {
    const found = findControlCharacter(value, { multiline });
    if (found) ctx.addIssue({ code: 'custom', message: controlCharacterProblem(found) });
  });
  return label === undefined ? checked : labelled(checked, label);
}

/** An email address (trimmed, lower-cased): one line, at most 320 characters. */
export function emailAddress(label = 'the email address') {
  return labelled(
    text(label, { max: 320 })
      .transform((v) => v.toLowerCase())
      .pipe(z.email()),
    label,
  );
}

/** A number within a rule of core/inputs (finite, in range, whole when the rule says). */
export function boundedNumber(label: string | undefined, rule: NumberRule) {
  const checked = z.number().superRefine((value, ctx) => {
    const problem = numberProblem(value, rule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
  return label === undefined ? checked : labelled(checked, label);
}

/** A whole number from `min` to `max` of things named by a plural noun ("Enter at most 20,000 simulations."). */
export function count(noun: string, options: { min?: number; max?: number } = {}) {
  const { min = numberRules.ehcpCount.min, max = numberRules.ehcpCount.max } = options;
  return labelled(z.number().int().min(min).max(max), `the number of ${noun}`, noun);
}

/** An amount in pounds (a number, at most 2 decimal places, within the council bounds), as pence. */
export function amountInPounds(label?: string, rule: NumberRule = numberRules.councilPounds) {
  return boundedNumber(label, rule).transform((value) => pounds(value));
}

/** An EHCP count: a whole number of plans from 0 to 10 million. */
export function ehcpCount(label = 'the number of EHCPs') {
  return boundedNumber(label, numberRules.ehcpCount);
}

/** A population: 0 to 100 million. */
export function population(label = 'the population') {
  return boundedNumber(label, numberRules.population);
}

/** A calendar year such as 2025, from JSON or from text (an address or query parameter). */
export function calendarYear(label: string) {
  const problem = 'must be a year such as 2025';
  return labelled(
    z.coerce.number({ error: problem }).int(problem).min(2000, problem).max(2100, problem),
    label,
  );
}
