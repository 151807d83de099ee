/**
 * The web app in its three languages (issue 15), in Chromium: one card in kk, ru and en, where
 * every item is either translated (its section saying once "unofficial translation") or shown in
 * Kazakh with its own "no translation yet" mark; the section's "Kazakh original" toggle; `?lang=`
 * setting and keeping the language; a first visit in a Russian browser; the self-assessment in ru.
 * Same setup as pages.test.ts; skipped with a warning without Chromium.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

warnWithoutChromium('the language tests');

const CARD = '/cards/3412-0-008/4';
const SKILL = '3412-0-008.4.f1.t1.s1';
// web/src/i18n, kept literal so a regression shows up here.
const WORDS = {
  kk: { labourFunctions: 'Еңбек функциялары' },
  ru: {
    labourFunctions: 'Трудовые функции',
    original: 'Казахский оригинал',
    unofficial: 'Неофициальный перевод',
    review: /: (машинный перевод, не проверен|проверен|проверен частично)$/,
  },
  en: {
    labourFunctions: 'Labour functions',
    original: 'Kazakh original',
    unofficial: 'Unofficial translation',
    review: /: (machine translation, not reviewed|reviewed|partly reviewed)$/,
  },
};

/**
 * What each section of the card shows, read in the page: its language markers, the lines the
 * translation marker repeats on, and each item's shown language and own "no translation yet" mark.
 */
type SectionReport = {
  id: string;
  translationMarkers: number;
  untranslatedMarkers: number;
  inlineUnofficial: number;
  items: { id: string; lang: string | null; noTranslation: boolean }[];
};

async function readSections(page: Page): Promise<SectionReport[]> {
  return page.locator('section.card-section').evaluateAll((sections) =>
    sections.map((section) => ({
      id: section.id,
      translationMarkers: section.querySelectorAll('[data-testid="translation-marker"]').length,
      untranslatedMarkers: section.querySelectorAll('[data-testid="untranslated-marker"]').length,
      inlineUnofficial: section.querySelectorAll('.unofficial').length,
      items: [...section.querySelectorAll('[id^="item-"]')].map((item) => {
        // The item's own text is its first text with a language (a function's or task's: its heading).
        const shown = item.querySelector('[lang]:not(.kk-original)');
        return {
          id: item.id,
          lang: shown?.getAttribute('lang') ?? null,
          noTranslation: shown?.querySelector(':scope > .no-translation') != null,
        };
      }),
    })),
  );
}

