import type { Context } from 'hono';
import { ServiceError, ValidationError } from '../services/errors';

/** The JSON body of a request, or a 400 saying what is wrong with it. */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  // Requiring JSON also stops cross-site HTML forms, which cannot send it without a CORS preflight.
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new ServiceError('Send the request body as JSON (Content-Type: application/json).', 415);
  }
  const text = await c.req.text();
  try {
    return text === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new ValidationError('The request body is not valid JSON.');
  }
}
