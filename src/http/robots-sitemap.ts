/**
 * /robots.txt and /sitemap.xml for search engines. The public registry may be crawled; the API,
 * organisations' pages, accounts and the links that carry a secret (invitations, password resets,
 * online tests) may not. The sitemap lists the public pages and every card of the current
 * edition, with absolute addresses from the configured public URL (KASIP_PUBLIC_URL).
 *
 * The sitemap is built once per edition: the cards are read through the pipeline (the public
 * `registry.cards` operation, as anyone), kept, and dropped when an edition changes (here, or in
 * another process as NOTIFY tells). Both answers are public and may be cached for an hour.
 */
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { AppError } from '../domain/shared/errors.js';
import type { Services } from '../services/index.js';
import type { AppEnv } from './app-env.js';

/** Paths that robots must not crawl: the API, private pages, and links that carry a secret. */
export const ROBOTS_DISALLOWED: readonly string[] = [
  '/api/',
  '/orgs',
  '/account',
  '/audit',
  '/my-record',
  '/signin',
  '/invite/',
  '/reset/',
  '/test/',
];

/** The public pages at a fixed path, in the order the sitemap lists them (each card follows). */
export const SITEMAP_PAGES: readonly string[] = [
  '/',
  '/cards',
  '/search',
  '/levels',
  '/terms',
  '/source',
  '/changes',
  '/quality',
  '/category',
  '/category/batch',
  '/career',
  '/self-assessment',
  '/verify',
];

const PUBLIC_CACHE = 'public, max-age=3600';
/** The protocol allows 50,000 addresses per sitemap; a registry of that size would need an index. */
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapEntry = { path: string; lastmod?: string };

export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...ROBOTS_DISALLOWED.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** A sitemap in the sitemaps.org 0.9 protocol: a `urlset` of absolute `loc`s, with `lastmod` where known. */
export function sitemapXml(publicUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.slice(0, SITEMAP_MAX_URLS).map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${escapeXml(entry.lastmod)}</lastmod>` : '';
    return `  <url><loc>${escapeXml(publicUrl + entry.path)}</loc>${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** The public pages and the current edition's cards; lastmod is the day the edition was loaded. */
async function sitemapEntries(services: Services): Promise<SitemapEntry[]> {
  const { pipeline, ops } = services;
  const { editions } = await pipeline.execute(ops.editions.list, {});
  const current = editions.find((e) => e.current);
  const lastmod = current?.loadedAt.slice(0, 10);
  const entries: SitemapEntry[] = SITEMAP_PAGES.map((path) => ({ path }));
  if (!current) return entries;
  let cursor: string | undefined;
  do {
    const page = await pipeline.execute(ops.registry.cards, {
      lang: 'kk',
      edition: current.id,
      limit: 100,
      cursor,
    });
    for (const card of page.cards) entries.push({ path: `/cards/${card.code}/${card.level}`, lastmod });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

type PublicPages = { xml: string; paths: ReadonlySet<string> };

/**
 * The public pages, built once per edition and shared: the sitemap is written from them, and the
 * web app asks them whether a card's page exists (a card the current edition lacks is a 404).
 */
export function publicPageIndex(services: Services) {
  const { publicUrl } = services.accounts;
  let built: Promise<PublicPages> | undefined;
  services.editions.onChange(() => {
    built = undefined;
  });
  const pages = () => {
    if (!built) {
      const making = sitemapEntries(services)
        .catch((error: unknown) => {
          // No edition loaded yet: the pages are still there to be crawled.
          if (error instanceof AppError && error.code === 'not_found') return SITEMAP_PAGES.map((path) => ({ path }));
          throw error;
        })
        .then((entries) => ({ xml: sitemapXml(publicUrl, entries), paths: new Set(entries.map((e) => e.path)) }));
      // A failure (the database away) is not kept: the next request tries again.
      making.catch(() => {
        if (built === making) built = undefined;
      });
      built = making;
    }
    return built;
  };
  return {
    sitemap: async () => (await pages()).xml,
    /** Whether the current edition has the card at this page (`/cards/CODE/LEVEL`). */
    hasCardPage: async (path: string) => (await pages()).paths.has(path),
  };
}

export type PublicPageIndex = ReturnType<typeof publicPageIndex>;

export function robotsAndSitemap(services: Services, index: PublicPageIndex = publicPageIndex(services)) {
  const app = new Hono<AppEnv>();
  const { publicUrl } = services.accounts;
  // Only on these two routes: the app is mounted at '/', where a '*' middleware would reach every page.
  app.get('/robots.txt', etag(), (c) => {
    c.header('Cache-Control', PUBLIC_CACHE);
    return c.text(robotsTxt(publicUrl));
  });
  app.get('/sitemap.xml', etag(), async (c) => {
    const xml = await index.sitemap();
    c.header('Cache-Control', PUBLIC_CACHE);
    c.header('Content-Type', 'application/xml; charset=utf-8');
    return c.body(xml);
  });
  return app;
}
