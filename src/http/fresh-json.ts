/**
 * Public JSON made for one answer only (a search, not a kept value): compressed when the client
 * accepts it and it is cheap — a cheap setting, in the thread pool, and only up to
 * MAX_FRESH_COMPRESSED_BYTES — and never kept. Private answers are never compressed (see
 * operation-route.ts: secrets beside caller-chosen text).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';
import { varyByEncoding } from './cached-json.js';
import { MIN_COMPRESSED_BYTES, compress, negotiateEncoding } from './content-encoding.js';

/**
 * Larger answers go as they are: a 20,000-row batch answer is over 100 MB, and compressing it
 * would hold a second copy and a thread of the pool for seconds, for one caller.
 */
export const MAX_FRESH_COMPRESSED_BYTES = 1024 * 1024;

export async function freshJson(c: Context<AppEnv>, value: unknown, status: ContentfulStatusCode): Promise<Response> {
  const text = JSON.stringify(value);
  if (text === undefined) return c.json(value as object, status);
  const type = { 'Content-Type': 'application/json' };
  // Characters ≤ bytes ≤ 3 × characters (UTF-16 → UTF-8): most answers are decided without encoding.
  if (text.length < MIN_COMPRESSED_BYTES / 3 || text.length > MAX_FRESH_COMPRESSED_BYTES) {
    return c.body(text, status, type);
  }
  const bytes = Buffer.from(text);
  if (bytes.byteLength < MIN_COMPRESSED_BYTES || bytes.byteLength > MAX_FRESH_COMPRESSED_BYTES) {
    return c.body(bytes, status, type);
  }
  const encoding = negotiateEncoding(c.req.header('accept-encoding'));
  if (encoding) {
    try {
      const body = await compress(bytes, encoding, 'fast');
      return varyByEncoding(c.body(body, status, { ...type, 'Content-Encoding': encoding }));
    } catch {
      // zlib failed: the identity body is still a correct answer.
    }
  }
  return varyByEncoding(c.body(bytes, status, type));
}
