import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Serves the built single-page app from `root`; unknown paths get index.html so client routes work. */
export function serveWebApp(root: string) {
  const base = path.resolve(root);
  return (app: Hono) => {
    app.get('*', (c) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(c.req.path);
      } catch {
        // The address guard answers these first; a bad encoding is never a 500 here either.
        return c.text('The address has a broken percent-encoding.', 400);
      }
      const requested = path.resolve(base, '.' + decoded);
      const inside = requested === base || requested.startsWith(base + path.sep);
      const file =
        inside && fs.existsSync(requested) && fs.statSync(requested).isFile()
          ? requested
          : path.join(base, 'index.html');
      if (!fs.existsSync(file)) {
        return c.text(
          'The web app has not been built. Run `npm run build` (npm start does it for you).',
          503,
        );
      }
      const cache = file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      return c.body(fs.readFileSync(file), 200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': cache,
        'x-content-type-options': 'nosniff',
      });
    });
  };
}
