/**
 * Issue 16's rough edges of search and the official text, in Chromium at 360 px:
 * - search pages through every hit ("1–20 of 179", next/previous links kept in the URL) and
 *   names a profession hit in the page's language instead of its id; in Russian a hit reads in
 *   Russian with the words marked, and a text printed in seven cards is one hit listing them;
 * - the official text has contents (chapters and cards, each an anchor that exists) and a find
 *   box (marks, "3 of 12", Enter / Shift+Enter, Kazakh letters in any case) that re-renders only
 *   the sections it touches;
 * - a form's error is one localised sentence, never the server's English in parentheses, and the
 *   card page's error says it once.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

warnWithoutChromium('the search and official-text rough-edge tests');

const PHONE = { width: 360, height: 740 };

describe.skipIf(!hasChromium)('search paging and the official text in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    served = await startApp();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stopApp(served);
  });

  const inLanguage = async (lang: string) => {
    await page.goto(`${served.baseUrl}/`);
    await page.evaluate((l) => localStorage.setItem('kasip.lang', l), lang);
  };
  const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('search: 20 hits a page, "1–20 of N" beyond 100, next/previous by keyboard in the URL, professions named in English', async () => {
    const q = 'әлеуметтік';
    const api = await (await fetch(`${served.baseUrl}/api/v1/search?q=${encodeURIComponent(q)}&limit=1`)).json();
    const total = (api as { total: number }).total;
    expect(total).toBeGreaterThan(100);

    await inLanguage('en');
    await page.goto(`${served.baseUrl}/search?q=${encodeURIComponent(q)}`);
    const range = page.getByTestId('search-range');
    await range.waitFor();
    expect(await range.textContent()).toBe(`1–20 of ${total}`);
    expect(await page.getByTestId('search-count').textContent()).toContain(`: ${total}`);
    expect(await page.locator('.hit').count()).toBe(20);

    // A profession hit reads as its English name (marked unofficial), with the official Kazakh beside it; no "prof-3".
    const socialWorker = page.locator('.hit[data-hit-type="profession"]').filter({ hasText: /^social worker/ });
    await socialWorker.first().waitFor();
    expect(await socialWorker.first().locator('a.hit-link').getAttribute('lang')).toBe('en');
    expect(await socialWorker.first().locator('.hit-official').getAttribute('lang')).toBe('kk');
    expect(await socialWorker.first().locator('.hit-official mark').first().textContent()).toBe('әлеуметтік');
    expect(await page.locator('.hit[data-hit-type="profession"]').allTextContents()).not.toContainEqual(
      expect.stringMatching(/prof-\d/),
    );
    expect(await noSidewaysScroll()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-paged-360.png'), fullPage: true });

    // Next, by keyboard: the page number goes into the address, the range moves on.
    const firstHit = await page.locator('.hit a.hit-link').first().getAttribute('href');
    expect(await page.getByTestId('search-prev').count()).toBe(0);
    await page.getByTestId('search-next').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('page') === '2');
    await expect.poll(() => range.textContent()).toBe(`21–40 of ${total}`);
    expect(await page.locator('.hit a.hit-link').first().getAttribute('href')).not.toBe(firstHit);

    // Back returns to page 1; the last page, opened from its address, has no "next".
    await page.goBack();
    await expect.poll(() => range.textContent()).toBe(`1–20 of ${total}`);
    const pages = Math.ceil(total / 20);
    await page.goto(`${served.baseUrl}/search?q=${encodeURIComponent(q)}&page=${pages}`);
    await expect.poll(() => range.textContent()).toBe(`${(pages - 1) * 20 + 1}–${total} of ${total}`);
    expect(await page.getByTestId('search-next').count()).toBe(0);
    await page.getByTestId('search-prev').waitFor();
  });

  it('search in Russian: hits in Russian with the words marked, the mark said once a section, a text of seven cards listed once', async () => {
    const q = 'Конституция';
    const api = (await (
      await fetch(`${served.baseUrl}/api/v1/search?q=${encodeURIComponent(q)}&lang=ru&limit=1`)
    ).json()) as { hits: { id: string; alsoIn: { id: string; card: { code: string; level: number } }[] }[] };
    const top = api.hits[0];
    expect(top?.alsoIn.length).toBeGreaterThanOrEqual(2);

    await inLanguage('ru');
    await page.goto(`${served.baseUrl}/search?q=${encodeURIComponent(q)}`);
    const hit = page.locator(`.hit[data-hit-id="${top?.id}"]`);
    await hit.waitFor();
    expect(await hit.locator('a.hit-link').getAttribute('lang')).toBe('ru');
    expect(await hit.locator('a.hit-link mark').first().textContent()).toBe('Конституция');
    // "Unofficial translation" once for the section, not on each line.
    const section = page.locator('section.hit-group', { has: hit });
    expect(await section.getByTestId('translation-marker').count()).toBe(1);
    expect(await section.locator('.hit .unofficial').count()).toBe(0);
    // The copies: "В 7 карточках:", each card once by name, each level a link to the item in it.
    const copies = hit.getByTestId('hit-copies');
    expect(await copies.textContent()).toContain(`В ${(top?.alsoIn.length ?? 0) + 1} карточках`);
    const hrefs = await copies.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength((top?.alsoIn.length ?? 0) + 1);
    for (const copy of top?.alsoIn ?? []) {
      expect(hrefs).toContain(`/cards/${copy.card.code}/${copy.card.level}#item-${copy.id}`);
    }
    // The Kazakh original, one click away.
    expect(await hit.locator('.hit-official').count()).toBe(0);
    await section.getByRole('button', { name: 'Казахский оригинал' }).click();
    expect(await hit.locator('.hit-official').getAttribute('lang')).toBe('kk');
    expect(await noSidewaysScroll()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-ru-grouped-360.png'), fullPage: true });
  });

  it('official text: contents by chapter and card whose anchors exist, and a find box that marks, counts and steps', async () => {
    await inLanguage('kk');
    await page.goto(`${served.baseUrl}/source`);
    const contents = page.getByTestId('source-contents');
    await contents.locator('.toc-card').first().waitFor();
    const chapters = await contents.locator('.toc-chapter a').allTextContents();
    expect(chapters.slice(0, 3)).toEqual([
      '1-тарау. Жалпы ережелер',
      '2-тарау. Кәсіптік стандарттың паспорты',
      '3-тарау. Кәсіптер карточкалары',
    ]);
    expect(await contents.locator('.toc-card').count()).toBe(10);
    const targets = await contents
      .locator('a')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
    expect(targets.length).toBe(13);
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);

    // A card entry jumps to its heading in the text.
    const card = contents.locator('.toc-card a').filter({ hasText: '3412-0-008, 5-деңгей' });
    expect(await card.getAttribute('href')).toBe('#L1608');
    await card.click();
    await page.waitForFunction(() => window.location.hash === '#L1608');
    await expect.poll(() => page.locator('#L1608').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(740);
    expect(await page.locator('#L1608 .lt').textContent()).toContain('Мамандық картасы');

    // Find, in capitals: the Kazakh letters match whatever their case; every match is marked.
    const find = page.getByRole('searchbox', { name: 'Мәтіннен табу' });
    const status = page.getByTestId('source-find-status');
    await find.fill('ӘЛЕУМЕТТІК ҚЫЗМЕТКЕР');
    await expect.poll(() => status.textContent()).toMatch(/^1 \/ \d+$/);
    const count = Number((await status.textContent())?.split(' / ')[1]);
    expect(count).toBeGreaterThan(3);
    expect(await page.locator('mark.find-hit').count()).toBe(count);
    expect((await page.locator('mark.find-hit').first().textContent())?.toLowerCase()).toBe('әлеуметтік қызметкер');

    // Enter steps forward, Shift+Enter back (wrapping); the current match is on screen, and only
    // the sections holding the old and the new current match change.
    const sections = await page.locator('.source-section').count();
    expect(sections).toBeGreaterThan(20);
    await page.evaluate(() => {
      const w = window as unknown as { touched: Set<Element> };
      w.touched = new Set();
      new MutationObserver((records) => {
        for (const r of records) {
          const section = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.source-section');
          if (section) w.touched.add(section);
        }
      }).observe(document.querySelector('[data-testid="source-text"]') as Element, {
        subtree: true,
        attributes: true,
        childList: true,
        characterData: true,
      });
    });
    await find.press('Enter');
    await expect.poll(() => status.textContent()).toBe(`2 / ${count}`);
    await find.press('Shift+Enter');
    await expect.poll(() => status.textContent()).toBe(`1 / ${count}`);
    await find.press('Shift+Enter');
    await expect.poll(() => status.textContent()).toBe(`${count} / ${count}`);
    expect(
      await page.evaluate(() => (window as unknown as { touched: Set<Element> }).touched.size),
    ).toBeLessThanOrEqual(4);
    const current = page.locator('mark.find-hit.current');
    expect(await current.count()).toBe(1);
    await expect
      .poll(() =>
        current.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await find.evaluate((el) => el === document.activeElement)).toBe(true);

    // A phrase the text lacks says so; nothing stays marked.
    await find.fill('жоқсөзқазақша');
    await expect.poll(() => status.textContent()).toBe('Мәтінде табылмады');
    expect(await page.locator('mark.find-hit').count()).toBe(0);
    expect(await noSidewaysScroll()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'source-find-360.png') });
    expect(pageErrors).toEqual([]);
  });

  it("errors: one localised sentence, never the server's English — a field error and the card page", async () => {
    // Chromium asks for English (Accept-Language en-US); the page is Kazakh.
    await inLanguage('kk');
    await page.goto(`${served.baseUrl}/cards/3412-0-008/5#category-check`);
    const form = page.locator('#category-check form.tool-form').first();
    await form.getByLabel('Білім деңгейі').selectOption({ label: 'Техникалық және кәсіптік (ТжКБ)' });
    await form.getByLabel('Білім саласы').selectOption({ label: 'Әлеуметтік' });
    const rows = form.locator('.experience-row');
    if ((await rows.count()) === 0) await form.getByRole('button', { name: 'Жол қосу' }).click();
    await rows.first().getByLabel('Жыл саны').fill('-1');
    await form.getByRole('button', { name: 'Тексеру' }).click();
    const fieldAlert = rows.first().getByRole('alert');
    await fieldAlert.waitFor();
    // The server said "years cannot be negative"; the field says it once, in Kazakh.
    expect((await fieldAlert.textContent())?.replace(/^!\s*/, '')).toBe(
      'Жыл санын 0-ден 60-қа дейінгі сан түрінде енгізіңіз.',
    );

    // A card that does not exist: the page's sentence once; no English detail under it, no English heading.
    await page.goto(`${served.baseUrl}/cards/9999-9-999/5`);
    const box = page.locator('.error-box[role="alert"]');
    await box.waitFor();
    expect(await box.locator('h2').textContent()).toBe('Мұндай карточка жоқ');
    expect(await box.locator('p:not(.muted)').count()).toBe(0);
    expect((await box.textContent())?.replace(/request id.*$/, '')).not.toMatch(/[A-Za-z]{3,}/);

    // The same in English: the heading says it, the server's English detail does not repeat it.
    await inLanguage('en');
    await page.goto(`${served.baseUrl}/cards/9999-9-999/5`);
    await box.waitFor();
    expect(await box.locator('h2').textContent()).toBe('There is no such card');
    expect(await box.locator('p:not(.muted)').count()).toBe(0);

    // An unknown edition's text: no page sentence of its own, so the server's detail, in English only on an English page.
    await page.goto(`${served.baseUrl}/source?edition=no-such-edition`);
    await box.waitFor();
    expect(await box.locator('h2').textContent()).toBe('The data could not be loaded');
    const english = await box.getByTestId('error-sentence').textContent();
    expect(english).toMatch(/[A-Za-z]{3,}/);
    await inLanguage('kk');
    await page.goto(`${served.baseUrl}/source?edition=no-such-edition`);
    await box.waitFor();
    // The server says it in Kazakh now (its message catalogue), so the page shows that sentence.
    const kazakh = (await box.getByTestId('error-sentence').textContent()) ?? '';
    expect(kazakh).toContain('«no-such-edition» редакциясы жоқ.');
    expect(kazakh.replace(/«[^»]*»|[a-z0-9-]+-\d{4}/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(await box.locator('h2').textContent()).not.toMatch(/[A-Za-z]{3,}/);
  });
});
