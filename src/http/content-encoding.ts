/**
 * Compressed answers: which coding a client accepts (brotli preferred, then gzip) and the
 * compressors. A JSON answer shrinks to a fifth or less, which is what a phone on a slow network
 * waits for. The zlib calls are the asynchronous ones: they run in libuv's thread pool, so the
 * event loop keeps answering while a large body (an edition export) is compressed.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/**
 * Smaller bodies go as they are: compressing them saves less than a packet and costs a
 * compression (and a cached copy) each.
 */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * `kept`: compressed once and served many times (a public answer of an edition), so worth
 * brotli's quality 9 and gzip's level 9; brotli's 10–11 cost several times more for a few per
 * cent. `fast`: compressed for one answer only (a private one), so cheap settings.
 */
export type Effort = 'kept' | 'fast';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export function compress(body: Uint8Array, encoding: Encoding, effort: Effort): Promise<Uint8Array<ArrayBuffer>> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: effort === 'kept' ? 9 : 4,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  }
  return gzipped(body, { level: effort === 'kept' ? 9 : 4 });
}

/**
 * The coding to answer with, from Accept-Encoding (RFC 9110 §12.5.3): brotli when its weight is
 * at least gzip's, gzip otherwise; `*` stands for a coding not named; weight 0 refuses one.
 * Undefined: the identity (no header, or neither coding accepted).
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [coding = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(coding === 'x-gzip' ? 'gzip' : coding, Number.isFinite(weight) ? weight : 0);
  }
  const star = weights.get('*') ?? 0;
  const br = weights.get('br') ?? star;
  const gz = weights.get('gzip') ?? star;
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : undefined;
}

/** The ETag of an encoded body: another representation, so another tag (`W/"…-br"`). */
export function encodedEtag(etag: string, encoding: Encoding): string {
  return etag.replace(/"$/, `-${encoding === 'br' ? 'br' : 'gz'}"`);
}
