import { z } from 'zod';
import { parseIsoDate } from '../core/periods';
import { ValidationError } from './errors';

/** Parses input with a zod schema; the first problem becomes a ValidationError naming its field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'Invalid input.';
  throw new ValidationError(message, field);
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
