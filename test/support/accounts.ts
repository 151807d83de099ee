/**
 * Accounts for tests: a user straight into the database (the first admin's path without the
 * CLI), and a small cookie jar that signs in over HTTP and sends the session cookie and CSRF
 * token the way a browser with the web app does.
 */
import type { App } from '../../src/http/app.js';
import { hashPassword } from '../../src/services/accounts/passwords.js';
import type { OpenDb } from '../../src/storage/db.js';
import { insertUser } from '../../src/storage/repositories/account.repository.js';
import { PASSWORD } from './callers.js';

/** One test password for both kinds of test: through the pipeline (callers.ts) and over HTTP. */
export { PASSWORD };

export async function seedUser(
  database: OpenDb,
  email: string,
  platformRoles: string[] = [],
  password = PASSWORD,
): Promise<string> {
  const id = crypto.randomUUID();
  await insertUser(database.db, {
    id,
    email,
    displayName: email.split('@')[0] ?? email,
    passwordHash: await hashPassword(password),
    platformRoles,
  });
  return id;
}

export type Browser = {
  csrf: string | null;
  cookie: string | null;
  request: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;
  json: <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => Promise<T>;
};

/** A signed-out browser on the app; `signIn` and invitation acceptance fill its cookie and CSRF token. */
export function browser(app: App, ip = '192.0.2.1'): Browser {
  const b: Browser = {
    csrf: null,
    cookie: null,
    request: async (method, path, body, headers = {}) => {
      const h: Record<string, string> = { 'x-test-ip': ip, ...headers };
      if (body !== undefined) h['content-type'] = 'application/json';
      if (b.cookie) h.cookie = b.cookie;
      if (b.csrf && method !== 'GET') h['x-csrf-token'] = b.csrf;
      const res = await app.request(`/api${path}`, {
        method,
        headers: h,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const set = res.headers.get('set-cookie');
      if (set?.startsWith('kasip_session=')) {
        const value = set.split(';')[0] ?? '';
        b.cookie = value === 'kasip_session=' ? null : value;
      }
      return res;
    },
    json: async (method, path, body) => {
      const res = await b.request(method, path, body);
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
      return JSON.parse(text);
    },
  };
  return b;
}

export async function signIn(app: App, email: string, password = PASSWORD, ip?: string): Promise<Browser> {
  const b = browser(app, ip);
  const out = await b.json<{ csrfToken: string }>('POST', '/v1/auth/login', { email, password });
  b.csrf = out.csrfToken;
  return b;
}

/** The test app reads the caller's address from this header (the server reads the socket). */
export const testClientIp = (c: { req: { header: (name: string) => string | undefined } }) =>
  c.req.header('x-test-ip') ?? '192.0.2.1';
