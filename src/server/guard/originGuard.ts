import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../services/errors';
import { deploymentOf, requestHost } from './deployment';

// Cross-site writes are refused: a page on another site can make a signed-in person's browser send a
// form POST (with the session cookie, within SameSite=Lax's limits), and a body-less POST such as
// .../freeze needs no JSON to do harm. Every browser sends Origin (or at least Sec-Fetch-Site) with a
// write, so a write whose origin is not this server's is refused with 403. Tools that send neither (the
// command line's HTTP clients, curl) are not browsers and carry no ambient cookie from another site.

const safe = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses writes from other origins (403), by Origin, or by Sec-Fetch-Site when Origin is absent. */
export function originGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (safe.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const refuse = (from: string) => {
      throw new ForbiddenError(
        `This request came from ${from}, not from highneeds' own pages, so it was refused and nothing changed.`,
      );
    };
    if (origin !== undefined) {
      let host: string | undefined;
      try {
        host = origin === 'null' ? undefined : new URL(origin).host;
      } catch {
        host = undefined;
      }
      const allowed =
        host !== undefined &&
        (host === requestHost(c) || deploymentOf(c).allowedOrigins.includes(new URL(origin).origin));
      if (!allowed) refuse(`another site (Origin ${origin})`);
    } else {
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        refuse(`another site (Sec-Fetch-Site ${site})`);
    }
    await next();
  };
}
