import type { Context, MiddlewareHandler } from 'hono';

// How this server is deployed, as far as security depends on it (README, "Deployment settings"): whether
// a TLS-terminating proxy in front may be believed about the scheme, host and client address, whether the
// session cookie is always marked Secure, and which other origins (if any) may send writes.

export interface DeploymentSettings {
  /** Believe X-Forwarded-Proto, X-Forwarded-Host and X-Forwarded-For (set only behind your own proxy). */
  trustProxy: boolean;
  /** 'always': every session cookie is Secure; 'auto': when the request is https (directly or via the proxy). */
  secureCookies: 'always' | 'auto';
  /** Origins besides the server's own that may send writes ("https://highneeds.council.gov.uk"). */
  allowedOrigins: readonly string[];
}

export const defaultDeployment: DeploymentSettings = {
  trustProxy: false,
  secureCookies: 'auto',
  allowedOrigins: [],
};

const yes = (value: string | undefined) => value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());

/**
 * Reads the settings from the environment (HIGHNEEDS_TRUST_PROXY, HIGHNEEDS_SECURE_COOKIES,
 * HIGHNEEDS_ALLOWED_ORIGINS); `trustProxy` from `serve --trust-proxy` wins. Throws on a value it cannot read.
 */
export function deploymentFromEnv(env: NodeJS.ProcessEnv, trustProxy?: boolean): DeploymentSettings {
  const cookies = (env.HIGHNEEDS_SECURE_COOKIES ?? 'auto').trim().toLowerCase();
  if (cookies !== 'always' && cookies !== 'auto')
    throw new Error(`HIGHNEEDS_SECURE_COOKIES must be 'always' or 'auto', not '${cookies}'.`);
  const allowedOrigins = (env.HIGHNEEDS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '')
    .map((o) => {
      try {
        return new URL(o).origin;
      } catch {
        throw new Error(
          `HIGHNEEDS_ALLOWED_ORIGINS holds '${o}', which is not an origin such as https://example.org.`,
        );
      }
    });
  return {
    trustProxy: trustProxy === true || yes(env.HIGHNEEDS_TRUST_PROXY),
    secureCookies: cookies,
    allowedOrigins,
  };
}

const KEY = 'highneeds.deployment';

/** Makes the settings available to every handler of the request. */
export function withDeployment(settings: DeploymentSettings): MiddlewareHandler {
  return async (c, next) => {
    c.set(KEY as never, settings as never);
    await next();
  };
}

/** The settings of the app serving this request (the defaults in tests that build a bare app). */
export function deploymentOf(c: Context): DeploymentSettings {
  return (c.get(KEY as never) as DeploymentSettings | undefined) ?? defaultDeployment;
}

/** The first value of a comma-separated forwarded header (a proxy chain lists the client's first). */
function forwarded(c: Context, header: string): string | undefined {
  const value = c.req.header(header);
  return value?.split(',')[0]?.trim() || undefined;
}

/** The scheme the person's browser used: https behind a trusted proxy that says so. */
export function requestScheme(c: Context): 'http' | 'https' {
  const own = new URL(c.req.url).protocol === 'https:' ? 'https' : 'http';
  if (!deploymentOf(c).trustProxy) return own;
  return forwarded(c, 'x-forwarded-proto')?.toLowerCase() === 'https' ? 'https' : own;
}

/** The host the person's browser asked for (host:port). */
export function requestHost(c: Context): string {
  const own = c.req.header('host') ?? new URL(c.req.url).host;
  return (deploymentOf(c).trustProxy ? forwarded(c, 'x-forwarded-host') : undefined) ?? own;
}

/** Whether the session cookie must be marked Secure for this request. */
export function cookiesAreSecure(c: Context): boolean {
  return deploymentOf(c).secureCookies === 'always' || requestScheme(c) === 'https';
}

/**
 * The caller's network address, used only to slow repeated failed sign-ins. Behind a trusted proxy it is
 * the last X-Forwarded-For entry (the address your proxy saw; earlier entries are the client's to forge).
 */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const socket = incoming?.socket?.remoteAddress ?? 'unknown';
  if (!deploymentOf(c).trustProxy) return socket;
  const chain = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return chain[chain.length - 1] ?? socket;
}
