/**
 * The web shell's answers outside /api: 200 for the app's pages and 404 (still the app) for any
 * other path, the server's list of pages kept in step with web/src/App.tsx, and /robots.txt and
 * /sitemap.xml (sitemaps.org 0.9, absolute addresses from the public URL, rebuilt when an edition
 * is loaded).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import { type App, createApp } from '../../src/http/app.js';
import { ROBOTS_DISALLOWED, SITEMAP_PAGES } from '../../src/http/robots-sitemap.js';
import { CARD_PAGE, SPA_PAGES, SPA_PATTERNS, cleanPath, isSpaRoute } from '../../src/http/spa-routes.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb } from '../support/engines.js';
import { miniEdition } from '../support/mini-edition.js';
import { ROOT } from '../support/paths.js';

const PUBLIC_URL = 'https://kasip.example.kz';
const SHELL = '<!doctype html><html lang="kk"><title>Kasip</title><div id="root"></div></html>';

/** The routes App.tsx has: its `const …_PATH = /…/;` patterns and its `case '/…':` pages. */
function appRoutes(): { patterns: string[]; pages: string[] } {
  const source = readFileSync(path.join(ROOT, 'web/src/App.tsx'), 'utf8');
  const patterns = [...source.matchAll(/^const [A-Z_]+ = \/(.+)\/[a-z]*;$/gm)].map((m) => m[1] ?? '');
  // `case '':` is the root without its slash, which a server never sees.
  const pages = [...source.matchAll(/^\s*case '([^']*)':$/gm)].map((m) => m[1] ?? '').filter((p) => p !== '');
  return { patterns, pages };
}

/** Whether robots.txt's rules (prefix match, as the robots exclusion protocol says) keep `page` out. */
function disallowed(robots: string, page: string): boolean {
  return [...robots.matchAll(/^Disallow: (.+)$/gm)].some((m) => page.startsWith(m[1] ?? '\u0000'));
}

