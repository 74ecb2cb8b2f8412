import type { Context } from 'hono';
import { ValidationError } from '../services/errors';
import { checkedRevision } from '../services/rowVersion';
import { jsonBody } from './body';

// Row versions over HTTP: a read answers `ETag: "N"` (N the row's revision, also in the body as
// `revision`); an edit may send it back as `If-Match: "N"` or as `expectedRevision` in the JSON body.

/** The revision an `If-Match` header names ("3", W/"3" or 3), or undefined without one (or with `*`). */
export function ifMatchRevision(c: Context): number | undefined {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,10})"?\s*$/.exec(header);
  if (!match)
    throw new ValidationError(
      `If-Match: '${header.slice(0, 40)}' is not a revision: send the ETag you read, e.g. "3".`,
      'If-Match',
    );
  return checkedRevision(Number(match[1]));
}

/**
 * The JSON body of an edit, with the If-Match revision put in as `expectedRevision` (the services take it
 * from there); a body and a header that name different revisions are refused.
 */
export async function editBody(c: Context): Promise<unknown> {
  const body = await jsonBody(c);
  const fromHeader = ifMatchRevision(c);
  if (fromHeader === undefined) return body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const inBody = (body as { expectedRevision?: unknown }).expectedRevision;
  if (inBody !== undefined && inBody !== fromHeader)
    throw new ValidationError(
      `expectedRevision ${JSON.stringify(inBody)} and If-Match "${fromHeader}" disagree: send one revision.`,
      'expectedRevision',
    );
  return { ...body, expectedRevision: fromHeader };
}

/** Options of an edit without a body (DELETE, freeze): the If-Match revision. */
export function revisionOptions(c: Context): { expectedRevision?: number } {
  const expected = ifMatchRevision(c);
  return expected === undefined ? {} : { expectedRevision: expected };
}

/** Sets the ETag of an answer to the row's revision. */
export function setRevisionTag(c: Context, revision: number): void {
  c.header('ETag', `"${revision}"`);
}
