/**
 * The tools in a real browser (issues 6 and 7, web parts): the category check on a card and on
 * /category, career paths, the self-assessment with its gap report and downloads, the quality
 * findings and the changes between editions. Same setup as pages.test.ts: Debian's Chromium
 * driven by playwright-core against the app served in-process (in-memory PGlite, the bundled
 * edition loaded). The Changes page needs two editions of one standard, so a second app serves
 * the bundled edition plus the amended fixture (test/fixtures/amended): loading the fixture makes
 * its newer edition the current one, which the other pages must not see.
 * Screenshots land in test/e2e/screenshots/ (gitignored) for a person to look at.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page, Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ROOT,
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

const AMENDED = path.join(ROOT, 'test/fixtures/amended/editions');
warnWithoutChromium('the tools tests');

// What a person reads (web/src/i18n), kept literal so a regression shows up here.
const KK = {
  checkTitle: 'Санатты тексеру',
  checkSubmit: 'Тексеру',
  educationLevel: 'Білім деңгейі',
  educationField: 'Білім саласы',
  addRow: 'Жол қосу',
  rowCategory: 'Санат',
  rowYears: 'Жыл саны',
  card: 'Кәсіп карточкасы',
  yearsError: 'Жыл санын 0-ден 60-қа дейінгі сан түрінде енгізіңіз.',
  category: { higher: 'Жоғары санат', first: 'Бірінші санат', second: 'Екінші санат', none: 'Санатсыз' },
  notEligible: 'Карточка талаптары орындалмайды',
  noCategory: 'Талаптар орындалады (карточкада санаттар жоқ)',
  careerFrom: 'Менің карточкам',
  careerTo: 'Мақсатты карточка',
  careerSubmit: 'Жолдарды көрсету',
  full: 'Толық',
  partial: 'Ішінара',
  none: 'Жоқ',
  exportJson: 'JSON түрінде экспорттау',
  downloadPdf: 'Есепті PDF түрінде жүктеу',
  downloadXlsx: 'Есепті XLSX түрінде жүктеу',
  showReport: 'Олқылықтар есебін көрсету',
  importLabel: 'Бағалауды импорттау (JSON)',
  qualityTitle: 'Сапа тексерісі',
  openOnCard: 'Карточкада ашу',
  changesTitle: 'Редакциялар арасындағы өзгерістер',
  reworded: 'Қайта тұжырымдалғандар',
  moved: 'Ауыстырылғандар',
  menu: 'Мәзір',
};
const EDUCATION = {
  'basic-secondary': 'Негізгі орта',
  tvet: 'Техникалық және кәсіптік (ТжКБ)',
  higher: 'Жоғары',
  postgraduate: 'Жоғары оқу орнынан кейінгі',
};
const FIELD = { social: 'Әлеуметтік', psychological: 'Психологиялық', other: 'Басқа', economic: 'Экономикалық' };

describe.skipIf(!hasChromium)('tools in Chromium', () => {
  let main: Served;
  let amended: Served | undefined;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    main = await startApp();
    baseUrl = main.baseUrl;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stopApp(main);
    await stopApp(amended);
  });

  /** The second app, with the amended fixture's two editions next to the bundled one. */
  async function amendedUrl(): Promise<string> {
    amended ??= await startApp([
      path.join(AMENDED, 'order-262-2023-excerpt'),
      path.join(AMENDED, 'order-118-2024-excerpt'),
    ]);
    return amended.baseUrl;
  }

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (msg) => {
      // The invalid requests below are refused with 400 on purpose; Chromium logs each one.
      if (msg.type() === 'error' && !/status of 400/.test(msg.text())) pageErrors.push(`console: ${msg.text()}`);
    });
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors, 'errors in the page').toEqual([]);
  });

  const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  type Input = {
    card: { code: string; level: number };
    education: { level: keyof typeof EDUCATION; field: keyof typeof FIELD; certificate?: 'social-training' };
    experience: { category: keyof typeof KK.category; years: number }[];
  };

  /** Fills a category form (the first on the page, or the one inside `scope`) and sends it. */
  async function fillCategoryForm(input: Input, scope = page.locator('form.tool-form').first()) {
    await scope.getByLabel(KK.educationLevel).selectOption({ label: EDUCATION[input.education.level] });
    await scope.getByLabel(KK.educationField).selectOption({ label: FIELD[input.education.field] });
    const rows = scope.locator('.experience-row');
    // Start from no rows, then add one per experience entry.
    while ((await rows.count()) > 0) await rows.first().locator('button.row-remove').click();
    for (const [i, e] of input.experience.entries()) {
      await scope.getByRole('button', { name: KK.addRow }).click();
      const row = rows.nth(i);
      await row.getByLabel(KK.rowCategory).selectOption({ label: KK.category[e.category] });
      await row.getByLabel(KK.rowYears).fill(String(e.years));
    }
    await scope.getByRole('button', { name: KK.checkSubmit }).click();
  }

  it('category check on a card: an answer with the matched rule, then a field error for negative years', async () => {
    await page.goto(`${baseUrl}/cards/3412-0-008/5#category-check`);
    const section = page.locator('#category-check');
    await section.getByRole('heading', { level: 2, name: KK.checkTitle }).waitFor();
    await fillCategoryForm(
      {
        card: { code: '3412-0-008', level: 5 },
        education: { level: 'tvet', field: 'social' },
        experience: [
          { category: 'none', years: 1 },
          { category: 'second', years: 1.5 },
        ],
      },
      section.locator('form'),
    );
    const value = section.getByTestId('category-value');
    await value.waitFor();
    expect(await value.getAttribute('data-category')).toBe('first');
    expect(await value.textContent()).toBe(KK.category.first);
    const answer = section.getByTestId('category-answer');
    // The summary in plain Kazakh, the group, the matched rule quoted with its lines, what the next category needs.
    expect(await answer.textContent()).toContain('Ең жоғары қолжетімді санат: бірінші санат');
    expect(await answer.textContent()).toContain('Біліктілігі орта деңгейдегі маман');
    expect(await answer.locator('.rule-quote a.source-link').first().getAttribute('href')).toBe('/source#L1657-L1660');
    expect(await answer.locator('.shortfalls li').first().textContent()).toContain('бірінші санатта: тағы 2 жыл қажет');
    // The card asks as many years for the first category as for the second: said in Kazakh.
    expect(await answer.locator('.check-notes li').first().textContent()).toBe(
      'Карточка бірінші санат үшін 1 жыл, ал екінші санат үшін 1 жыл жұмыс өтілін талап етеді (Біліктілігі жоғары деңгейдегі маман): талап санатпен бірге өспейді, мәтін жазылғандай қолданылды.',
    );
    // Every rule checked, folded.
    const checked = answer.locator('details.checked-rules');
    expect(await checked.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await checked.locator('summary').click();
    await expect.poll(() => checked.locator('.checked-list > li').count(), { timeout: 15_000 }).toBe(8);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tool-card-category-1280.png'), fullPage: false });

    // Negative years: the server's problem names experience.0.years; the error sits next to that field.
    const years = section.locator('.experience-row').first().getByLabel(KK.rowYears);
    await years.fill('-1');
    await section.getByRole('button', { name: KK.checkSubmit }).click();
    const alert = section.locator('.experience-row').first().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(KK.yearsError);
    // Said once, in Kazakh: the server's English ("years cannot be negative") is not appended.
    expect(await alert.textContent()).not.toContain('years cannot be negative');
    expect(await years.getAttribute('aria-invalid')).toBe('true');
    expect(await years.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await expect.poll(() => section.getByTestId('category-answer').count(), { timeout: 15_000 }).toBe(0);
  });

  it('the web form and the API give the same category for the same input', async () => {
    const cases: Input[] = [
      {
        card: { code: '3412-0-008', level: 5 },
        education: { level: 'tvet', field: 'social' },
        experience: [
          { category: 'none', years: 1 },
          { category: 'second', years: 1.5 },
        ],
      },
      {
        card: { code: '2635-3-001', level: 5 },
        education: { level: 'higher', field: 'psychological' },
        experience: [{ category: 'first', years: 4 }],
      },
      {
        card: { code: '2635-3-001', level: 4 },
        education: { level: 'basic-secondary', field: 'other' },
        experience: [],
      },
      {
        card: { code: '1344-0-004', level: 7 },
        education: { level: 'higher', field: 'economic' },
        experience: [{ category: 'none', years: 3 }],
      },
      {
        card: { code: '2634-9-004', level: 6 },
        education: { level: 'postgraduate', field: 'psychological' },
        experience: [
          { category: 'none', years: 2 },
          { category: 'second', years: 3 },
        ],
      },
    ];
    for (const input of cases) {
      const key = `${input.card.code}/${input.card.level}`;
      await page.goto(`${baseUrl}/category?card=${key}`);
      await h1(KK.checkTitle).waitFor();
      expect(await page.getByLabel(KK.card).inputValue()).toBe(key);
      await fillCategoryForm(input);
      const value = page.getByTestId('category-value');
      await value.waitFor();

      const api = await page.request.post(`${baseUrl}/api/v1/qualification/category`, { data: input });
      expect(api.status()).toBe(200);
      const body = (await api.json()) as { eligible: boolean; category: keyof typeof KK.category | null };
      expect(await value.getAttribute('data-category'), key).toBe(body.category ?? '');
      expect(await value.getAttribute('data-eligible'), key).toBe(String(body.eligible));
      const shown = !body.eligible ? KK.notEligible : body.category ? KK.category[body.category] : KK.noCategory;
      expect(await value.textContent(), key).toBe(shown);
    }
  });

  it('the category page asks for a card before it checks', async () => {
    await page.goto(`${baseUrl}/category`);
    await h1(KK.checkTitle).waitFor();
    await page.getByRole('button', { name: KK.checkSubmit }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Карточканы таңдаңыз.');
    await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    // Choosing a card puts it in the address, so the page can be shared.
    await page.getByLabel(KK.card).selectOption('2635-3-001/5');
    await page.waitForFunction(() => window.location.search === '?card=2635-3-001/5');
  });

  it('the answer speaks the UI language: Russian and English', async () => {
    for (const [lang, headline, summary] of [
      ['ru', 'Первая категория', 'Наивысшая доступная категория: первая категория.'],
      ['en', 'First category', 'The highest category the rules allow: the first category.'],
    ] as const) {
      await page.goto(`${baseUrl}/`);
      await page.evaluate((l) => localStorage.setItem('kasip.lang', l), lang);
      await page.goto(`${baseUrl}/category?card=3412-0-008/5`);
      const form = page.locator('form.tool-form').first();
      await form.locator('select').nth(1).selectOption('tvet');
      await form.locator('select').nth(2).selectOption('social');
      await form.locator('.experience-row input').first().fill('1');
      await form.locator('.experience-row select').first().selectOption('second');
      await form.locator('button[type="submit"]').click();
      const value = page.getByTestId('category-value');
      await value.waitFor();
      expect(await value.textContent()).toBe(headline);
      const text = page.locator('.answer-summary');
      expect(await text.getAttribute('lang')).toBe(lang);
      expect(await text.textContent()).toContain(summary);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      if (lang === 'ru') {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.screenshot({ path: path.join(SCREENSHOTS, 'tool-category-ru-360.png'), fullPage: true });
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    }
  });

  it('career: from level 4 to level 6 of the social worker, two steps, each with its delta and requirements', async () => {
    await page.goto(`${baseUrl}/career`);
    await page.getByLabel(KK.careerFrom).selectOption('2635-3-001/4');
    await page.getByLabel(KK.careerTo).selectOption('2635-3-001/6');
    await page.getByRole('button', { name: KK.careerSubmit }).click();
    await page.waitForFunction(() => window.location.search === '?from=2635-3-001/4&to=2635-3-001/6');
    const steps = page.getByTestId('career-step');
    await steps.first().waitFor();
    await expect.poll(() => steps.count(), { timeout: 15_000 }).toBe(2);

    const first = steps.first();
    // Counts per kind: skills 6 same, 4 reworded; knowledge 19 same, 2 added, 1 removed.
    const rows = first.getByTestId('delta-table').locator('tbody tr');
    expect(await rows.nth(2).locator('td').allTextContents()).toEqual(['6', '4', '0', '0']);
    expect(await rows.nth(3).locator('td').allTextContents()).toEqual(['19', '0', '+2', '−1']);
    const knowledge = first.getByTestId('delta-knowledge');
    await knowledge.locator('summary').click();
    await expect.poll(() => knowledge.locator('.delta-list.added > li').count(), { timeout: 15_000 }).toBe(2);
    expect(await knowledge.locator('.delta-list.added').textContent()).toContain('Тұрмыстық зорлық-зомбылықтың');
    await expect.poll(() => knowledge.locator('.delta-list.removed > li').count(), { timeout: 15_000 }).toBe(1);
    const skills = first.getByTestId('delta-skills');
    await skills.locator('summary').click();
    await expect.poll(() => skills.locator('.delta-list.changed > li').count(), { timeout: 15_000 }).toBe(4);
    expect(await skills.locator('.similarity').first().textContent()).toMatch(/^ұқсастығы \d+%$/);
    // What the next card requires, quoted with its source lines.
    const requires = first.locator('.requirements');
    expect(await requires.textContent()).toContain('Техникалық және кәсіптік');
    expect(await requires.locator('a.source-link').first().getAttribute('href')).toBe('/source#L797-L798');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tool-career-open-1280.png'), fullPage: true });
  });

  it('self-assessment: ratings by keyboard and mouse persist across a reload; export, report, PDF and XLSX', async () => {
    await page.goto(`${baseUrl}/self-assessment?card=2635-3-001/4`);
    const items = page.locator('.rate-item');
    await items.first().waitFor();
    const total = await items.count();
    expect(total).toBe(30);
    const id = async (i: number) => (await items.nth(i).getAttribute('data-item')) ?? '';
    const [a, b, c] = [await id(0), await id(1), await id(2)];

    await items.nth(0).getByRole('radio', { name: KK.full }).check();
    await items.nth(1).getByRole('radio', { name: KK.partial }).check();
    // The keyboard: Tab into the third item's group, arrows move and choose.
    await items.nth(2).getByRole('radio', { name: KK.none }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await items.nth(2).getByRole('radio', { name: KK.full }).isChecked()).toBe(true);
    await items.nth(2).getByRole('radio', { name: KK.none }).check();
    expect(await page.getByTestId('rated-count').textContent()).toContain(`${total} элементтің 3`);

    await page.reload();
    await items.first().waitFor();
    expect(await items.nth(0).getByRole('radio', { name: KK.full }).isChecked()).toBe(true);
    expect(await items.nth(1).getByRole('radio', { name: KK.partial }).isChecked()).toBe(true);
    expect(await items.nth(2).getByRole('radio', { name: KK.none }).isChecked()).toBe(true);
    await expect.poll(() => items.nth(3).getByRole('radio', { checked: true }).count(), { timeout: 15_000 }).toBe(0);
    const stored = await page.evaluate(() => localStorage.getItem('kasip.selfAssessment.2635-3-001/4'));
    expect(JSON.parse(stored ?? '{}').ratings).toEqual({ [a]: 'full', [b]: 'partial', [c]: 'none' });

    // Export: the body format of POST /career/gap.
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: KK.exportJson }).click(),
    ]);
    expect(exported.suggestedFilename()).toBe('self-assessment-2635-3-001-4.json');
    const json = JSON.parse(await readFile((await exported.path()) ?? '', 'utf8'));
    expect(json.card).toEqual({ code: '2635-3-001', level: 4 });
    expect(json.ratings).toEqual({ [a]: 'full', [b]: 'partial', [c]: 'none' });
    expect(typeof json.savedAt).toBe('string');

    // The gap report, with the requirement gap once education and experience are given.
    await page.getByLabel(KK.educationLevel).selectOption({ label: EDUCATION.tvet });
    await page.getByLabel(KK.educationField).selectOption({ label: FIELD.social });
    await page.getByRole('button', { name: KK.showReport }).click();
    const report = page.getByTestId('gap-report');
    await report.waitFor();
    expect(await report.locator('.coverage-overall').textContent()).toContain('Жалпы қамту: 5%');
    await expect.poll(() => report.locator('.coverage-list > li').count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => report.locator('h3', { hasText: 'Жетіспейтіндер (28)' }).count(), { timeout: 15_000 })
      .toBe(1);
    await report.getByTestId('gap-requirements').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tool-self-report-1280.png'), fullPage: false });

    // PDF and XLSX: the same body POSTed, the answer saved under the server's file name.
    const [pdfResponse, pdf] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/v1/career/gap.pdf')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: KK.downloadPdf }).click(),
    ]);
    expect(pdfResponse.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(pdfResponse.request().postDataJSON().ratings).toEqual({ [a]: 'full', [b]: 'partial', [c]: 'none' });
    expect(pdf.suggestedFilename()).toBe('gap-2635-3-001-4.pdf');
    expect((await readFile((await pdf.path()) ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: KK.downloadXlsx }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('gap-2635-3-001-4.xlsx');
    expect((await readFile((await xlsx.path()) ?? '')).subarray(0, 2).toString()).toBe('PK');
  });

  it('self-assessment: importing a file opens its card with its ratings; a wrong file is refused', async () => {
    await page.goto(`${baseUrl}/self-assessment`);
    const input = page.getByLabel(KK.importLabel);
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ card: { code: '2635-3-001', level: 5 }, ratings: { x: 'maybe' } })),
    });
    expect(await page.getByRole('alert').textContent()).toContain('none, partial немесе full');

    const ratings = { '2635-3-001.5.f1.t1.s1': 'full', '2635-3-001.5.f1.t1.k1': 'partial' };
    await input.setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ card: { code: '2635-3-001', level: 5 }, ratings })),
    });
    await page.waitForFunction(() => window.location.search === '?card=2635-3-001/5');
    const item = page.locator('[data-item="2635-3-001.5.f1.t1.s1"]');
    await item.waitFor();
    expect(await item.getByRole('radio', { name: KK.full }).isChecked()).toBe(true);
    expect(
      await page.locator('[data-item="2635-3-001.5.f1.t1.k1"]').getByRole('radio', { name: KK.partial }).isChecked(),
    ).toBe(true);
  });

  it('self-assessment: an incomplete education is named next to its field', async () => {
    await page.goto(`${baseUrl}/self-assessment?card=2635-3-001/4`);
    await page.locator('.rate-item').first().waitFor();
    await page.getByLabel(KK.educationLevel).selectOption({ label: EDUCATION.higher });
    await page.getByRole('button', { name: KK.showReport }).click();
    const field = page.getByLabel(KK.educationField);
    const alert = page.locator('.person-fields').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Білім саласын таңдаңыз.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await expect.poll(() => page.getByTestId('gap-report').count(), { timeout: 15_000 }).toBe(0);
  });

  it('quality: findings by card and severity, filters, and a link that opens the card at the item', async () => {
    await page.goto(`${baseUrl}/quality`);
    await h1(KK.qualityTitle).waitFor();
    const findings = page.getByTestId('finding');
    await findings.first().waitFor();
    const all = await findings.count();
    expect(all).toBeGreaterThan(50);
    expect(await page.getByTestId('quality-group').count()).toBeGreaterThan(5);
    // Messages in Kazakh by default.
    expect(await findings.first().locator('.finding-message').getAttribute('lang')).toBe('kk');

    // Errors only.
    await page.getByRole('checkbox', { name: /Ескерту/ }).uncheck();
    await page.getByRole('checkbox', { name: /Ақпарат/ }).uncheck();
    await page.waitForFunction(() => window.location.search === '?severity=error');
    const errors = await findings.count();
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(all);
    expect(await page.locator('.finding').evaluateAll((els) => els.every((e) => e.closest('.sev-block-error')))).toBe(
      true,
    );
    // One rule.
    await page.getByLabel('Ереже', { exact: true }).selectOption('doubled-word');
    await page.waitForFunction(() => window.location.search === '?severity=error&rule=doubled-word');
    await expect.poll(() => findings.count(), { timeout: 15_000 }).toBe(1);
    const finding = findings.first();
    expect(await finding.locator('mark').textContent()).toBe('Жеке жеке');
    expect(await finding.locator('a.source-link').getAttribute('href')).toBe('/source#L2972-L2978');
    const link = finding.getByRole('link', { name: KK.openOnCard });
    expect(await link.getAttribute('href')).toBe('/cards/2634-9-004/6#item-2634-9-004.6.f3.k8');
    await link.click();
    const target = page.locator('[id="item-2634-9-004.6.f3.k8"]');
    await target.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'item-2634-9-004.6.f3.k8');
    expect(await target.getAttribute('class')).toContain('is-target');
    expect(await target.textContent()).toContain('Жеке жеке');
  });

  it('changes: the newest edition against the one it supersedes, with the summary, a word diff and a move', async () => {
    const url = await amendedUrl();
    await page.goto(`${url}/changes`);
    await h1(KK.changesTitle).waitFor();
    const summary = page.getByTestId('diff-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'order-118-2024-excerpt редакциясы (2024-04-15 № 118 бұйрық) order-262-2023-excerpt редакциясымен',
    );
    expect(await summary.textContent()).toContain('2635-3-001 5-деңгей карточкасына 1 дағды қосылды.');

    const reworded = page.locator('#ch-reworded');
    await reworded.getByRole('heading', { level: 2, name: new RegExp(KK.reworded) }).waitFor();
    const task = reworded.locator('[data-testid="change"]', { hasText: 'Арнаулы' });
    const diff = task.getByTestId('word-diff');
    expect(await diff.locator('del').first().textContent()).toContain('Арнайы');
    expect(await diff.locator('ins').first().textContent()).toContain('Арнаулы');
    // Not only colour: the marks say themselves to a screen reader, and are struck through / underlined.
    expect(await diff.locator('del .visually-hidden').first().textContent()).toContain('алынды');
    expect(
      await diff
        .locator('del')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');
    expect(
      await diff
        .locator('ins')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');

    const moved = page.locator('#ch-moved [data-testid="change"]').first();
    expect(await moved.locator('.change-where').textContent()).toContain('f2.t1.s3');
    expect(await moved.locator('.change-where').textContent()).toContain('f2.t2.s3');
    expect(await moved.textContent()).toContain('басқа міндетке ауыстырылды');
    // Source lines of each edition open that edition's text.
    expect(await moved.locator('a.source-link').first().getAttribute('href')).toBe(
      '/source?edition=order-262-2023-excerpt#L120',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'tool-changes-1280.png'), fullPage: true });

    // Swapping the pair compares the other way.
    await page.getByRole('button', { name: /Орындарын ауыстыру/ }).click();
    await page.getByRole('button', { name: 'Салыстыру' }).click();
    await page.waitForFunction(
      () => window.location.search === '?from=order-118-2024-excerpt&to=order-262-2023-excerpt',
    );
    await page.getByTestId('diff-summary').waitFor();
  });

  it('the changes page says so when only one edition is loaded', async () => {
    await page.goto(`${baseUrl}/changes`);
    await h1(KK.changesTitle).waitFor();
    const notice = page.getByTestId('one-edition');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Әзірге бір ғана редакция');
  });

  it('at 360 px the menu folds behind a button and opens with the tools', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}/`);
    const nav = page.getByRole('navigation', { name: 'Негізгі мәзір' });
    expect(await nav.isVisible()).toBe(false);
    const button = page.getByRole('button', { name: KK.menu });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Мансап' }).click();
    await h1('Мансап жолы').waitFor();
    expect(await nav.isVisible()).toBe(false);
    // Escape closes it and gives the focus back to the button.
    await button.click();
    await nav.getByRole('link', { name: KK.qualityTitle }).focus();
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    await page.waitForFunction(() => document.activeElement?.classList.contains('menu-button'));
  });

  it('the home page leads to the tools', async () => {
    await page.goto(`${baseUrl}/`);
    await page.locator('.task-grid a').first().waitFor();
    const hrefs = await page.locator('.task-grid a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/cards', '/category', '/career', '/self-assessment']);
    expect(await page.locator('.home-quality a').evaluateAll((l) => l.map((a) => a.getAttribute('href')))).toEqual([
      '/quality',
      '/changes',
    ]);
  });

  const PAGES = [
    { name: 'category', url: '/category?card=3412-0-008/5', ready: 'form.tool-form', answer: true },
    { name: 'card-check', url: '/cards/2635-3-001/5', ready: '#category-check form', answer: true },
    { name: 'career', url: '/career?from=2635-3-001/4&to=2635-3-001/6', ready: '[data-testid="career-step"]' },
    { name: 'self-assessment', url: '/self-assessment?card=2635-3-001/4', ready: '.rate-item', report: true },
    { name: 'quality', url: '/quality', ready: '[data-testid="finding"]' },
    { name: 'changes', url: '/changes', ready: '[data-testid="change"]', amended: true },
  ];
  const VIEWPORTS = [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ];

  for (const viewport of VIEWPORTS) {
    it(`every tool page fits ${viewport.width} px without sideways scrolling (screenshots saved)`, async () => {
      await page.setViewportSize(viewport);
      for (const p of PAGES) {
        const base = p.amended ? await amendedUrl() : baseUrl;
        await page.goto(`${base}${p.url}`);
        await page.locator(p.ready).first().waitFor();
        if (p.answer) {
          const form = page.locator(p.ready).first();
          await form.getByLabel(KK.educationLevel).selectOption('tvet');
          await form.getByLabel(KK.educationField).selectOption('social');
          await form.getByRole('button', { name: KK.checkSubmit }).click();
          await page.getByTestId('category-answer').waitFor();
          await page.locator('details.checked-rules summary').click();
        }
        if (p.report) {
          await page.locator('.rate-item').first().getByRole('radio', { name: KK.full }).check();
          await page.getByRole('button', { name: KK.showReport }).click();
          await page.getByTestId('gap-report').waitFor();
        }
        for (const d of await page.locator('main details.delta-lists:not([open])').all()) {
          if (await d.isVisible()) await d.locator('summary').first().click();
        }
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.name}: horizontal overflow in px`).toBeLessThanOrEqual(0);
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
        // Every form control has a name a screen reader can say.
        const unnamed = await page.evaluate(() =>
          [...document.querySelectorAll('main input, main select, main button')]
            .filter((el) => {
              const e = el as HTMLInputElement;
              const labelled = e.labels && e.labels.length > 0;
              return !labelled && !e.getAttribute('aria-label') && !e.textContent?.trim();
            })
            .map((el) => el.outerHTML.slice(0, 80)),
        );
        expect(unnamed, `${p.name}: controls without a label`).toEqual([]);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `tool-${p.name}-${viewport.width}.png`),
          fullPage: true,
        });
      }
    });
  }
});
