/**
 * The staff-list category check in a real browser (issue 11): /category/batch without signing
 * in — the Kazakh template downloaded and read back, a list uploaded, the answers on the page
 * with the unreadable row and the card without requirements marked, and the result downloaded
 * as CSV with Kazakh titles; at 360 px the page fits and only the table scrolls. Same setup as
 * tools.test.ts: Debian's Chromium driven by playwright-core against the app served in-process.
 */
import { readFile } from 'node:fs/promises';
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

warnWithoutChromium('the staff-list check tests');

// What a person reads (web/src/i18n/kk.ts), kept literal so a regression shows up here.
const KK = {
  title: 'Қызметкерлер тізімі бойынша санатты тексеру',
  file: 'Қызметкерлер тізімі (CSV немесе XLSX)',
  submit: 'Тексеру',
  template: 'Үлгіні жүктеу (CSV)',
  downloadCsv: 'Нәтижені CSV түрінде жүктеу',
  noFile: 'Алдымен CSV немесе XLSX файлын таңдаңыз.',
  unreadableFile: 'Файлды оқу мүмкін болмады.',
  batchLink: 'Қызметкерлердің бүкіл тізімін бірден тексеру (CSV, XLSX)',
};

const LIST = [
  'id;card;level;education;field;none;second',
  'T-1;3412-0-008;5;tvet;social;1;1,5',
  'T-2;3412-0-008;9;колледж;social;-1;',
  'T-3;2634-4-001;6;higher;social;5;',
].join('\n');

describe.skipIf(!hasChromium)('staff-list category check in Chromium', () => {
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
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (msg) => {
      // The unreadable file below is refused with 400 on purpose; Chromium logs it.
      if (msg.type() === 'error' && !/status of 400/.test(msg.text())) pageErrors.push(`console: ${msg.text()}`);
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors, 'errors in the page').toEqual([]);
  });

  const upload = async (name: string, body: string | Buffer, mimeType = 'text/csv') => {
    await page.getByLabel(KK.file).setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
    await page.getByRole('button', { name: KK.submit, exact: true }).click();
  };

  it('checks an uploaded list, marks the rows, and downloads the result with Kazakh titles', async () => {
    // Reached from the single check.
    await page.goto(`${served.baseUrl}/category`);
    await page.getByRole('link', { name: KK.batchLink }).click();
    await page.getByRole('heading', { level: 1, name: KK.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/category/batch');

    // Nothing chosen: said at the field, nothing sent.
    await page.getByRole('button', { name: KK.submit, exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toBe(KK.noFile);

    await upload('staff.csv', LIST);
    const table = page.getByTestId('batch-results');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await page.getByTestId('batch-counts').textContent()).toBe('Барлығы: 3. Жауап берілді: 2. Оқылмады: 1.');
    expect(await rows.nth(0).locator('td').nth(4).textContent()).toBe('Бірінші санат');
    expect(await rows.nth(0).textContent()).toContain('Талаптар орындалады');
    // The unreadable row is marked and says why in Kazakh.
    expect(await rows.nth(1).getAttribute('class')).toBe('is-unreadable');
    expect(await rows.nth(1).textContent()).toContain('Жол оқылмады');
    expect(await rows.nth(1).textContent()).toContain('«колледж» — белгісіз білім деңгейі');
    // A card that states no requirements is not "requirements not met".
    expect(await rows.nth(2).textContent()).toContain('Карточкада талаптар көрсетілмеген');
    expect(await rows.nth(2).textContent()).not.toContain('орындалмайды');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tool-batch-1280.png'), fullPage: true });

    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/qualification/category:batch?format=csv')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: KK.downloadCsv }).click(),
    ]);
    expect(new URL(response.url()).searchParams.get('lang')).toBe('kk');
    expect(download.suggestedFilename()).toBe('categories-kk.csv');
    const csv = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe(
      'Жол,Табель нөмірі,Карточка коды,Деңгей,Нәтиже,Санат,Топ,Сәйкес келген талап,Келесі санат,Не жетіспейді,Қорытынды,Қателер',
    );
    expect(csv.split('\r\n')[1]).toMatch(/^1,T-1,3412-0-008,5,Талаптар орындалады,Бірінші санат,/);
  });

  it('reads back its own Kazakh template, and says in Kazakh when a file cannot be read', async () => {
    await page.goto(`${served.baseUrl}/category/batch`);
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: KK.template }).click(),
    ]);
    const text = await readFile((await template.path()) ?? '', 'utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Табель нөмірі;Карточка коды;Деңгей;Білім деңгейі;/);
    await upload('template.csv', text);
    const rows = page.getByTestId('batch-results').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await page.locator('tr.is-unreadable').count()).toBe(0);

    // A file the server cannot read: one Kazakh message, not the server's English detail.
    await upload('broken.xlsx', 'not a workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const alert = page.locator('.error-box[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(KK.unreadableFile);
    // The server said "The body is not a readable XLSX workbook."; only names like CSV and XLSX are in Latin letters.
    expect(await alert.textContent()).not.toMatch(/[a-z]{3,}/);
  });

  it('fits 360 px: only the results table scrolls sideways (screenshot saved)', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${served.baseUrl}/category/batch`);
    await upload('staff.csv', LIST);
    await page.getByTestId('batch-results').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow of the page in px').toBeLessThanOrEqual(0);
    const scroller = page.locator('.batch-results .table-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tool-batch-360.png'), fullPage: true });
  });
});
