/**
 * The HTML shell of a real build names what a card page will ask for (src/http/shell-preloads.ts):
 * the visitor's dictionary, the card page's chunk and styles, and the card's API answer, each a file
 * the build has or an answer the API gives. The names come from the build's manifest, so a page
 * renamed in web/src fails here rather than quietly preloading nothing.
 *
 * The web app is built into a folder of the test's own (about 5 s), so a build under way in
 * web/dist (the browser tests) is neither disturbed nor read half-written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { LANGS } from '../../src/http/locale.js';
import { CARD_PAGE_SOURCE, PAGE_SOURCES, dictionarySource } from '../../src/http/shell-preloads.js';
import { MANIFEST_PATH, type ViteManifest } from '../../src/http/vite-manifest.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION, ROOT } from '../support/paths.js';

const CARD = '/cards/2635-3-001/5';

let outDir: string;
let manifest: ViteManifest;
let database: OpenDb;
let app: App;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'kasip-web-preloads-'));
  const { build } = await import('vite');
  await build({
    root: path.join(ROOT, 'web'),
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  manifest = JSON.parse(readFileSync(path.join(outDir, MANIFEST_PATH), 'utf8')) as ViteManifest;
  database = await openTestDb('pglite');
  const services = createServices(database);
  await services.editions.load(await readEdition(BUNDLED_EDITION));
  app = createApp({ services, webDistDir: outDir });
}, 180_000);

afterAll(async () => {
  await database?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The shell's `<link rel=… href=…>` tags as [rel (with `as`), href]. */
function linksOf(html: string): [string, string][] {
  return [...html.matchAll(/<link rel="([^"]+)"(?: as="([^"]+)")?[^>]* href="([^"]+)">/g)].map((m) => [
    m[2] ? `${m[1]} ${m[2]}` : (m[1] ?? ''),
    m[3] ?? '',
  ]);
}

describe('the shell of a card page', () => {
  it("preloads the visitor's dictionary, the page's chunks and styles, and the card's answer, all of them there", async () => {
    const res = await app.request(CARD, { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('vary')).toMatch(/Accept-Language/i);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toBeTruthy();
    const html = await res.text();
    expect(html).toMatch(/<html lang="ru">/);
    const links = linksOf(html.slice(0, html.indexOf('</head>')));
    const hrefs = links.map(([, href]) => href);
    expect(hrefs).toContain(`/${manifest[dictionarySource('ru')]?.file}`);
    expect(hrefs).toContain(`/${manifest[CARD_PAGE_SOURCE]?.file}`);
    for (const css of manifest[CARD_PAGE_SOURCE]?.css ?? []) expect(hrefs).toContain(`/${css}`);
    expect(links).toContainEqual(['preload fetch', `/api/v1${CARD}?lang=ru`]);
    expect(
      hrefs.filter((h) => /\/(kk|en)-[\w-]+\.js$/.test(h)),
      'only the language shown',
    ).toEqual([]);
    expect(new Set(hrefs).size, 'each named once').toBe(hrefs.length);

    for (const [rel, href] of links) {
      if (rel === 'icon') continue;
      if (href.startsWith('/assets/')) {
        expect(existsSync(path.join(outDir, href)), href).toBe(true);
        continue;
      }
      const answer = await app.request(href);
      expect(answer.status, href).toBe(200);
      expect(answer.headers.get('content-type'), href).toMatch(/^application\/json/);
      expect(((await answer.json()) as { card: { code: { value: string } } }).card.code.value).toBe('2635-3-001');
    }
  });

  it('preloads no card answer for a card the edition lacks (404), and names the pages the server knows', async () => {
    const missing = await app.request('/cards/2635-3-001/8?lang=en');
    expect(missing.status).toBe(404);
    const links = linksOf(await missing.text());
    expect(links.some(([rel]) => rel === 'preload fetch')).toBe(false);
    expect(links.map(([, href]) => href)).toContain(`/${manifest[dictionarySource('en')]?.file}`);
    // Every page and dictionary the server may name is a chunk of the build.
    for (const source of [CARD_PAGE_SOURCE, ...Object.values(PAGE_SOURCES), ...LANGS.map(dictionarySource)]) {
      expect(manifest[source]?.file, source).toMatch(/^assets\//);
    }
  });
});
