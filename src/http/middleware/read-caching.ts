/**
 * ETag and Cache-Control on successful reads: the data changes only when an edition is loaded,
 * so clients may reuse an answer for a minute and then revalidate cheaply (304 on If-None-Match).
 */
import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from '../app-env.js';

export function readCaching(): MiddlewareHandler<AppEnv> {
  const withEtag = etag({ weak: true });
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    await withEtag(c, async () => {
      await next();
      if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
        c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=600');
      }
    });
  };
}