describe('the web shell outside /api', () => {
  let database: OpenDb;
  let services: Services;
  let app: App;

  beforeAll(async () => {
    database = await openTestDb('pglite');
    services = createServices(database, { accounts: { ...DEFAULT_ACCOUNTS, publicUrl: PUBLIC_URL } });
    const webDistDir = mkdtempSync(path.join(tmpdir(), 'kasip-web-'));
    mkdirSync(path.join(webDistDir, 'assets'));
    writeFileSync(path.join(webDistDir, 'index.html'), SHELL);
    app = createApp({ services, webDistDir });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('knows exactly the pages web/src/App.tsx routes, no more and no fewer', () => {
    const fromApp = appRoutes();
    // Found at all: a changed App.tsx layout must not make this test compare two empty lists.
    expect(fromApp.patterns.length).toBeGreaterThan(10);
    expect(fromApp.pages.length).toBeGreaterThan(10);
    expect([...SPA_PATTERNS.map((p) => p.source)].sort()).toEqual([...fromApp.patterns].sort());
    expect([...SPA_PAGES].sort()).toEqual([...fromApp.pages].sort());
  });

  it('answers the app with 200 at every page and 404 at any other path', async () => {
    const pages = [
      '/',
      '/cards',
      '/cards/',
      '/changes',
      '/self-assessment',
      '/verify',
      '/verify/abc',
      '/orgs/org-1',
      '/orgs/org-1/staff/import',
      '/orgs/org-1/assessment/sessions/s1/candidates/c1',
      '/orgs/org-1/programmes/new',
      '/orgs/org-1/programmes/p1/impact',
      '/test/secret-token',
    ];
    for (const page of pages) {
      const res = await app.request(page);
      expect(res.status, page).toBe(200);
      expect(await res.text(), page).toBe(SHELL);
    }
    const missing = [
      '/no-such-page',
      '/no-such-page/2635-3-001/5',
      '/cards/2635/5',
      '/cards/2635-3-001/9',
      '/orgs/a/b/c/d/e',
    ];
    for (const page of missing) {
      const res = await app.request(page);
      expect(res.status, page).toBe(404);
      expect(res.headers.get('content-type'), page).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control'), page).toBe('no-cache');
      // Still the app, so a reload shows its not-found page with a way home.
      expect(await res.text(), page).toBe(SHELL);
    }
    const head = await app.request('/no-such-page', { method: 'HEAD' });
    expect(head.status).toBe(404);
  });

  it('writes <html lang> in the language of ?lang=, else Accept-Language, and says the answer varies by it', async () => {
    const inLang = (lang: string) => SHELL.replace('<html lang="kk">', `<html lang="${lang}">`);
    const ru = await app.request('/cards/2635-3-001/5?lang=ru', { headers: { 'Accept-Language': 'en' } });
    expect(await ru.text()).toBe(inLang('ru'));
    const en = await app.request('/', { headers: { 'Accept-Language': 'de-DE, en-US;q=0.8' } });
    expect(en.status).toBe(200);
    expect(await en.text()).toBe(inLang('en'));
    expect(en.headers.get('vary')).toMatch(/Accept-Language/i);
    const missing = await app.request('/no-such-page?lang=ru');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(inLang('ru'));
    expect(await (await app.request('/?lang=xx')).text()).toBe(SHELL);
  });

  it('agrees with the app on random paths: a page exactly when one of the patterns matches', async () => {
    const segment = fc.oneof(
      fc.constantFrom('cards', 'orgs', 'staff', 'assessment', 'programmes', 'verify', 'test', '2635-3-001', '5'),
      fc.string({ minLength: 1, maxLength: 6 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 6 }), fc.boolean(), async (segments, slash) => {
        const page = `/${segments.join('/')}${slash && segments.length > 0 ? '/' : ''}`;
        if (page.startsWith('/api/') || page.startsWith('/assets/')) return;
        const res = await app.request(page);
        const pathname = new URL(`http://x${page}`).pathname;
        // No edition is loaded yet (the sitemap test below loads one), so no card's page exists.
        const exists = isSpaRoute(pathname) && !CARD_PAGE.test(cleanPath(pathname));
        expect(res.status, page).toBe(exists ? 200 : 404);
      }),
      { numRuns: 120 },
    );
  });

  it('serves a robots.txt that opens the registry, closes private and secret pages, and names the sitemap', async () => {
    const res = await app.request('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const robots = await res.text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    for (const closed of ['/api/', '/orgs/', '/account', '/signin', '/invite/', '/reset/', '/test/']) {
      expect(disallowed(robots, `${closed}x`), closed).toBe(true);
    }
    for (const open of SITEMAP_PAGES) expect(disallowed(robots, open), open).toBe(false);
    expect(disallowed(robots, '/cards/2635-3-001/5')).toBe(false);
    expect(ROBOTS_DISALLOWED.length).toBeGreaterThan(0);
  });

  it('lists the public pages in a valid sitemap, and every card once an edition is loaded', async () => {
    const read = async () => {
      const res = await app.request('/sitemap.xml');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
      const xml = await res.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml);
      expect(Object.keys(doc).filter((k) => k !== '?xml')).toEqual(['urlset']);
      expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      const urls = doc.urlset.url as { loc: string; lastmod?: string }[];
      for (const url of urls) {
        // Only the elements the protocol defines; loc absolute, on this site, under 2,048 characters.
        expect(Object.keys(url).every((k) => ['loc', 'lastmod'].includes(k))).toBe(true);
        expect(url.loc.startsWith(`${PUBLIC_URL}/`)).toBe(true);
        expect(url.loc.length).toBeLessThan(2048);
        if (url.lastmod) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(isSpaRoute(url.loc.slice(PUBLIC_URL.length)), url.loc).toBe(true);
      }
      expect(new Set(urls.map((u) => u.loc)).size).toBe(urls.length);
      return { urls: urls.map((u) => u.loc.slice(PUBLIC_URL.length)), tag: res.headers.get('etag') };
    };

    // No edition yet: the pages alone, and no card's page.
    expect((await app.request('/cards/1111-1-001/5')).status).toBe(404);
    const empty = await read();
    expect(empty.urls).toEqual([...SITEMAP_PAGES]);
    for (const page of ['/', '/cards', '/levels', '/terms', '/source', '/search', '/changes', '/quality']) {
      expect(empty.urls).toContain(page);
    }
    for (const page of ['/category', '/career', '/verify']) expect(empty.urls).toContain(page);

    // Loading an edition rebuilds it, with every card of the current edition.
    await services.editions.load(await miniEdition());
    const loaded = await read();
    const cards = await services.pipeline.execute(services.ops.registry.cards, { lang: 'kk', limit: 100 });
    expect(cards.total).toBeGreaterThan(0);
    const cardPages = loaded.urls.filter((u) => u.startsWith('/cards/'));
    expect(cardPages.sort()).toEqual(cards.cards.map((c) => `/cards/${c.code}/${c.level}`).sort());
    expect(loaded.tag).toBeTruthy();
    const again = await app.request('/sitemap.xml', { headers: { 'If-None-Match': loaded.tag as string } });
    expect(again.status).toBe(304);

    // A card's page exists when the current edition has the card: the app shows no other.
    for (const page of cardPages) expect((await app.request(page)).status, page).toBe(200);
    expect((await app.request(`${cardPages[0]}/`)).status).toBe(200);
    for (const page of ['/cards/2635-3-001/5', '/cards/1111-1-001/8']) {
      expect((await app.request(page)).status, page).toBe(404);
    }
  });
});
