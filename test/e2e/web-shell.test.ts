/**
 * The web shell in a real browser: Debian's Chromium driven by playwright-core against the app
 * served in-process on a free loopback port (in-memory PGlite, bundled edition loaded).
 * Skips, with a warning, where /usr/bin/chromium is missing (`apt-get install chromium`).
 * Screenshots land in test/e2e/screenshots/ (gitignored) for a person to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWeb, webBuildIsStale } from '../../src/cli/web-build.js';
import { createApp } from '../../src/http/app.js';
import { findEditionFolders, readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import { type OpenDb, openDb } from '../../src/storage/db.js';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.warn(
    `[e2e] Skipping the web shell tests: ${CHROMIUM} does not exist. Install Debian's Chromium (apt-get install -y --no-install-recommends chromium) to run them.`,
  );
}

// Without the background-networking flags Chromium keeps calling Google's hosts, which this closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A Kazakh visitor: a first visit starts in the browser's language (web/src/i18n/detect.ts).
  '--accept-lang=kk-KZ,kk',
];

// What a person reads, per language (web/src/i18n); kept literal so a broken dictionary shows up here.
const KK = {
  documentTitle: 'Kasip — кәсіптік стандарттар',
  homeTitle: 'Әлеуметтік қорғау саласындағы кәсіптік стандарт',
  navHome: 'Басты бет',
  skip: 'Негізгі мазмұнға өту',
  notFound: 'Бет табылмады',
  backHome: 'Басты бетке оралу',
};
const EN = {
  homeTitle: 'Professional standard in the field of social protection',
  navHome: 'Home',
  langLabel: 'Language',
  footer: 'Russian and English translations are unofficial.',
};

describe.skipIf(!hasChromium)('web shell in Chromium', () => {
  let database: OpenDb;
  let server: ServerType;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let policyReports: string[];

  beforeAll(async () => {
    if (webBuildIsStale(ROOT)) await buildWeb(ROOT, (msg) => console.log(`[e2e] ${msg}`));
    database = await openDb({ kind: 'memory' });
    await database.migrate();
    const services = createServices(database);
    for (const folder of await findEditionFolders(path.join(ROOT, 'data/standards'))) {
      await services.editions.load(await readEdition(folder));
    }
    const app = createApp({ services, webDistDir: path.join(ROOT, 'web/dist') });
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    }
    await database?.close();
  });

  // A fresh context per test: empty localStorage, so the default language is what a first visit sees.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    pageErrors = [];
    policyReports = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
      // The page runs under the server's Content-Security-Policy; any message about it, of any level, is a breach.
      if (msg.text().includes('Content Security Policy')) policyReports.push(msg.text());
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors, 'errors in the page').toEqual([]);
    expect(policyReports, 'Content Security Policy reports').toEqual([]);
  });

  const htmlLang = () => page.evaluate(() => document.documentElement.lang);

  it('renders the home page in Kazakh by default', async () => {
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);
    // The page is served under a policy with no inline script or style, and meets it (afterEach).
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';.*style-src 'self'[^;]*;/);
    await page.getByRole('heading', { level: 1, name: KK.homeTitle }).waitFor();
    expect(await htmlLang()).toBe('kk');
    expect(await page.title()).toBe(KK.documentTitle);
    expect(await page.getByRole('navigation').getByRole('link', { name: KK.navHome }).count()).toBe(1);
    expect(await page.getByTestId('lang-switch').inputValue()).toBe('kk');
  });

  it('switches to English and remembers the choice after a reload', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: KK.homeTitle }).waitFor();

    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: EN.homeTitle }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByRole('navigation').getByRole('link', { name: EN.navHome }).count()).toBe(1);
    expect(await page.getByText(EN.langLabel, { exact: true }).count()).toBe(1);
    expect(await page.locator('footer').textContent()).toContain(EN.footer);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: EN.homeTitle }).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByTestId('lang-switch').inputValue()).toBe('en');
  });

  it('serves the app for a deep link, which shows its own not-found page with a way home', async () => {
    // A path the app has no page for (card pages are tested in pages.test.ts).
    const deepLink = `${baseUrl}/no-such-page/2635-3-001/5`;
    for (const load of [() => page.goto(deepLink), () => page.reload()]) {
      const response = await load();
      // The server answers with the app (index.html), not a problem document, but with 404: no such page.
      expect(response?.status()).toBe(404);
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);
      await page.getByRole('heading', { level: 1, name: KK.notFound }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/no-such-page/2635-3-001/5');
    }
    // Chromium reports the document's own 404 on the console: that status is the point here.
    pageErrors = pageErrors.filter((e) => !/status of 404/.test(e));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'not-found-1280x800.png') });

    await page.getByRole('main').getByRole('link', { name: KK.backHome }).click();
    await page.getByRole('heading', { level: 1, name: KK.homeTitle }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('puts the skip link first in the keyboard order, visible when focused, leading to the main content', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: KK.homeTitle }).waitFor();

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return {
        className: el?.className,
        href: el?.getAttribute('href'),
        text: el?.textContent,
        onScreen: !!box && box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth,
      };
    });
    expect(focused).toEqual({ className: 'skip-link', href: '#main', text: KK.skip, onScreen: true });

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
  });

  it('answers GET /api/health with 200 from the in-memory PGlite', async () => {
    const response = await page.request.get(`${baseUrl}/api/health`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', engine: 'pglite', database: { reachable: true } });
  });

  it.each([
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ])('fits a $width×$height screen without sideways scrolling (screenshot saved)', async (viewport) => {
    await page.setViewportSize(viewport);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: KK.homeTitle }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await page.screenshot({
      path: path.join(SCREENSHOTS, `home-${viewport.width}x${viewport.height}.png`),
      fullPage: true,
    });
  });
});
