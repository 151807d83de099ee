/**
 * The registry's pages in a real browser (issue 5): home, cards, card, search, levels, terms and
 * the official text, in Kazakh and English, at phone and desktop widths. Same setup as
 * web-shell.test.ts: Debian's Chromium driven by playwright-core against the app served
 * in-process (in-memory PGlite, bundled edition loaded); skipped with a warning without Chromium.
 * Screenshots land in test/e2e/screenshots/ (gitignored) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
warnWithoutChromium('the page tests');

// What a person reads (web/src/i18n and the bundled data), kept literal so a regression shows up here.
const KK = {
  homeTitle: 'Әлеуметтік қорғау саласындағы кәсіптік стандарт',
  orderDate: '2023 жылғы 29 маусым',
  noCard: 'бұл стандартта карточкасы жоқ',
  searchButton: 'Іздеу',
  cardsGroup: 'Карточкалар',
  labourFunctions: 'Еңбек функциялары',
  qualification: 'Біліктілік деңгейіне қойылатын талаптар',
  card5: 'Әлеуметтік жұмыс жөніндегі маман (әлеуметтік қызметкер)',
  card6: 'Әлеуметтік жұмыс жөніндегі маман',
  level6: '6-деңгей',
  pdf: 'PDF жүктеу',
  graph: 'Мансап графы',
  terms: 'Терминдер мен анықтамалар',
  source: 'Ресми мәтін',
};
const EN = {
  labourFunctions: 'Labour functions',
  qualification: 'Requirements for the qualification level',
  card5: 'Social work specialist (social worker)',
  unofficial: 'unofficial translation',
  orderDate: '29 June 2023',
};

// Chromium logs every failed request as a console error; the error-state tests fail requests on purpose.
const EXPECTED_CONSOLE = /Failed to load resource: the server responded with a status of (404|500)/;

describe.skipIf(!hasChromium)('registry pages in Chromium', () => {
  let served: Served;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    served = await startApp();
    baseUrl = served.baseUrl;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stopApp(served);
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !EXPECTED_CONSOLE.test(msg.text())) pageErrors.push(`console: ${msg.text()}`);
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors, 'errors in the page').toEqual([]);
  });

  const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const pathname = () => new URL(page.url()).pathname;

  it('home: the standard, its dates in Kazakh, the professions with the one without a card, tasks and search', async () => {
    await page.goto(`${baseUrl}/`);
    await h1(KK.homeTitle).waitFor();
    const about = page.locator('section[aria-labelledby="about-title"]');
    await about.getByText(KK.orderDate).first().waitFor();
    expect(await about.textContent()).toContain('№ 262');
    expect(await about.textContent()).toContain('32943');

    // Seven professions; the consultant (supervisor) is listed at level 6 without a card.
    const professions = page.locator('.profession-list > li');
    await professions.first().waitFor();
    await expect.poll(() => professions.count(), { timeout: 15_000 }).toBe(7);
    const noCard = page.getByTestId('profession-prof-5');
    expect(await noCard.textContent()).toContain(KK.noCard);
    await expect.poll(() => noCard.getByRole('link').count(), { timeout: 15_000 }).toBe(0);

    // Each task leads somewhere useful.
    const tasks = page.locator('.task-grid a');
    expect(await tasks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/cards',
      '/category',
      '/career',
      '/self-assessment',
    ]);

    // A level link opens its card.
    await page.getByTestId('profession-prof-2').getByRole('link', { name: /5/ }).click();
    await h1(KK.card5).waitFor();
    expect(pathname()).toBe('/cards/2635-3-001/5');
  });

  it('search: an inflected Kazakh word finds its stem, grouped by type and highlighted; a hit opens its card at the item', async () => {
    await page.goto(`${baseUrl}/`);
    await h1(KK.homeTitle).waitFor();
    await page.getByRole('search').getByRole('searchbox').fill('психологтың');
    await page.getByRole('search').getByRole('button', { name: KK.searchButton }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(KK.cardsGroup) }).waitFor();
    expect(pathname()).toBe('/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('психологтың');

    // The card "Әлеуметтік психолог" is found, with the matched word marked (server-escaped HTML rendered).
    const cardHits = page.locator('.hit[data-hit-type="card"]');
    expect(await cardHits.first().textContent()).toContain('Әлеуметтік психолог');
    expect(await cardHits.first().locator('mark').textContent()).toBe('психолог');
    const groups = await page.locator('.hit-group h2').allTextContents();
    expect(groups.length).toBeGreaterThan(1);

    // A task hit opens the card scrolled to that task, opened and marked.
    const taskHit = page.locator('.hit[data-hit-type="task"] a').first();
    const href = (await taskHit.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/cards\/\d{4}-\d-\d{3}\/\d#item-[0-9a-z.-]+$/);
    await taskHit.click();
    const itemId = href.split('#')[1] ?? '';
    const target = page.locator(`[id="${itemId}"]`);
    await target.waitFor();
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target'), itemId);
    expect(await target.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= -1 && box.y < 800, 'the item is scrolled into view').toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'card-at-item-1280x800.png') });
  });

  it('a deep link to an item in a card opens, shows and focuses that item on first load', async () => {
    await page.goto(`${baseUrl}/cards/2634-9-004/6#item-2634-9-004.6.f3.s2`);
    const item = page.locator('[id="item-2634-9-004.6.f3.s2"]');
    await item.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'item-2634-9-004.6.f3.s2');
    expect(await item.isVisible()).toBe(true);
  });

  it('card: every section, the requirements table, the PDF link, and a link to the next level', async () => {
    await page.goto(`${baseUrl}/cards/2635-3-001/5`);
    await h1(KK.card5).waitFor();
    for (const name of [KK.qualification, KK.labourFunctions]) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    // Requirements: one row per category, with years and the category they must be earned in.
    const rows = page.locator('table.rules tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    const first = await rows.first().locator('th, td').allTextContents();
    expect(first[0]).toBe('жоғары санатты');
    expect(first[3]).toBe('кемінде 3');
    expect(first[4]).toBe('бірінші санатты');

    // Functions → tasks → skills and knowledge, with ids and source links.
    await expect.poll(() => page.locator('details.function').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('[id="item-2635-3-001.5.f1.t1.s1"] .item-id').textContent()).toBe(
      '2635-3-001.5.f1.t1.s1',
    );
    expect(await page.locator('[id="item-2635-3-001.5.f1.t1.s1"] a.source-link').getAttribute('href')).toBe(
      '/source#L806-L813',
    );
    const pdfHref = await page.getByRole('link', { name: KK.pdf }).getAttribute('href');
    expect(pdfHref).toBe('/api/v1/cards/2635-3-001/5/pdf');
    const pdf = await page.request.get(`${baseUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    if (existsSync(PDFTOTEXT)) {
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'kasip-pdf-')), 'card.pdf');
      await writeFile(file, await pdf.body());
      const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Әлеуметтік жұмыс жөніндегі маман');
    }

    // Compared with level 4: the lists are there.
    await page.getByTestId('compare-results').waitFor();

    // Links to other professions are navigable: the stated link leads to level 6.
    const links = page.locator('#links');
    await links.getByRole('link', { name: KK.card6 }).click();
    await h1(KK.card6).waitFor();
    expect(pathname()).toBe('/cards/2635-3-001/6');
    // And back to level 5 through the levels of this profession.
    await page.locator('.level-switch').getByRole('link', { name: /^5/ }).click();
    await h1(KK.card5).waitFor();
    await page.goBack();
    await h1(KK.card6).waitFor();
  });

  it('switching to English translates the labels and the texts, marking translations as unofficial once per section', async () => {
    await page.goto(`${baseUrl}/cards/2635-3-001/5`);
    await h1(KK.card5).waitFor();
    await page.getByTestId('lang-switch').selectOption('en');
    await h1(new RegExp(EN.card5.replace(/[()]/g, '\\$&'))).waitFor();
    await page.getByRole('heading', { level: 2, name: EN.qualification }).waitFor();
    await page.getByRole('heading', { level: 2, name: EN.labourFunctions }).waitFor();
    await expect.poll(() => page.locator('h1 [lang="en"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('h1 .unofficial').textContent()).toBe(EN.unofficial);
    // A skill is shown in its English translation; the section says once that its texts are
    // unofficial translations, so the line itself carries no mark.
    const skill = page.locator('[id="item-2635-3-001.5.f1.t1.s1"] [lang]').first();
    expect(await skill.getAttribute('lang')).toBe('en');
    await expect
      .poll(() => page.locator('[id="item-2635-3-001.5.f1.t1.s1"] .unofficial').count(), { timeout: 15_000 })
      .toBe(0);
    expect(await page.locator('#labour-functions [data-testid="translation-marker"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The PDF keeps the official Kazakh text and adds the English labels and translations.
    expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      '/api/v1/cards/2635-3-001/5/pdf?lang=en',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'card-en-1280x800.png') });

    await page.goto(`${baseUrl}/`);
    await page.getByText(EN.orderDate).first().waitFor();
  });

  it('a deep link to a card survives a reload', async () => {
    for (const load of [() => page.goto(`${baseUrl}/cards/2635-3-001/5`), () => page.reload()]) {
      const response = await load();
      expect(response?.status()).toBe(200);
      await h1(KK.card5).waitFor();
      expect(pathname()).toBe('/cards/2635-3-001/5');
    }
  });

  it("asks for the card's answer once: the shell preloads it and the page takes the preloaded one", async () => {
    const answer = '/api/v1/cards/2635-3-001/5';
    const requested: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === answer) requested.push(request.url());
    });
    await page.goto(`${baseUrl}/cards/2635-3-001/5`);
    await h1(KK.card5).waitFor();
    await page.getByTestId('compare-results').waitFor();
    // A preload the page did not reuse (another URL, mode, credentials or header) would be a
    // second request and a second entry, of type `fetch`.
    const entries = await page.evaluate(
      (path) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname === path)
          .map((e) => ({ url: e.name, by: (e as PerformanceResourceTiming).initiatorType })),
      answer,
    );
    expect(entries).toEqual([{ url: `${baseUrl}${answer}?lang=kk`, by: 'link' }]);
    expect(requested).toEqual([`${baseUrl}${answer}?lang=kk`]);
  });

  it('the official text has line anchors and highlights a range', async () => {
    await page.goto(`${baseUrl}/source#L806-L813`);
    await h1(KK.source).waitFor();
    const line = page.locator('#L806');
    await line.waitFor();
    expect(await page.locator('#L1 a.ln').getAttribute('href')).toBe('#L1');
    await expect.poll(() => page.locator('.line.marked').count(), { timeout: 15_000 }).toBe(8);
    expect(await line.getAttribute('class')).toContain('marked');
    const box = await line.boundingBox();
    expect(box && box.y >= 0 && box.y < 800, 'the first highlighted line is on screen').toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'source-range-1280x800.png') });

    // A line number is a link to itself.
    await page.locator('#L10 a.ln').click();
    await page.waitForFunction(() => window.location.hash === '#L10');
    await expect.poll(() => page.locator('.line.marked').count(), { timeout: 15_000 }).toBe(1);
  });

  it('levels: SQF levels 1–8, the career graph drawn by Cytoscape and the same links as a list', async () => {
    await page.goto(`${baseUrl}/levels`);
    await page.getByRole('heading', { level: 2, name: KK.graph }).waitFor();
    // The heading is static; the levels arrive from the API: wait for them before counting.
    await page.locator('.level-grid > li').first().waitFor();
    await expect.poll(() => page.locator('.level-grid > li').count(), { timeout: 15_000 }).toBe(8);
    await page.getByTestId('career-graph').locator('canvas').first().waitFor();
    // Cytoscape lays the graph out asynchronously; click only once it says it is drawn.
    await page.locator('[data-testid="career-graph"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const list = page.getByTestId('career-list');
    await expect.poll(() => list.locator(':scope > li').count(), { timeout: 15_000 }).toBe(10);
    // Clicking a card in the drawing opens it: a level-4 card, clicked where Cytoscape drew it.
    const graph = page.getByTestId('career-graph');
    await graph.scrollIntoViewIfNeeded();
    const spot = await graph.evaluate((el) => {
      type Node = { data: (k: string) => string | undefined; renderedPosition: () => { x: number; y: number } };
      const cy = (el as HTMLElement & { cy?: { nodes: () => Node[] } }).cy;
      const node = cy?.nodes().find((n) => /\/4$/.test(n.data('href') ?? ''));
      return node ? node.renderedPosition() : null;
    });
    const box = await graph.boundingBox();
    if (!box || !spot) throw new Error('the graph has no level-4 node on screen');
    await page.mouse.click(box.x + spot.x, box.y + spot.y);
    await page.waitForFunction(() => /^\/cards\/\d{4}-\d-\d{3}\/4$/.test(window.location.pathname), undefined, {
      timeout: 30_000,
    });
    await page.goBack();
    await list.waitFor();

    // The keyboard alternative: the links are real links.
    const next = list.locator('.next-steps a').first();
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.pathname.startsWith('/cards/'));
  });

  it('shows a clear error when a card does not exist or the API fails', async () => {
    await page.goto(`${baseUrl}/cards/9999-9-999/5`);
    await page.getByRole('alert').waitFor();
    // The page names the card and says it once, in Kazakh (issue 16: not the server's English detail too).
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('9999-9-999');
    expect(await page.getByRole('alert').textContent()).toContain('Мұндай карточка жоқ');

    await page.route('**/api/v1/terms**', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Ішкі қате',
          status: 500,
          code: 'internal',
          detail: 'Test failure',
        }),
      }),
    );
    await page.goto(`${baseUrl}/terms`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // The page's own sentence; the server's English detail is not shown on a Kazakh page.
    expect(await alert.textContent()).toContain('Сұрау орындалмады. Кейінірек қайталап көріңіз.');
    expect(await alert.textContent()).not.toContain('Test failure');
    await page.unroute('**/api/v1/terms**');
    await alert.getByRole('button').click();
    await page.locator('.term').first().waitFor();
    await expect.poll(() => page.locator('.term').count(), { timeout: 15_000 }).toBe(17);
  });

  const PAGES = [
    { name: 'home', url: '/', ready: '.profession-list' },
    { name: 'cards', url: '/cards', ready: '.card-list' },
    { name: 'card', url: '/cards/2635-3-001/5', ready: '[data-testid="compare-results"]' },
    { name: 'card-groups', url: '/cards/3412-0-008/5', ready: 'table.rules' },
    {
      name: 'search',
      url: '/search?q=%D0%BF%D1%81%D0%B8%D1%85%D0%BE%D0%BB%D0%BE%D0%B3%D1%82%D1%8B%D2%A3',
      ready: '.hit',
    },
    { name: 'levels', url: '/levels', ready: '[data-testid="career-graph"] canvas' },
    { name: 'terms', url: '/terms', ready: '.term' },
    { name: 'source', url: '/source#L740-L766', ready: '.line.marked', viewportOnly: true },
  ];
  const VIEWPORTS = [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ];

  for (const viewport of VIEWPORTS) {
    it(`every page fits ${viewport.width} px without sideways scrolling (screenshots saved)`, async () => {
      await page.setViewportSize(viewport);
      for (const p of PAGES) {
        await page.goto(`${baseUrl}${p.url}`);
        await page.locator(p.ready).first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.name}: horizontal overflow in px`).toBeLessThanOrEqual(0);
        // Headings go down one level at a time.
        const levels = await page.evaluate(() =>
          [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) =>
            Number(h.tagName[1]),
          ),
        );
        expect(levels[0], `${p.name}: starts with h1`).toBe(1);
        levels.forEach((level, i) => {
          if (i > 0)
            expect(level - (levels[i - 1] ?? 1), `${p.name}: heading ${i} skips a level`).toBeLessThanOrEqual(1);
        });
        await page.screenshot({
          path: path.join(SCREENSHOTS, `page-${p.name}-${viewport.width}.png`),
          fullPage: !p.viewportOnly,
        });
      }
    });
  }

  it('prints a card with every section open and no navigation', async () => {
    await page.goto(`${baseUrl}/cards/2634-9-004/6`);
    await page.locator('details.tree').first().waitFor();
    await page.getByRole('button', { name: 'Барлығын жабу' }).click();
    await expect.poll(() => page.locator('details.tree[open]').count(), { timeout: 15_000 }).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.locator('details.tree:not([open])').count(), { timeout: 15_000 }).toBe(0);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.card-actions').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'card-print-1280.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.locator('details.tree[open]').count(), { timeout: 15_000 }).toBe(0);
  });
});
