import type { MiddlewareHandler } from 'hono';
import { requestScheme } from './deployment';

// Headers on every response. The web app's policy fits the built app (dist/web: one module script and
// one stylesheet from /assets, no inline script); styles may be inline because React and the chart
// library set style attributes. API answers (JSON with children's data among them, and downloads) are
// never stored by a browser or a proxy, and may not be framed or run as a page.

/** The Content-Security-Policy of the web app's pages. */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy of API answers: nothing in them may load or run anything. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Sets the security headers, and Cache-Control: no-store on every /api answer. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const api = c.req.path.startsWith('/api/') || c.req.path === '/api';
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', api ? apiContentSecurityPolicy : appContentSecurityPolicy);
    headers.set('X-Frame-Options', 'DENY');
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'same-origin');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (requestScheme(c) === 'https') headers.set('Strict-Transport-Security', 'max-age=31536000');
    if (api) {
      headers.set('Cache-Control', 'no-store');
      headers.set('Pragma', 'no-cache');
    }
  };
}
