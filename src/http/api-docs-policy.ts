/**
 * The Content-Security-Policy of /api/docs. Swagger UI is loaded from jsDelivr and starts with
 * an inline script, so this one page allows that CDN and exactly that script (by its hash,
 * computed from the page as written) and inline styles; every other page allows neither.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

export const DOCS_CDN = 'https://cdn.jsdelivr.net';

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

export function apiDocsPolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const html = await c.res.clone().text();
    const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
      (m) =>
        `'sha256-${createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64')}'`,
    );
    c.res.headers.set(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        `script-src 'self' ${DOCS_CDN} ${hashes.join(' ')}`,
        `style-src 'self' ${DOCS_CDN} 'unsafe-inline'`,
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  };
}
