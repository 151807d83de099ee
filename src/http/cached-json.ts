/**
 * JSON for values the services cache (a rendered card): serialised and hashed once per value,
 * not once per request. The ETag set here is the one the caching middleware uses for 304s.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

const serialized = new WeakMap<object, { body: string; etag: string }>();

export function cachedJson(c: Context<AppEnv>, value: object): Response {
  let entry = serialized.get(value);
  if (!entry) {
    const body = JSON.stringify(value);
    entry = { body, etag: `W/"${createHash('sha1').update(body).digest('hex')}"` };
    serialized.set(value, entry);
  }
  c.header('ETag', entry.etag);
  return c.body(entry.body, 200, { 'Content-Type': 'application/json' });
}
