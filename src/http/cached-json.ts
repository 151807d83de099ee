/**
 * JSON of public answers, for values the services keep (a rendered card, an edition's export):
 * serialised, hashed and, for each coding a client asks for, compressed once per value — that is,
 * once per edition — not once per request. The ETag set here is the one the caching middleware
 * uses for 304s; each coding has its own (`W/"…-br"`, `W/"…-gz"`), since its bytes differ.
 *
 * Some public values are made anew for every request (a search's hits) and would never be asked
 * for again: the first time a value is served it is compressed cheaply and not kept; from its
 * second time on, at the kept effort, once. Both bytes decompress to the same body, which is what
 * a weak ETag promises.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { type Encoding, MIN_COMPRESSED_BYTES, compress, encodedEtag, negotiateEncoding } from './content-encoding.js';

type Entry = {
  /** UTF-8 once: encoding a 35 kB string on every request was ~15 % of a card answer's CPU. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Times served: a value served once may be one made for a single request. */
  served: number;
  /** Compressed in the thread pool on first demand; requests meanwhile wait for the same one. */
  encoded: Partial<Record<Encoding, Promise<Uint8Array<ArrayBuffer>>>>;
};

// Keyed by the value itself: when the service drops it (a new edition), its bytes go with it.
const serialized = new WeakMap<object, Entry>();

function entryOf(value: object): Entry {
  let entry = serialized.get(value);
  if (!entry) {
    const bytes = Buffer.from(JSON.stringify(value));
    entry = { bytes, etag: `W/"${createHash('sha1').update(bytes).digest('hex')}"`, served: 0, encoded: {} };
    serialized.set(value, entry);
  }
  return entry;
}

function encodedBody(entry: Entry, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  let pending = entry.encoded[encoding];
  if (!pending && entry.served === 1) return compress(entry.bytes, encoding, 'fast');
  if (!pending) {
    const made = compress(entry.bytes, encoding, 'kept');
    entry.encoded[encoding] = made;
    made.catch(() => {
      if (entry.encoded[encoding] === made) delete entry.encoded[encoding];
    });
    pending = made;
  }
  return pending;
}

export async function cachedJson(c: Context<AppEnv>, value: object): Promise<Response> {
  const entry = entryOf(value);
  entry.served++;
  const type = { 'Content-Type': 'application/json' };
  if (entry.bytes.byteLength < MIN_COMPRESSED_BYTES) {
    c.header('ETag', entry.etag);
    return c.body(entry.bytes, 200, type);
  }
  const encoding = negotiateEncoding(c.req.header('accept-encoding'));
  if (encoding) {
    try {
      const body = await encodedBody(entry, encoding);
      c.header('ETag', encodedEtag(entry.etag, encoding));
      return varyByEncoding(c.body(body, 200, { ...type, 'Content-Encoding': encoding }));
    } catch {
      // zlib failed (out of memory): the identity body is still a correct answer.
    }
  }
  c.header('ETag', entry.etag);
  return varyByEncoding(c.body(entry.bytes, 200, type));
}

/**
 * Shared caches must keep the encodings apart, the identity one included. Appended to the answer
 * itself, not through `c.header`: Hono sets the context's headers over the final answer's, and a
 * `Vary` there replaced the `Accept-Language` the adapter appends afterwards.
 */
export function varyByEncoding(res: Response): Response {
  res.headers.append('Vary', 'Accept-Encoding');
  return res;
}
