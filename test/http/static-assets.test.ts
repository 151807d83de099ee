/**
 * Static assets go compressed: the build's brotli or gzip copy, chosen by Accept-Encoding, with
 * `Vary: Accept-Encoding`; hashed assets are immutable, index.html must be revalidated.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb } from '../support/engines.js';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `сөз-${i}`))};\n`;
const ASSET = '/assets/index-Ab12Cd34.js';

describe('compressed static assets', () => {
  let database: OpenDb;
  let app: App;
  beforeAll(async () => {
    database = await openTestDb('pglite');
    const services = createServices(database);
    const dist = mkdtempSync(path.join(tmpdir(), 'kasip-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Kasip</title><div id="root"></div>');
    const file = path.join(dist, ASSET);
    writeFileSync(file, SCRIPT);
    writeFileSync(`${file}.br`, brotliCompressSync(SCRIPT));
    writeFileSync(`${file}.gz`, gzipSync(SCRIPT));
    // A small file the build did not compress: served as it is.
    writeFileSync(path.join(dist, 'assets', 'tiny-Zz99.css'), 'a{}');
    app = createApp({ services, webDistDir: dist });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('answers brotli when the client accepts it, with the script type, Vary and an immutable lifetime', async () => {
    const res = await app.request(ASSET, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.byteLength);
    expect(body.byteLength).toBeLessThan(Buffer.byteLength(SCRIPT) / 3);
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('answers gzip to a client without brotli, and the plain file (still with Vary) to one with neither', async () => {
    const gz = await app.request(ASSET, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
    const plain = await app.request(ASSET, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(SCRIPT);
    const refused = await app.request(ASSET, { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await app.request(ASSET, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('serves a file without a compressed copy as it is, and a missing asset is still a 404', async () => {
    const tiny = await app.request('/assets/tiny-Zz99.css', { headers: { 'accept-encoding': 'br' } });
    expect(tiny.status).toBe(200);
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect(await tiny.text()).toBe('a{}');
    const missing = await app.request('/assets/gone-0000.js', { headers: { 'accept-encoding': 'br' } });
    expect(missing.status).toBe(404);
  });

  it('keeps index.html revalidated on every use', async () => {
    const res = await app.request('/', { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('never answers 500, nor a file outside the build, whatever the path and Accept-Encoding', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('..%2F..%2Fetc%2Fpasswd.js', '%E0%A4%A.js', '..\\..\\x.js')),
        fc.oneof(fc.string(), fc.constantFrom('br', 'gzip', '*', 'br;q=abc')),
        async (tail, accept) => {
          const url = `/assets/${tail.replace(/[?#]/g, '')}`;
          let res: Response;
          try {
            res = await app.request(url, { headers: { 'accept-encoding': accept.replace(/[\r\n]/g, '') } });
          } catch (error) {
            // A URL the Request constructor itself refuses never reaches the app.
            if (error instanceof TypeError) return;
            throw error;
          }
          expect(res.status).not.toBe(500);
          if (res.headers.get('content-encoding')) expect(url.includes('index-Ab12Cd34.js')).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
