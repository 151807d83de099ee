/** Methods, static files, caching and security headers: the HTTP answers the outside probe checked. */
import { once } from 'node:events';
import { type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { type Services, createServices } from '../../src/services/index.js';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../src/services/operations/database-unavailable.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb } from '../support/engines.js';
import { miniEdition } from '../support/mini-edition.js';

describe('HTTP semantics and security headers', () => {
  let database: OpenDb;
  let app: App;
  let services: Services;
  beforeAll(async () => {
    database = await openTestDb('pglite');
    services = createServices(database);
    await services.editions.load(await miniEdition());
    const webDistDir = mkdtempSync(path.join(tmpdir(), 'kasip-web-'));
    mkdirSync(path.join(webDistDir, 'assets'));
    writeFileSync(path.join(webDistDir, 'index.html'), '<!doctype html><title>Kasip</title><div id="root"></div>');
    writeFileSync(path.join(webDistDir, 'assets', 'index-Ab12Cd34.js'), 'console.log(1)');
    app = createApp({ services, webDistDir });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('answers a wrong method on an existing API path with 405 and Allow', async () => {
    const health = await app.request('/api/health', { method: 'POST' });
    expect(health.status).toBe(405);
    expect(health.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(health.headers.get('content-type')).toBe('application/problem+json');
    expect(await health.json()).toMatchObject({ status: 405, code: 'method_not_allowed' });
    const batch = await app.request('/api/v1/qualification/category:batch', { method: 'GET' });
    expect(batch.status).toBe(405);
    expect(batch.headers.get('allow')).toBe('POST, OPTIONS');
    const staff = await app.request('/api/v1/orgs/any-org/staff/some-one', { method: 'PATCH' });
    expect(staff.headers.get('allow')).toBe('DELETE, GET, HEAD, PUT, OPTIONS');
    // A path that exists for no method is still a 404.
    expect((await app.request('/api/v1/nothing', { method: 'POST' })).status).toBe(404);
  });

  it('refuses TRACE everywhere, and methods other than GET on pages', async () => {
    // fetch() cannot send TRACE, so this goes over a socket to a real server.
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      for (const target of ['/api/health', '/api/v1/nothing', '/', '/cards']) {
        const res = await new Promise<IncomingMessage>((resolve, reject) =>
          request({ port, path: target, method: 'TRACE' }, resolve).on('error', reject).end(),
        );
        res.resume();
        expect(res.statusCode, target).toBe(405);
        expect(res.headers.allow, target).toMatch(/GET/);
        expect(res.headers['content-security-policy'], target).toContain("frame-ancestors 'none'");
      }
    } finally {
      server.close();
    }
    const page = await app.request('/cards/2635-3-001/5', { method: 'POST' });
    expect(page.status).toBe(405);
    expect(page.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers a missing asset with 404, never index.html, and caches assets for good', async () => {
    const missing = await app.request('/assets/index-Gone0000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toContain('html');
    const asset = await app.request('/assets/index-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('makes browsers revalidate index.html, at / and at a deep link, with an ETag', async () => {
    for (const target of ['/', '/index.html', '/cards/1111-1-001/5']) {
      const res = await app.request(target);
      expect(res.status, target).toBe(200);
      expect(res.headers.get('cache-control'), target).toBe('no-cache');
      const tag = res.headers.get('etag');
      expect(tag, target).toBeTruthy();
      const again = await app.request(target, { headers: { 'If-None-Match': tag as string } });
      expect(again.status, target).toBe(304);
    }
  });

  it('sends the security headers on pages, API answers and errors, and no version-leaking ones', async () => {
    const answers = {
      page: await app.request('/'),
      asset: await app.request('/assets/index-Ab12Cd34.js'),
      json: await app.request('/api/v1/standards'),
      problem: await app.request('/api/v1/nothing'),
      refused: await app.request('/api/health', { method: 'PUT' }),
    };
    for (const [name, res] of Object.entries(answers)) {
      expect(res.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), name).toBe('same-origin');
      expect(res.headers.get('content-security-policy'), name).toContain("frame-ancestors 'none'");
      expect(res.headers.get('server'), name).toBeNull();
      expect(res.headers.get('x-powered-by'), name).toBeNull();
    }
    const pagePolicy = answers.page.headers.get('content-security-policy') as string;
    expect(pagePolicy).toContain("script-src 'self';");
    expect(pagePolicy).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')?;/);
    expect(pagePolicy).not.toContain('unsafe-inline');
    expect(answers.json.headers.get('content-security-policy')).toContain("default-src 'none'");
    // A revalidated page keeps the page policy, though a 304 has no Content-Type.
    const tag = answers.page.headers.get('etag') as string;
    const notModified = await app.request('/', { headers: { 'If-None-Match': tag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toBe(pagePolicy);
  });

  it('serves /api/docs and its Swagger UI files from Kasip itself, under a policy naming no other origin', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    // Every script and stylesheet comes from this origin: no CDN, and no inline script to allow.
    const sources = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sources).toHaveLength(3);
    for (const source of sources) expect(source).toMatch(/^\/api\/docs\/assets\/[\w.-]+$/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>/);
    expect(html).not.toMatch(/<style/);

    const policy = res.headers.get('content-security-policy') as string;
    expect(policy).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval|sha256-/);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");

    const types = { css: 'text/css', js: 'text/javascript' };
    for (const source of sources) {
      const asset = await app.request(source);
      expect(asset.status, source).toBe(200);
      expect(asset.headers.get('content-type'), source).toContain(types[source.endsWith('.css') ? 'css' : 'js']);
      expect(asset.headers.get('cache-control'), source).toBe('public, max-age=31536000, immutable');
      expect((await asset.arrayBuffer()).byteLength, source).toBeGreaterThan(0);
    }
    const bundle = sources.find((s) => s.includes('swagger-ui-bundle')) as string;
    expect((await (await app.request(bundle)).text()).length).toBeGreaterThan(1_000_000);
    const start = await (await app.request(sources.find((s) => s.includes('/start.')) as string)).text();
    expect(start).toContain('url: "/api/openapi.json"');

    // Another name (a stale hash, a file of the package the page does not use) is a 404.
    expect((await app.request('/api/docs/assets/index.html')).status).toBe(404);
    expect((await app.request('/api/docs/assets/swagger-ui-bundle.js.map')).status).toBe(404);
    expect((await app.request('/api/docs/assets/x', { method: 'POST' })).status).toBe(405);
  });

  it('sends the Swagger UI bundle compressed when asked, 1.7 MB being too much for a slow network', async () => {
    const html = await (await app.request('/api/docs')).text();
    const bundle = html.match(/src="([^"]*swagger-ui-bundle[^"]*)"/)?.[1] as string;
    const plain = await app.request(bundle);
    const br = await app.request(bundle, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const compressed = (await br.arrayBuffer()).byteLength;
    expect(compressed).toBeLessThan((await plain.arrayBuffer()).byteLength / 3);
  });

  it('reads a card level in a path or query only in decimal digits (0x5 and 5e0 are not 5)', async () => {
    expect((await app.request('/api/v1/cards/1111-1-001/5')).status).toBe(200);
    for (const level of ['0x5', '5e0', '0b101', '0o5', '5.0', '+5', '%205', '5%20', 'Infinity']) {
      const res = await app.request(`/api/v1/cards/1111-1-001/${level}`);
      expect(res.status, level).toBe(400);
      expect(await res.json(), level).toMatchObject({ code: 'validation_failed', errors: [{ path: 'param.level' }] });
      expect((await app.request(`/api/v1/cards/1111-1-001/${level}/pdf`)).status, `${level}/pdf`).toBe(400);
      expect((await app.request(`/api/v1/cards?level=${level}`)).status, `?level=${level}`).toBe(400);
    }
    expect((await app.request('/api/v1/cards?level=5')).status).toBe(200);
  });

  it('refuses a body in a charset other than UTF-8 with 415, never decoding it as UTF-8', async () => {
    const login = (contentType: string, body: Uint8Array<ArrayBuffer> | string) =>
      app.request('/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': contentType }, body });
    const json = JSON.stringify({ email: 'a@example.kz', password: 'wrong password' });
    // UTF-16LE with a BOM, as a Windows tool writes it.
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    for (const type of [
      'application/json; charset=utf-16',
      'application/json;charset="UTF-16LE"',
      'application/json; charset=windows-1251',
    ]) {
      const res = await login(type, utf16);
      expect(res.status, type).toBe(415);
      expect(res.headers.get('content-type'), type).toBe('application/problem+json');
      expect(await res.json(), type).toMatchObject({ code: 'unsupported_media_type' });
    }
    const csv = await app.request('/api/v1/qualification/category:batch', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv; charset=utf-16' },
      body: utf16,
    });
    expect(csv.status).toBe(415);
    // UTF-8 (declared or not) and US-ASCII are read as before: a wrong password, not a media type problem.
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/json; charset=US-ASCII']) {
      expect((await login(type, json)).status, type).toBe(401);
    }
  });

  it('answers an unreachable database with 503 and Retry-After, not a generic 500', async () => {
    const bare = createApp({ services });
    bare.get('/boom', () => {
      throw new Error('timeout exceeded when trying to connect');
    });
    const res = await bare.request('/boom');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe(String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    expect(await res.json()).toMatchObject({ code: 'database_unavailable' });
  });
});
