import type { Context } from 'hono';

/** The caller's network address, used only to slow repeated failed sign-ins ("unknown" in tests). */
export function clientOf(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
