import type { MiddlewareHandler } from 'hono';
import { controlCharacterProblem, findControlCharacter } from '../../core/inputs';
import { ValidationError } from '../../services/errors';

// The address of every request (path and query string) is checked before any route sees it: a broken
// percent-encoding ("/%E0%A4%A") or a control character ("/api/councils/314%00/...") is a 400 that says
// which part is wrong, never a 500 from a route, the database or the static file handler.

function decoded(part: string, where: () => string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new ValidationError(
      `The address has a broken percent-encoding in ${where()}: check the link or the request.`,
    );
  }
}

function refuseControl(text: string, where: string, field?: string): void {
  const found = findControlCharacter(text, { multiline: false });
  if (found) throw new ValidationError(`${where} ${controlCharacterProblem(found)}.`, field);
}

const shown = (raw: string) => `'${raw.length > 60 ? `${raw.slice(0, 60)}...` : raw}'`;

/** Refuses addresses with broken percent-encodings or control characters (400, naming the part). */
export function addressGuard(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const queryAt = url.indexOf('?');
    const pathname = new URL(url).pathname;
    for (const segment of pathname.split('/')) {
      const text = decoded(segment, () => `the part ${shown(segment)}`);
      refuseControl(text, `The address part ${shown(segment)}`);
    }
    if (queryAt >= 0) {
      const query = url.slice(queryAt + 1).split('#')[0] ?? '';
      for (const pair of query.split('&')) {
        if (pair === '') continue;
        const [rawName = '', rawValue = ''] = pair.split(/=(.*)/s);
        const name = decoded(rawName.replace(/\+/g, ' '), () => `the query parameter ${shown(rawName)}`);
        const value = decoded(rawValue.replace(/\+/g, ' '), () => `the query parameter '${name}'`);
        refuseControl(name, `The query parameter name ${shown(rawName)}`);
        refuseControl(value, `The query parameter '${name}'`, name);
      }
    }
    await next();
  };
}
