/**
 * The probe found the card PDF cost about 200 ms of CPU on every request, and that its ETag
 * changed every time (pdfkit's creation date and file ID), so a 304 was impossible. Now the same
 * card, edition and language give the same bytes, a revalidation is a 304, a second request is
 * not rendered again, and a replaced edition is rendered anew.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as cardPdf from '../../src/exports/pdf/card-pdf.js';
import { type App, createApp } from '../../src/http/app.js';
import { createKeptCache } from '../../src/domain/shared/kept-cache.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb } from '../support/engines.js';
import { miniEdition } from '../support/mini-edition.js';

// Counts the renderings: the route's import of renderCardPdf is this spy around the real one.
vi.mock('../../src/exports/pdf/card-pdf.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/exports/pdf/card-pdf.js')>();
  return { ...real, renderCardPdf: vi.fn(real.renderCardPdf) };
});
const renders = vi.mocked(cardPdf.renderCardPdf);

const URL_5 = '/api/v1/cards/1111-1-001/5/pdf';

describe('card PDF caching', () => {
  let database: OpenDb;
  let services: Services;
  let app: App;
  beforeAll(async () => {
    database = await openTestDb('pglite');
    services = createServices(database);
    await services.editions.load(await miniEdition());
    app = createApp({ services });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('renders the same bytes for the same card, edition and language (no clock inside)', async () => {
    const print = await services.pipeline.execute(services.ops.registry.cardPrint, {
      code: '1111-1-001',
      level: 5,
      lang: 'ru',
    });
    const first = await cardPdf.renderCardPdf(print);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later, as the next request would be
    const second = await cardPdf.renderCardPdf(print);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps its ETag, answers If-None-Match with 304, and does not render a second time', async () => {
    renders.mockClear();
    const first = await app.request(URL_5);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const second = await app.request(URL_5);
    expect(second.headers.get('etag')).toBe(etag);
    expect(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    const revalidated = await app.request(URL_5, { headers: { 'If-None-Match': etag as string } });
    expect(revalidated.status).toBe(304);
    expect(renders).toHaveBeenCalledTimes(1);
    // Another language is another file.
    expect((await app.request(`${URL_5}?lang=en`)).status).toBe(200);
    expect(renders).toHaveBeenCalledTimes(2);
  });

  it('renders a replaced edition anew', async () => {
    renders.mockClear();
    const before = await app.request(URL_5);
    const edition = await miniEdition();
    const card = edition.cards.find((c) => c.level.value === 5);
    if (card) card.name.ru = `${card.name.ru ?? ''} (new)`;
    await services.editions.load(edition);
    const after = await app.request(URL_5);
    expect(after.status).toBe(200);
    expect(renders).toHaveBeenCalledTimes(1);
    // A later load of the same edition id changes the PDF's date, hence its bytes; the card
    // changed anyway, and its text is in the file.
    expect(Buffer.from(await after.arrayBuffer()).equals(Buffer.from(await before.arrayBuffer()))).toBe(false);
  });

  it('keeps at most its bound of files, the least recently used leaving first', async () => {
    const cache = createKeptCache<number>(2);
    const render = vi.fn(async () => 1);
    await cache.get('a', render);
    await cache.get('b', render);
    await cache.get('a', render); // a is now the most recent
    await cache.get('c', render); // b leaves
    expect(cache.size).toBe(2);
    expect(render).toHaveBeenCalledTimes(3);
    await cache.get('a', render);
    expect(render).toHaveBeenCalledTimes(3);
    await cache.get('b', render);
    expect(render).toHaveBeenCalledTimes(4);
    // A failed rendering is not kept.
    await expect(cache.get('x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await cache.get('x', render);
    expect(render).toHaveBeenCalledTimes(5);
  });
});
