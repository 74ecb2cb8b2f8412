import type { z } from 'zod';
import { formatBound } from '../core/inputs';
import type { FieldMeta } from './fieldLabels';

// zod's own words ("Too big: expected number to be <=20000") turned into the council's ("Enter at most
// 20,000 simulations."). Every message starts with the field in plain words, so a person knows what to fix.

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/** "the version name" -> "The version name". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

function listOf(values: readonly unknown[]): string {
  const items = values.map((v) => (typeof v === 'string' ? v : String(v)));
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function wrongType(issue: Issue & { expected?: string }, field: FieldMeta & { label: string }): string {
  const L = field.label;
  const input = issue.input;
  if (input === undefined || input === null)
    return `Enter ${field.noun ? `the number of ${field.noun}` : L}.`;
  switch (issue.expected) {
    case 'int':
      return field.noun
        ? `Enter a whole number of ${field.noun}.`
        : `${sentenceCase(L)} must be a whole number.`;
    case 'number':
      return typeof input === 'number'
        ? `${sentenceCase(L)} must be a finite number.`
        : `${sentenceCase(L)} must be a number, not '${shown(input)}'.`;
    case 'string':
      return `${sentenceCase(L)} must be text, not ${shown(input)}.`;
    case 'boolean':
      return `${sentenceCase(L)} must be true or false.`;
    case 'array':
      return `${sentenceCase(L)} must be a list.`;
    case 'object':
    case 'record':
      return `${sentenceCase(L)} must be a set of named values (a JSON object).`;
    default:
      return `${sentenceCase(L)} is not the right kind of value.`;
  }
}

function bound(issue: Issue, field: FieldMeta & { label: string }, big: boolean): string {
  const L = sentenceCase(field.label);
  const limit = Number(
    (big ? (issue as { maximum?: unknown }).maximum : (issue as { minimum?: unknown }).minimum) ?? 0,
  );
  const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
  const origin = (issue as { origin?: string }).origin;
  if (origin === 'string') {
    if (!big && limit === 1) return `Enter ${field.label}.`;
    return `${L} must be ${big ? 'at most' : 'at least'} ${formatBound(limit)} characters long.`;
  }
  if (origin === 'array' || origin === 'set') {
    return big
      ? `${L} can have at most ${formatBound(limit)} item${limit === 1 ? '' : 's'}.`
      : `${L} must have at least ${formatBound(limit)} item${limit === 1 ? '' : 's'}.`;
  }
  if (field.noun && inclusive)
    return big
      ? `Enter at most ${formatBound(limit)} ${field.noun}.`
      : `Enter ${formatBound(limit)} or more ${field.noun}.`;
  const word = big ? (inclusive ? 'or less' : '') : inclusive ? 'or more' : '';
  if (word) return `${L} must be ${formatBound(limit)} ${word}.`;
  return `${L} must be ${big ? 'less' : 'more'} than ${formatBound(limit)}.`;
}

/** The plain message for a zod issue on a field (used as zod's error map, so schemas' own words win). */
export function issueMessage(issue: Issue, field: FieldMeta & { label: string }): string {
  const L = sentenceCase(field.label);
  const i = issue as Issue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue as Issue & { expected?: string }, field);
    case 'too_big':
      return bound(issue, field, true);
    case 'too_small':
      return bound(issue, field, false);
    case 'invalid_format':
      if (i.format === 'email') return `Enter ${field.label} in the form name@council.gov.uk.`;
      if (i.format === 'regex') return `${L} is not in the form expected ('${shown(issue.input)}').`;
      return `${L} must be a valid ${String(i.format)}.`;
    case 'not_multiple_of':
      return `${L} must be a multiple of ${String(i.divisor)}.`;
    case 'unrecognized_keys': {
      const keys = (i.keys as string[] | undefined) ?? [];
      const names = listOf(keys.map((k) => `'${k}'`));
      const one = keys.length === 1;
      const of = field.label === 'the request' ? '' : ` of ${field.label}`;
      return `${names} ${one ? 'is not a field' : 'are not fields'}${of} that highneeds knows: remove ${one ? 'it' : 'them'}.`;
    }
    case 'invalid_value': {
      const values = (i.values as unknown[] | undefined) ?? [];
      const given = issue.input === undefined ? '' : `, not '${shown(issue.input)}'`;
      if (issue.input === undefined) return `Choose ${field.label}: ${listOf(values)}.`;
      return `${L} must be ${values.length === 1 ? '' : 'one of '}${listOf(values)}${given}.`;
    }
    case 'invalid_union':
      return issue.input === undefined || issue.input === null
        ? `Enter ${field.label}.`
        : `${L} is not in a form highneeds accepts ('${shown(issue.input)}').`;
    case 'invalid_key':
      return `${L} is not a name highneeds accepts here.`;
    case 'invalid_element':
      return `${L} holds a value highneeds does not accept.`;
    default:
      return `${L} is not allowed.`;
  }
}

/**
 * A schema's own message made into a sentence about its field: a fragment ("must be an email address")
 * gets the label in front; a sentence is kept as it is.
 */
export function withField(message: string, label: string): string {
  const stop = /[.!?)]$/.test(message) ? '' : '.';
  if (/^[A-Z]/.test(message)) return `${message}${stop}`;
  if (/^[a-z]/.test(message)) return `${sentenceCase(label)} ${message}${stop}`;
  return `${sentenceCase(label)}: ${message}${stop}`;
}
