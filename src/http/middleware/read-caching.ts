/**
 * ETag and Cache-Control on successful public reads: the data changes only when an edition is
 * loaded, so clients may reuse an answer for a minute and then revalidate cheaply (304 on
 * If-None-Match). An answer that already has an ETag (cached-json.ts: hashed once per value) is
 * not hashed again; others are hashed here.
 *
 * Private and no-store answers get neither: no cache may keep them, so a validator would only
 * cost a hash of every body (operation-route.ts removed their ETag again afterwards), and a
 * matching If-None-Match (or `*`) must not turn someone's private answer into a 304.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';

const PUBLIC = 'public, max-age=60, stale-while-revalidate=600';

/** What a 304 keeps of the 200 it stands for (RFC 9110 §15.4.5). */
const RETAINED_304_HEADERS = new Set(['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary']);

/** Whether a cache may keep this answer: its operation's scope, else its own Cache-Control. */
function isShareable(c: Context<AppEnv>): boolean {
  const scope = c.get('cacheScope');
  if (scope !== undefined && scope !== 'public') return false;
  return !/\b(no-store|private)\b/i.test(c.res.headers.get('Cache-Control') ?? '');
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): `W/` does not count. */
function matches(etag: string, ifNoneMatch: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.match(/"[^"]*"/g)?.includes(opaque) ?? false;
}

export function readCaching(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    await next();
    if (c.res.status !== 200 || !isShareable(c)) return;
    const res = c.res;
    if (!res.headers.has('Cache-Control')) res.headers.set('Cache-Control', PUBLIC);
    const etag =
      res.headers.get('ETag') ??
      `W/"${createHash('sha1')
        .update(new Uint8Array(await res.clone().arrayBuffer()))
        .digest('hex')}"`;
    const ifNoneMatch = c.req.header('If-None-Match');
    if (ifNoneMatch === undefined || !matches(etag, ifNoneMatch)) {
      res.headers.set('ETag', etag);
      return;
    }
    await res.body?.cancel();
    // Hono copies the old answer's headers onto the new one; those a 304 must not carry go again.
    c.res = new Response(null, { status: 304, headers: { ETag: etag } });
    for (const name of [...c.res.headers.keys()]) {
      if (!RETAINED_304_HEADERS.has(name.toLowerCase())) c.res.headers.delete(name);
    }
  };
}
