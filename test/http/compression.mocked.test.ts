/**
 * Compressed answers (issue 17, "Speed"): public JSON in brotli or gzip when the client accepts
 * it, compressed once per kept value with its own ETag per coding; private answers never
 * compressed (secrets beside caller-chosen text: BREACH), hashed, tagged or publicly cached.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEnv } from '../../src/http/app-env.js';
import { type App, createApp } from '../../src/http/app.js';
import * as contentEncoding from '../../src/http/content-encoding.js';
import { MAX_FRESH_COMPRESSED_BYTES, freshJson } from '../../src/http/fresh-json.js';
import { readCaching } from '../../src/http/middleware/read-caching.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { seedUser, signIn, testClientIp } from '../support/accounts.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

// Counts compressions: cached-json.ts and fresh-json.ts call this spy around the real compressor.
vi.mock('../../src/http/content-encoding.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/http/content-encoding.js')>();
  return { ...real, compress: vi.fn(real.compress) };
});
const compressions = vi.mocked(contentEncoding.compress);
const { negotiateEncoding, MIN_COMPRESSED_BYTES } = contentEncoding;

const CARD = '/api/v1/cards/2635-3-001/5';
const EXPORT = '/api/v1/editions/current/export';

const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
const varyOf = (res: Response) => (res.headers.get('vary') ?? '').split(/\s*,\s*/).map((v) => v.toLowerCase());

