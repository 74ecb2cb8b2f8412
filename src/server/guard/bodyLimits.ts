import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formatBytes } from '../../io/zip';

// How large a request body may be, per route (docs/api.md, "Limits"). A body over its limit is refused with
// 413 before it is read whole: at once when Content-Length says so, otherwise as soon as the bytes read
// pass the limit. Uploads have larger limits than the small JSON bodies of everything else.

const KiB = 1024;
const MiB = 1024 * KiB;

/** One route's limit: the request method and path it applies to, and what the body is, in plain words. */
export interface BodyLimit {
  method: string;
  path: RegExp;
  bytes: number;
  what: string;
}

const council = '^/api/councils/[^/]+';

/** The routes that take more than the default; listed in docs/api.md. */
export const bodyLimits: readonly BodyLimit[] = [
  {
    method: 'POST',
    path: new RegExp(`${council}/forecasts/inputs$`),
    bytes: 50 * MiB,
    what: 'forecast inputs',
  },
  {
    method: 'POST',
    path: new RegExp(`${council}/placements/(snapshots|preview)$`),
    bytes: 25 * MiB,
    what: 'a placement register',
  },
  { method: 'POST', path: new RegExp(`${council}/model/versions$`), bytes: 5 * MiB, what: 'a plan version' },
  {
    method: 'POST',
    path: new RegExp(`${council}/model/recovery-plans$`),
    bytes: 10 * MiB,
    what: 'a recovery plan workbook',
  },
  { method: 'POST', path: new RegExp(`${council}/kpis$`), bytes: 2 * MiB, what: 'a KPI set' },
  { method: 'POST', path: /^\/api\/session$/, bytes: 16 * KiB, what: 'a sign-in' },
];

/** Every other request body (JSON of one edit or one form). */
export const defaultBodyLimit: BodyLimit = { method: '*', path: /^/, bytes: 1 * MiB, what: 'a request' };

/** The limit for a request. */
export function bodyLimitFor(method: string, path: string): BodyLimit {
  return bodyLimits.find((l) => l.method === method && l.path.test(path)) ?? defaultBodyLimit;
}

function tooLarge(c: Context, limit: BodyLimit): Response {
  return c.json(
    {
      error: `The request body is larger than ${formatBytes(limit.bytes)}, the most highneeds takes for ${limit.what} (docs/api.md, "Limits"). Nothing was stored.`,
    },
    413,
  );
}

/** Applies each route's body limit (413 naming the limit). */
export function bodyLimitGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const limit = bodyLimitFor(c.req.method, c.req.path);
    return bodyLimit({ maxSize: limit.bytes, onError: (ctx) => tooLarge(ctx, limit) })(c, next);
  };
}
