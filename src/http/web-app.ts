/**
 * Serves the built SPA: static files from web/dist, and index.html for any other path that is
 * not under /api, so deep links (/cards/2635-3-001/5) survive a reload. A path the app has a
 * page for (spa-routes.ts) answers 200; any other answers index.html with 404, so the app shows
 * its not-found page while crawlers and link checkers learn the page is missing (so does a card
 * the current edition lacks). /robots.txt and /sitemap.xml come from robots-sitemap.ts.
 *
 * Caching: Vite fingerprints the names under /assets, so those are cached for good; a missing
 * one is a 404 (answering index.html would make a browser run HTML as a script, and cache it).
 * index.html and the few unhashed files must be revalidated on every use (`no-cache`, with an
 * ETag) so a new release is seen at once.
 *
 * The shell names the files and, on a card's page, the API answer the page will ask for
 * (`<link rel="modulepreload">` / `preload`, shell-preloads.ts), so a slow network fetches them
 * at once instead of one round trip after another.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Handler, Hono, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { Services } from '../services/index.js';
import type { AppEnv } from './app-env.js';
import { pickLang } from './locale.js';
import { problemResponse } from './problem.js';
import { appShell, shellInLanguage } from './shell-lang.js';
import { precompressedAssets } from './static-assets.js';
import { type PublicPageIndex, publicPageIndex, robotsAndSitemap } from './robots-sitemap.js';
import { CARD_PAGE, cleanPath, isSpaRoute } from './spa-routes.js';
import { manifestReader } from './vite-manifest.js';

const MISSING_BUILD = `<!doctype html><html lang="kk"><meta charset="utf-8"><title>Kasip</title>
<body><h1>Kasip</h1><p>The web app is not built. Run <code>npm start</code> (it builds it) or <code>npm run build:web</code>.</p></body></html>`;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Whether the app has a page here: a path it routes, and for a card's page, a card the current
 * edition has (the app shows only those). Should the card list be unreadable (the database away),
 * the page is assumed to exist: the app itself then says what went wrong.
 */
async function pageExists(pathname: string, pages: PublicPageIndex): Promise<boolean> {
  if (!isSpaRoute(pathname)) return false;
  const clean = cleanPath(pathname);
  if (!CARD_PAGE.test(clean)) return true;
  return pages.hasCardPage(clean).catch(() => true);
}

export function webApp(distDir: string, services: Services) {
  const app = new Hono<AppEnv>();
  const pages = publicPageIndex(services);
  const manifest = manifestReader(distDir);
  app.route('/', robotsAndSitemap(services, pages));
  const root = path.relative(process.cwd(), distDir) || '.';
  // Headers are set after the file is answered: serveStatic's onFound runs too late for them.
  const cacheFor =
    (value: string): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      await next();
      if (c.res.ok || c.res.status === 304) c.res.headers.set('Cache-Control', value);
    };
  app.use('/assets/*', cacheFor(IMMUTABLE), precompressedAssets(distDir), serveStatic({ root }));
  app.get('/assets/*', (c) => problemResponse(c, 'not_found', 404, 'There is no such file.'));
  const shell: Handler<AppEnv> = async (c) => {
    // The raw path, still percent-encoded, as the app's router reads window.location.pathname.
    const status = (await pageExists(new URL(c.req.url).pathname, pages)) ? 200 : 404;
    // A 404 is not revalidated by the ETag above (it only marks successes): say no-cache here.
    if (status === 404) c.header('Cache-Control', 'no-cache');
    // <html lang> follows ?lang= or Accept-Language, so caches must keep one copy per language.
    c.header('Vary', 'Accept-Language');
    const lang = pickLang(c.req.query('lang'), c.req.header('accept-language'));
    let html: string;
    try {
      html = await readFile(path.join(distDir, 'index.html'), 'utf8');
    } catch {
      return c.html(shellInLanguage(MISSING_BUILD, lang), status);
    }
    // Preloads for the page (shell-preloads.ts): none of the page's own for a page that is missing.
    const page = status === 200 ? new URL(c.req.url).pathname : null;
    return c.html(appShell(html, lang, page, await manifest(html)), status);
  };
  // The root is the shell too (not the static index.html), so its <html lang> follows the visitor.
  app.get('/', cacheFor('no-cache'), etag(), shell);
  app.use('*', cacheFor('no-cache'), etag(), serveStatic({ root }));
  app.get('*', shell);
  return app;
}
