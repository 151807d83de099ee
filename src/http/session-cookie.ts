/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (other sites' forms and
 * scripts do not send it with writes), Secure whenever the site is reached over HTTPS, and
 * scoped to the whole site. Its value is the session's secret; the database keeps only a hash.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './app-env.js';

export const SESSION_COOKIE = 'kasip_session';

function overHttps(c: Context<AppEnv>, publicUrl: string): boolean {
  return (
    publicUrl.startsWith('https:') ||
    new URL(c.req.url).protocol === 'https:' ||
    c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}

export function readCookie(c: Context<AppEnv>, name: string): string | undefined {
  return getCookie(c, name) || undefined;
}

export function setSessionCookie(
  c: Context<AppEnv>,
  session: { secret: string; expiresAt: string },
  publicUrl: string,
): void {
  setCookie(c, SESSION_COOKIE, session.secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: overHttps(c, publicUrl),
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(c: Context<AppEnv>, publicUrl: string): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: overHttps(c, publicUrl) });
}