describe('compressed JSON answers', () => {
  let database: OpenDb;
  let services: Services;
  let app: App;
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

  beforeAll(async () => {
    database = await openTestDb('pglite');
    services = createServices(database);
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    await seedUser(database, 'admin@example.kz', ['admin']);
    app = createApp({ services, clientIp: testClientIp });
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(() => compressions.mockClear());

  it('answers Accept-Encoding: br with a brotli body that is the identity body, byte for byte', async () => {
    const plain = await get(CARD);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const identity = await bytesOf(plain);
    expect(identity.byteLength).toBeGreaterThan(MIN_COMPRESSED_BYTES);

    const br = await get(CARD, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toBe('application/json');
    const body = await bytesOf(br);
    expect(body.byteLength).toBeLessThan(identity.byteLength / 3);
    expect(brotliDecompressSync(body).equals(identity)).toBe(true);
  });

  it('answers gzip when gzip is accepted and brotli is not', async () => {
    const identity = await bytesOf(await get(CARD));
    for (const accepted of ['gzip', 'br;q=0, gzip', 'gzip;q=0.9, br;q=0.5']) {
      const res = await get(CARD, { 'Accept-Encoding': accepted });
      expect(res.headers.get('content-encoding'), accepted).toBe('gzip');
      expect(gunzipSync(await bytesOf(res)).equals(identity), accepted).toBe(true);
    }
  });

  it('answers the identity without Accept-Encoding or with no coding it can use', async () => {
    const card = await services.pipeline.execute(services.ops.registry.card, {
      code: '2635-3-001',
      level: 5,
      lang: 'kk',
    });
    const asked: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': 'identity' },
      { 'Accept-Encoding': 'deflate, br;q=0' },
    ];
    for (const headers of asked) {
      const res = await get(CARD, headers);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(card)));
    }
  });

  it('negotiates as RFC 9110 says: brotli on a tie, weights, `*`, and q=0 refusing', () => {
    expect(negotiateEncoding(undefined)).toBeUndefined();
    expect(negotiateEncoding('')).toBeUndefined();
    expect(negotiateEncoding('br, gzip')).toBe('br');
    expect(negotiateEncoding('gzip, br')).toBe('br');
    expect(negotiateEncoding('GZIP;Q=1, BR;Q=0.1')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('x-gzip')).toBe('gzip');
    expect(negotiateEncoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(negotiateEncoding('deflate, identity')).toBeUndefined();
  });

  it('gives each coding its own ETag and Vary: Accept-Encoding, and a 304 for the compressed ETag', async () => {
    const answers = {
      identity: await get(CARD),
      br: await get(CARD, { 'Accept-Encoding': 'br' }),
      gzip: await get(CARD, { 'Accept-Encoding': 'gzip' }),
    };
    const tags = Object.values(answers).map((res) => res.headers.get('etag'));
    expect(new Set(tags).size).toBe(3);
    expect(answers.br.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-br"$/);
    expect(answers.gzip.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-gz"$/);
    for (const res of Object.values(answers)) {
      expect(varyOf(res)).toContain('accept-encoding');
      expect(res.headers.get('cache-control')).toMatch(/^public, max-age=60/);
    }

    const brTag = answers.br.headers.get('etag') as string;
    const revalidated = await get(CARD, { 'Accept-Encoding': 'br', 'If-None-Match': brTag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(brTag);
    expect(varyOf(revalidated)).toContain('accept-encoding');
    expect(await revalidated.text()).toBe('');
    // The brotli tag does not validate the identity representation.
    expect((await get(CARD, { 'If-None-Match': brTag })).status).toBe(200);
  });

  it('compresses a kept value once per coding, not once per request', async () => {
    const path = '/api/v1/cards/2635-3-001/6';
    const identity = await bytesOf(await get(path));
    compressions.mockClear();
    const brotli = await bytesOf(await get(path, { 'Accept-Encoding': 'br' }));
    for (let i = 0; i < 3; i++) {
      expect((await bytesOf(await get(path, { 'Accept-Encoding': 'br' }))).equals(brotli)).toBe(true);
    }
    expect(brotliDecompressSync(brotli).equals(identity)).toBe(true);
    await get(path, { 'Accept-Encoding': 'gzip' });
    await get(path, { 'Accept-Encoding': 'gzip' });
    expect(compressions.mock.calls.map(([, encoding, effort]) => `${encoding}/${effort}`)).toEqual([
      'br/kept',
      'gzip/kept',
    ]);
  });

  it('compresses a value served only once cheaply, and keeps it from its second time on', async () => {
    const path = '/api/v1/cards/2635-3-001/4';
    const first = await get(path, { 'Accept-Encoding': 'br' });
    const second = await get(path, { 'Accept-Encoding': 'br' });
    await get(path, { 'Accept-Encoding': 'br' });
    expect(compressions.mock.calls.map(([, , effort]) => effort)).toEqual(['fast', 'kept']);
    // Different bytes, the same representation: one weak ETag for both.
    expect(first.headers.get('etag')).toBe(second.headers.get('etag'));
    expect(brotliDecompressSync(await bytesOf(first)).equals(brotliDecompressSync(await bytesOf(second)))).toBe(true);
  });

  it('serves the edition export compressed, built and compressed once per edition', async () => {
    const identity = await bytesOf(await get(EXPORT));
    compressions.mockClear();
    const br = await get(EXPORT, { 'Accept-Encoding': 'br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-disposition')).toMatch(/^inline; filename=".+\.json"$/);
    const body = await bytesOf(br);
    expect(brotliDecompressSync(body).equals(identity)).toBe(true);
    expect((await bytesOf(await get(EXPORT, { 'Accept-Encoding': 'br' }))).equals(body)).toBe(true);
    expect(compressions).toHaveBeenCalledTimes(1);
  });

  it('keeps one export document per edition, dropped when an edition changes', async () => {
    const exportOp = services.ops.editions.export;
    const first = await services.pipeline.execute(exportOp, { id: 'current' });
    expect(await services.pipeline.execute(exportOp, { id: 'current' })).toBe(first);
    services.editions.changed(undefined);
    const rebuilt = await services.pipeline.execute(exportOp, { id: 'current' });
    expect(rebuilt).not.toBe(first);
    expect(rebuilt).toEqual(first);
  });

  it('sends a small body as it is, without Vary', async () => {
    const res = await get('/api/v1/search?q=zzzzqqqxxx&limit=1', { 'Accept-Encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await bytesOf(res)).byteLength).toBeLessThan(MIN_COMPRESSED_BYTES);
    expect(varyOf(res)).not.toContain('accept-encoding');
    expect(compressions).not.toHaveBeenCalled();
  });

  it('never compresses a private answer, however large and whatever the client accepts', async () => {
    const b = await signIn(app, 'admin@example.kz');
    // Organisations with long names make the private list well over the compression threshold.
    for (let i = 0; i < 12; i++)
      await b.json('POST', '/v1/orgs', {
        name: `Аумақтық орталық ${i} ${'ә'.repeat(150)}`,
        kind: 'social-service-provider',
      });
    const res = await b.request('GET', '/v1/orgs', undefined, { 'Accept-Encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect((await bytesOf(res)).byteLength).toBeGreaterThan(MIN_COMPRESSED_BYTES);
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('never gives a private answer a public cache header, an ETag or a 304', async () => {
    const b = await signIn(app, 'admin@example.kz');
    const asked: Record<string, string>[] = [
      {},
      { 'Accept-Encoding': 'br' },
      { 'Accept-Encoding': 'gzip', 'If-None-Match': '*' },
    ];
    for (const headers of asked) {
      const me = await b.request('GET', '/v1/me', undefined, headers);
      expect(me.status).toBe(200);
      expect(me.headers.get('cache-control')).toBe('private, no-store');
      expect(me.headers.get('etag')).toBeNull();
      expect(me.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('public answers made on the fly (fresh-json.ts)', () => {
  const big = { rows: Array.from({ length: 200 }, (_, i) => ({ i, name: `қызметкер ${i}` })) };
  const app = new Hono<AppEnv>().get('/big', (c) => freshJson(c, big, 200));
  const huge = { text: 'x'.repeat(MAX_FRESH_COMPRESSED_BYTES + 1) };
  app.get('/huge', (c) => freshJson(c, huge, 200));
  beforeEach(() => compressions.mockClear());

  it('compresses cheaply and does not keep the result', async () => {
    const identity = Buffer.from(JSON.stringify(big));
    for (let i = 0; i < 2; i++) {
      const res = await app.request('/big', { headers: { 'Accept-Encoding': 'br' } });
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(varyOf(res)).toContain('accept-encoding');
      expect(brotliDecompressSync(await bytesOf(res)).equals(identity)).toBe(true);
    }
    expect(compressions.mock.calls.map(([, , effort]) => effort)).toEqual(['fast', 'fast']);
  });

  it('sends an answer over the cap as it is', async () => {
    const res = await app.request('/huge', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await bytesOf(res)).byteLength).toBe(JSON.stringify(huge).length);
    expect(compressions).not.toHaveBeenCalled();
  });
});

describe('read caching skips private answers (read-caching.ts)', () => {
  /** A body that counts how often it is read: hashing it for an ETag reads it. */
  function countedBody() {
    const counter = { pulls: 0 };
    // highWaterMark 0: nothing is pulled until somebody reads.
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          counter.pulls++;
          controller.enqueue(new TextEncoder().encode('{"secret":true}'));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    return { counter, stream };
  }

  it('neither hashes, tags nor 304s a private or no-store answer, but does a public one', async () => {
    const counters: Record<string, { pulls: number }> = {};
    const app = new Hono<AppEnv>();
    app.use('*', readCaching());
    for (const scope of ['public', 'private', 'none'] as const) {
      app.get(`/${scope}`, (c) => {
        c.set('cacheScope', scope);
        const { counter, stream } = countedBody();
        counters[scope] = counter;
        return c.body(stream, 200, { 'Content-Type': 'application/json' });
      });
    }
    app.get('/no-store', (c) => {
      const { counter, stream } = countedBody();
      counters['no-store'] = counter;
      return c.body(stream, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    });

    for (const path of ['private', 'none', 'no-store']) {
      const res = await app.request(`/${path}`, { headers: { 'If-None-Match': '*' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('etag'), path).toBeNull();
      expect(res.headers.get('cache-control') ?? '', path).not.toMatch(/public/);
      expect(counters[path]?.pulls, `${path}: read before the caller read it`).toBe(0);
    }
    // The control: a public answer is hashed (read), tagged, and revalidated.
    const pub = await app.request('/public');
    expect(counters.public?.pulls).toBeGreaterThan(0);
    const tag = pub.headers.get('etag') as string;
    expect(tag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    expect(pub.headers.get('cache-control')).toMatch(/^public/);
    expect((await app.request('/public', { headers: { 'If-None-Match': tag } })).status).toBe(304);
  });
});
