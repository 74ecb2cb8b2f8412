import { z } from 'zod';
import { parseIsoDate } from '../core/periods';
import { controlCharacterProblem, findControlCharacterInValue } from '../core/inputs';
import { ValidationError } from './errors';
import { fieldMeta, fieldName } from './fieldLabels';
import { issueMessage, sentenceCase, withField } from './inputMessages';

// The one input guard of the services: every API body, query and command-line option a service takes goes
// through parseInput. It refuses control characters anywhere in the input (whatever the schema says), then
// parses with the schema and answers every problem in plain words, naming the field (docs/api.md, "Errors").

/**
 * Parses input with a zod schema. Throws a ValidationError whose message names the first problem's field
 * in plain words (`field` is its path, e.g. "conditions.2.title"), with every problem in `problems`.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const control = findControlCharacterInValue(input);
  if (control) {
    const { label } = fieldMeta(schema, control.path);
    throw new ValidationError(
      `${sentenceCase(label)} ${controlCharacterProblem(control.found)}.`,
      fieldName(control.path),
    );
  }
  // Messages written here are whole sentences; a schema's own may be fragments that need the field's name.
  const ours = new Set<string>();
  const result = schema.safeParse(input, {
    error: (issue) => {
      const message = issueMessage(issue, fieldMeta(schema, issue.path ?? []));
      ours.add(message);
      return message;
    },
  });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    ours.has(issue.message) ? issue.message : withField(issue.message, fieldMeta(schema, issue.path).label),
  );
  const first = result.error.issues[0];
  throw new ValidationError(
    problems[0] ?? 'The input is not valid.',
    first ? fieldName(first.path) : undefined,
    problems.length > 1 ? problems : undefined,
  );
}

/** A calendar date written YYYY-MM-DD (query parameters and JSON fields). */
export const isoDateInput = z
  .string()
  .trim()
  .refine((text) => {
    try {
      parseIsoDate(text);
      return true;
    } catch {
      return false;
    }
  }, 'must be a date written YYYY-MM-DD');
