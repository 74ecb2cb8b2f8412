import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { userForSession } from '../services/auth';
import type { ServiceContext } from '../services/context';
import type { Actor } from '../services/permissions';
import { cookiesAreSecure } from './guard';

export const SESSION_COOKIE = 'hn_session';

/** The signed-in actor for this request, or a 401 (thrown as NotSignedInError). */
export async function actorOf(c: Context, ctx: ServiceContext): Promise<Actor> {
  const user = await userForSession(ctx, getCookie(c, SESSION_COOKIE));
  return { kind: 'user', user };
}

export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    expires: expiresAt,
    // Behind a TLS-terminating proxy: HIGHNEEDS_SECURE_COOKIES=always, or --trust-proxy (README).
    secure: cookiesAreSecure(c),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