describe.skipIf(!hasChromium)('the web app in kk, ru and en (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    served = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await stopApp(served);
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'kk-KZ' });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await context?.close();
    expect(pageErrors, 'errors in the page').toEqual([]);
  });

  const labourFunctions = (name: string) => page.getByRole('heading', { level: 2, name });
  const htmlLang = () => page.evaluate(() => document.documentElement.lang);

  for (const lang of ['ru', 'en'] as const) {
    it(`${lang}: every item is translated under one marker per section, or marked as not translated yet`, async () => {
      await page.goto(`${served.baseUrl}${CARD}?lang=${lang}`);
      await labourFunctions(WORDS[lang].labourFunctions).waitFor();
      expect(await htmlLang()).toBe(lang);
      const sections = await readSections(page);
      const items = sections.flatMap((s) => s.items);
      expect(items.length, 'items read').toBeGreaterThan(20);
      for (const section of sections) {
        // Said once, at the top, never on every line.
        expect(section.translationMarkers, section.id).toBeLessThanOrEqual(1);
        expect(section.untranslatedMarkers, section.id).toBeLessThanOrEqual(1);
        expect(section.inlineUnofficial, section.id).toBe(0);
        for (const item of section.items) {
          if (item.lang === lang) expect(section.translationMarkers, item.id).toBe(1);
          else {
            expect(item.lang, item.id).toBe('kk');
            expect(item.noTranslation, `${item.id} shown in Kazakh without its mark`).toBe(true);
            expect(section.untranslatedMarkers, item.id).toBe(1);
          }
        }
      }
      const marker = page.locator('#labour-functions [data-testid="translation-marker"]');
      if (await marker.count()) {
        // "Unofficial translation: machine translation, not reviewed": the server gives each text's review state.
        const said = (await marker.textContent()) ?? '';
        expect(said).toContain(WORDS[lang].unofficial);
        expect(said).toMatch(WORDS[lang].review);
      }
    });
  }

  it('ru: the section’s "Kazakh original" button shows the official text under each translation, and hides it again', async () => {
    await page.goto(`${served.baseUrl}${CARD}?lang=ru`);
    await labourFunctions(WORDS.ru.labourFunctions).waitFor();
    const official = await page.evaluate(
      async ({ card, id }) => {
        const res = await fetch(`/api/v1${card}?lang=ru`);
        const body = (await res.json()) as {
          card: { labourFunctions: { tasks: { skills: { id: string; kk: string }[] }[] }[] };
        };
        return body.card.labourFunctions[0]?.tasks[0]?.skills.find((s) => s.id === id)?.kk ?? '';
      },
      { card: CARD, id: SKILL },
    );
    expect(official.length).toBeGreaterThan(5);
    const section = page.locator('#labour-functions');
    const toggle = section.getByRole('button', { name: WORDS.ru.original });
    const skill = page.locator(`[id="item-${SKILL}"]`);
    if ((await toggle.count()) === 0) {
      // Nothing of the section is translated yet: the official text is what is shown.
      expect(await skill.textContent()).toContain(official);
      return;
    }
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await section.locator('.kk-original').count()).toBe(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const original = skill.locator('.kk-original');
    expect(await original.getAttribute('lang')).toBe('kk');
    expect(await original.textContent()).toContain(official);
    // The other sections keep their own state.
    expect(await page.locator('#other-names .kk-original').count()).toBe(0);
    await toggle.click();
    await expect.poll(() => section.locator('.kk-original').count()).toBe(0);
  });

  it('kk: the official text alone, with no language marker anywhere', async () => {
    await page.goto(`${served.baseUrl}${CARD}?lang=kk`);
    await labourFunctions(WORDS.kk.labourFunctions).waitFor();
    expect(await htmlLang()).toBe('kk');
    expect(await page.locator('[data-testid="section-lang"], .no-translation, .unofficial').count()).toBe(0);
    const items = (await readSections(page)).flatMap((s) => s.items);
    expect(items.length).toBeGreaterThan(20);
    expect([...new Set(items.map((i) => i.lang))]).toEqual(['kk']);
  });

  it('?lang=en sets English and keeps it as the choice; a Russian browser’s first visit is in Russian', async () => {
    const shell = await page.goto(`${served.baseUrl}/cards?lang=en`);
    // The server's shell already says English before the app starts.
    expect(await shell?.text()).toContain('<html lang="en"');
    await page.getByRole('heading', { level: 1, name: 'Professions and cards' }).waitFor();
    expect(await htmlLang()).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('kasip.lang'))).toBe('en');
    await page.goto(`${served.baseUrl}${CARD}`);
    await labourFunctions(WORDS.en.labourFunctions).waitFor();

    const russian = await browser.newContext({ locale: 'ru-RU' });
    try {
      const ruPage = await russian.newPage();
      await ruPage.goto(`${served.baseUrl}${CARD}`);
      await ruPage.getByRole('heading', { level: 2, name: WORDS.ru.labourFunctions }).waitFor();
      expect(await ruPage.evaluate(() => document.documentElement.lang)).toBe('ru');
    } finally {
      await russian.close();
    }
  });

  it('ru: the self-assessment marks its items once and shows each translated or marked', async () => {
    await page.goto(`${served.baseUrl}/self-assessment?card=3412-0-008/4&lang=ru`);
    const list = page.locator('section[aria-labelledby="items-title"]');
    await list.locator('.rate-item').first().waitFor();
    expect(await list.locator('[data-testid="translation-marker"]').count()).toBeLessThanOrEqual(1);
    expect(await list.locator('.unofficial').count()).toBe(0);
    const items = await list.locator('.rate-item').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute('data-item'),
        lang: li.querySelector('.rate-text [lang]')?.getAttribute('lang') ?? null,
        noTranslation: li.querySelector('.rate-text .no-translation') !== null,
      })),
    );
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(item.lang === 'ru' || (item.lang === 'kk' && item.noTranslation), JSON.stringify(item)).toBe(true);
    }
    if (items.some((i) => i.lang === 'ru')) {
      expect(await list.locator('[data-testid="translation-marker"]').textContent()).toContain(WORDS.ru.unofficial);
    }
  });
});
