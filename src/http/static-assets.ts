/**
 * Compressed static assets. The web build writes a brotli (`.br`) and a gzip (`.gz`) copy beside
 * every asset worth compressing (see `precompressPlugin` in vite.config.ts), at the strongest
 * settings, once. This middleware answers the copy the client accepts (brotli preferred, by
 * `negotiateEncoding`), so a phone downloads a third of the bytes and the server compresses
 * nothing per request. Without a copy, or for a client that accepts neither coding, the next
 * handler serves the file as it is.
 *
 * `Vary: Accept-Encoding` goes on every answer under the prefix, the plain one too: a shared cache
 * must not hand a brotli body to a client that cannot read it, nor the plain one to every client.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { type Encoding, negotiateEncoding } from './content-encoding.js';

/** The suffix the build gives each compressed copy. */
export const PRECOMPRESSED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The types of what the build compresses (text); anything else is served by the next handler. */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `<file>.br` or `<file>.gz` from `distDir` for a GET or HEAD of `<file>`. The request path
 * is resolved inside `distDir` only (`..` cannot climb out of it).
 */
export function precompressedAssets(distDir: string): MiddlewareHandler<AppEnv> {
  const root = path.resolve(distDir);
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const type = CONTENT_TYPES[path.extname(c.req.path).toLowerCase()];
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    let file: string | undefined;
    if (type && encoding) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(c.req.path);
      } catch {
        decoded = '';
      }
      const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
      if (decoded && candidate.startsWith(`${root}${path.sep}`)) {
        const compressed = `${candidate}${PRECOMPRESSED_SUFFIX[encoding]}`;
        if (await isFile(compressed)) file = compressed;
      }
    }
    if (!file || !encoding || !type) {
      await next();
      c.res.headers.append('Vary', 'Accept-Encoding');
      return;
    }
    const body = await readFile(file);
    return new Response(method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': type,
        'Content-Encoding': encoding,
        'Content-Length': String(body.byteLength),
        Vary: 'Accept-Encoding',
      },
    });
  };
}
