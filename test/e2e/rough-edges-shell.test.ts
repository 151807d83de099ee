/**
 * Issue 16's rough edges of the shell, in Chromium: unknown pages are a 404 (the app still shows
 * its not-found page), /robots.txt and /sitemap.xml are real, the changes page speaks to a reader
 * when there is one edition, the self-assessment says "saved" only once something is, and at
 * 360 px the card page's disclosure chevrons stay clear of the «ЕҢБЕК ФУНКЦИЯСЫ» / «МІНДЕТ» labels.
 * One app and one browser for the file (the bundled edition: one edition of one standard).
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import {
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

warnWithoutChromium('the rough-edges shell tests');

// What a person reads (web/src/i18n), kept literal so a broken dictionary shows up here.
const KK = {
  notFound: 'Бет табылмады',
  changesTitle: 'Редакциялар арасындағы өзгерістер',
  oneEdition: 'Әзірге бір ғана редакция',
  order: '2023 жылғы 29 маусым № 262 бұйрық',
  saved: 'осы браузерде сақталды',
  full: 'Толық',
  clear: 'Бағаларды тазарту',
};
const EN = { oneEdition: 'One edition so far', order: 'order No. 262 of 29 June 2023', saved: 'saved in this browser' };
const PUBLIC_URL = DEFAULT_ACCOUNTS.publicUrl;

describe.skipIf(!hasChromium)('rough edges of the shell in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    served = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stopApp(served);
    expect(pageErrors).toEqual([]);
  });

  it('answers 404 for an unknown page, with the app and its not-found page; 200 for pages', async () => {
    const { baseUrl } = served;
    for (const missing of ['/no-such-page', '/cards/2635-3-001/9', '/orgs/x/nothing-here']) {
      const response = await page.goto(`${baseUrl}${missing}`);
      expect(response?.status(), missing).toBe(404);
      expect(response?.headers()['content-type'], missing).toMatch(/^text\/html/);
      await page.getByRole('heading', { level: 1, name: KK.notFound }).waitFor();
    }
    // A card the edition lacks: still the app (the card page says so), but a 404 for crawlers.
    const noCard = await page.goto(`${baseUrl}/cards/9999-9-999/5`);
    expect(noCard?.status()).toBe(404);
    await page.locator('main').getByRole('heading', { level: 1 }).or(page.getByRole('alert')).first().waitFor();
    for (const known of ['/', '/cards', '/cards/2635-3-001/5', '/changes', '/self-assessment', '/orgs/x/programmes']) {
      const response = await page.goto(`${baseUrl}${known}`);
      expect(response?.status(), known).toBe(200);
    }
  });

  it('serves a real robots.txt and a sitemap.xml whose every address is a public page', async () => {
    const { baseUrl } = served;
    const robotsResponse = await page.goto(`${baseUrl}/robots.txt`);
    expect(robotsResponse?.status()).toBe(200);
    expect(robotsResponse?.headers()['content-type']).toMatch(/^text\/plain/);
    const robots = await robotsResponse?.text();
    expect(robots).toMatch(/^User-agent: \*$/m);
    for (const closed of ['/api/', '/orgs', '/account', '/signin', '/invite/', '/reset/', '/test/']) {
      expect(robots).toContain(`Disallow: ${closed}`);
    }
    expect(robots).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);

    const sitemapResponse = await page.goto(`${baseUrl}/sitemap.xml`);
    expect(sitemapResponse?.status()).toBe(200);
    expect(sitemapResponse?.headers()['content-type']).toBe('application/xml; charset=utf-8');
    expect(sitemapResponse?.headers()['cache-control']).toMatch(/^public/);
    // Chromium's own XML parser reads it: no parse error, the protocol's namespace, <loc> in every <url>.
    const parsed = await page.evaluate(async () => {
      const text = await (await fetch('/sitemap.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        ns: doc.documentElement.namespaceURI,
        urls: doc.getElementsByTagNameNS(ns, 'url').length,
        locs: [...doc.getElementsByTagNameNS(ns, 'loc')].map((loc) => loc.textContent ?? ''),
      };
    });
    expect(parsed).toMatchObject({ error: 0, root: 'urlset', ns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    expect(parsed.locs).toHaveLength(parsed.urls);
    const paths = parsed.locs.map((loc) => {
      expect(loc.startsWith(`${PUBLIC_URL}/`), loc).toBe(true);
      return loc.slice(PUBLIC_URL.length);
    });
    for (const page of ['/', '/cards', '/levels', '/terms', '/source', '/search', '/changes', '/quality']) {
      expect(paths).toContain(page);
    }
    for (const page of ['/category', '/career', '/verify', '/cards/2635-3-001/5']) expect(paths).toContain(page);
    // Every listed page is one the app has: the server answers it with 200.
    for (const listed of paths) {
      const res = await page.request.get(`${baseUrl}${listed}`);
      expect(res.status(), listed).toBe(200);
      expect(
        robots?.split('\n').some((line) => line.startsWith('Disallow: ') && listed.startsWith(line.slice(10))),
      ).toBe(false);
    }
  });

  it('the changes page, with one edition, names it and tells what a comparison will show', async () => {
    await page.goto(`${served.baseUrl}/changes`);
    await page.getByRole('heading', { level: 1, name: KK.changesTitle }).waitFor();
    const notice = page.getByTestId('one-edition');
    await notice.getByRole('heading', { level: 2, name: KK.oneEdition }).waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(KK.order);
    expect(text).toContain('Әлеуметтік қорғау саласындағы кәсіптік стандарт');
    expect(await notice.getByRole('listitem').count()).toBe(4);
    expect(await page.locator('main').textContent()).not.toMatch(/kasip load/);
    expect(await notice.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/cards',
      '/source?edition=order-262-2023',
    ]);

    await page.getByTestId('lang-switch').selectOption('en');
    await notice.getByRole('heading', { level: 2, name: EN.oneEdition }).waitFor();
    expect(await notice.textContent()).toContain(EN.order);
    expect(await page.locator('main').textContent()).not.toMatch(/kasip load/);
    await page.getByTestId('lang-switch').selectOption('kk');
  });

  it('self-assessment says "saved in this browser" only once a rating is stored, and after a reload', async () => {
    const card = '2635-3-001/5';
    await page.goto(`${served.baseUrl}/self-assessment?card=${card}`);
    const items = page.locator('.rate-item');
    await items.first().waitFor();
    const main = page.locator('main');
    expect(await main.textContent()).not.toContain(KK.saved);
    // Nothing rated, nothing kept either.
    expect(await page.evaluate((key) => localStorage.getItem(key), `kasip.selfAssessment.${card}`)).toBeNull();

    await items.nth(0).getByRole('radio', { name: KK.full }).check();
    await page.getByText(KK.saved).waitFor();

    await page.reload();
    await items.first().waitFor();
    expect(await items.nth(0).getByRole('radio', { name: KK.full }).isChecked()).toBe(true);
    await page.getByText(KK.saved).waitFor();

    // Cleared again: nothing is kept, and it no longer says so.
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: KK.clear }).click();
    await expect.poll(() => main.textContent()).not.toContain(KK.saved);
    await page.reload();
    await items.first().waitFor();
    expect(await main.textContent()).not.toContain(KK.saved);
  });

  it('at 360 px the chevrons leave the labour function and task labels readable', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${served.baseUrl}/cards/2635-3-001/5`);
    await page.locator('details.function > summary .tree-label').first().waitFor();
    const overlaps = await page.evaluate(() => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const found: { label: string; chevron: Box; text: Box }[] = [];
      const kinds = new Set<string>();
      const summaries = [...document.querySelectorAll<HTMLElement>('details.tree > summary')];
      for (const summary of summaries) {
        const label = summary.querySelector('.tree-label');
        if (!label) continue;
        kinds.add(summary.parentElement?.classList.contains('function') ? 'function' : 'task');
        // The chevron is the summary's ::before: a bordered square turned by 45°, so its box is √2 as wide.
        const before = getComputedStyle(summary, '::before');
        const box = summary.getBoundingClientRect();
        const side = Number.parseFloat(before.width) + Number.parseFloat(before.borderRightWidth);
        const cx = box.left + Number.parseFloat(before.left) + side / 2;
        const cy = box.top + Number.parseFloat(before.top) + side / 2;
        const half = (side * Math.SQRT2) / 2;
        const chevron: Box = { left: cx - half, top: cy - half, right: cx + half, bottom: cy + half };
        // The label's text, as laid out (its first line).
        const range = document.createRange();
        range.selectNodeContents(label);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        const text: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
        const apart =
          chevron.right <= text.left ||
          text.right <= chevron.left ||
          chevron.bottom <= text.top ||
          text.bottom <= chevron.top;
        if (!apart) found.push({ label: label.textContent ?? '', chevron, text });
      }
      return { kinds: [...kinds].sort(), found };
    });
    expect(overlaps.kinds).toEqual(['function', 'task']);
    expect(overlaps.found).toEqual([]);
    await page
      .locator('details.function > summary')
      .first()
      .screenshot({ path: path.join(SCREENSHOTS, 'card-chevrons-360.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
