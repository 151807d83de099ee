/**
 * The HTTP contract through `app.request()`: health, problem+json errors, OpenAPI, the SPA
 * fallback and the edition endpoints. Runs on every engine in the matrix.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { miniEdition } from '../support/mini-edition.js';

describe.each(testEngines)('HTTP API on %s', (engine) => {
  let database: OpenDb;
  let app: App;
  beforeAll(async () => {
    database = await openTestDb(engine);
    const services = createServices(database);
    await services.editions.load(await miniEdition());
    const webDistDir = mkdtempSync(path.join(tmpdir(), 'kasip-web-'));
    writeFileSync(
      path.join(webDistDir, 'index.html'),
      '<!doctype html><html lang="kk"><title>Kasip</title><div id="root"></div></html>',
    );
    app = createApp({ services, webDistDir });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('reports health with the engine, versions and migrations', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(await res.json()).toMatchObject({
      status: 'ok',
      engine,
      database: { reachable: true, version: expect.stringMatching(/^PostgreSQL \d+/) },
      app: { name: 'kasip', version: expect.any(String) },
      migrations: { pending: [], upToDate: true },
    });
  });

  it('answers an unknown API route with a 404 problem, in the asked language', async () => {
    const res = await app.request('/api/v1/nothing', { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: 404,
      code: 'not_found',
      title: 'Не найдено',
      detail: 'Точки API GET /api/v1/nothing нет.',
      instance: '/api/v1/nothing',
    });
    const en = await app.request('/api/v1/nothing?lang=en');
    expect(await en.json()).toMatchObject({
      title: 'Not found',
      detail: 'There is no API endpoint GET /api/v1/nothing.',
    });
    // A service's detail too: the edition's 404 said in Kazakh (the default) and Russian.
    const kk = (await (await app.request('/api/v1/editions/order-1-1999')).json()) as { detail: string };
    expect(kk.detail).toBe('«order-1-1999» редакциясы жоқ. Белгілі редакциялар: mini-2024.');
    const ru = await app.request('/api/v1/editions/order-1-1999?lang=ru');
    expect(((await ru.json()) as { detail: string }).detail).toBe(
      'Редакции «order-1-1999» нет. Известные редакции: mini-2024.',
    );
  });

  it('answers a malformed request with a 400 problem naming each field', async () => {
    const res = await app.request('/api/v1/editions/BAD%20ID!/export?format=csv');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { code: string; errors: { path: string }[] };
    expect(body.code).toBe('validation_failed');
    // Both the id and the format are malformed: each is named, where it is in the request.
    expect(body.errors).toEqual([
      { path: 'param.id', message: expect.any(String) },
      { path: 'query.format', message: expect.stringContaining('json') },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/ZodError|at .*\.ts/);
    const badId = (await (await app.request('/api/v1/editions/BAD%20ID!')).json()) as { errors: { path: string }[] };
    expect(badId.errors.map((e) => e.path)).toEqual(['param.id']);
  });

  it('lists editions and exports one, or the current one', async () => {
    const list = (await (await app.request('/api/v1/editions')).json()) as {
      editions: { id: string; current: boolean }[];
    };
    expect(list.editions).toEqual([expect.objectContaining({ id: 'mini-2024', current: true })]);
    const one = await app.request('/api/v1/editions/mini-2024');
    expect(one.status).toBe(200);
    const doc = (await (await app.request('/api/v1/editions/current/export')).json()) as {
      format: string;
      cards: unknown[];
    };
    expect(doc.format).toBe('kasip.edition');
    expect(doc.cards).toHaveLength(2);
    const missing = await app.request('/api/v1/editions/order-1-1999');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { detail: string }).detail).toContain('order-1-1999');
  });

  it('serves an OpenAPI 3.1 document that describes its routes, and interactive docs', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/health', '/v1/editions', '/v1/editions/{id}', '/v1/editions/{id}/export']),
    );
    const docs = await app.request('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });

  it('serves the web app for deep links, so a reload works', async () => {
    const res = await app.request('/cards/1111-1-001/5');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<html lang="kk">');
  });

  it('never answers an arbitrary API path or query with a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 4 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        async (segments, query) => {
          const url = `/api/${segments.map(encodeURIComponent).join('/')}?q=${encodeURIComponent(query)}&lang=${encodeURIComponent(query)}`;
          const res = await app.request(url);
          expect(res.status, url).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    for (const id of ['..', '%00', 'a'.repeat(300), 'ƏҚ', 'mini-2024%2F..']) {
      expect((await app.request(`/api/v1/editions/${id}/export`)).status).toBeLessThan(500);
    }
  });
});
