/**
 * The programme list and the new-programme page in a real browser, in Kazakh: a programme
 * designer of a college opens the organisation's programmes from the organisation page (none
 * yet: the page explains the designer), proposes a programme from card 2635-3-001 level 5, sees
 * the preview and creates it, lands on the programme's page and finds it in the list. A visitor
 * is asked to sign in; a member without the role is told plainly who may see the programmes. The
 * pages stay within a 360 px wide screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { apiSession, expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { ADMIN, type Person, invite, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the programme list tests');

const DESIGNER: Person = {
  email: 'designer@college.kz',
  password: 'designer password 2024',
  name: 'Жанар Төлеуқызы',
};
const TEACHER: Person = { email: 'teacher@college.kz', password: 'teacher password 2024', name: 'Ерлан Сәкенұлы' };

let browser: Browser;
let served: Served;
let orgId: string;

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Астана жоғары әлеуметтік колледжі',
    kind: 'education-provider',
  }));
  await invite(served, admin, orgId, DESIGNER, ['programme-designer']);
  await invite(served, admin, orgId, TEACHER, ['member']);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

describe.skipIf(!hasChromium)('the programme list and a new programme', () => {
  it('empty list, proposal from 2635-3-001/5, create, the programme page, then the list', async () => {
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);

    // The organisation page links to the programmes; there are none yet, and the page says what the designer does.
    await page.goto(`${served.baseUrl}/orgs/${orgId}`);
    await page.getByTestId('programmes-link').click();
    await page.getByRole('heading', { level: 1, name: 'Бағдарламалар' }).waitFor();
    const empty = page.getByTestId('prog-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('қамту матрицасы');
    await expectNoSidewaysScroll(page, 'the empty programme list at 360 px');

    // New programme: the card, the type and language left as they are, a volume; the proposal first.
    await empty.getByRole('link', { name: 'Жаңа бағдарлама' }).click();
    await page.getByRole('heading', { level: 1, name: 'Жаңа бағдарлама' }).waitFor();
    const card = page.getByLabel('Кәсіптік стандарт карточкасы');
    await card.waitFor();
    // Without a card the form says so under the field, and nothing is sent.
    await page.getByTestId('new-submit').click();
    expect(await page.getByTestId('new-error-card').textContent()).toBe('Карточканы таңдаңыз.');
    expect(await card.evaluate((el) => el === document.activeElement)).toBe(true);
    await card.selectOption('2635-3-001/5');
    expect(await page.getByTestId('new-error-card').count()).toBe(0);
    await page.getByTestId('new-volume').fill('1440');
    await expectNoSidewaysScroll(page, 'the new-programme form at 360 px');
    await page.getByTestId('new-submit').click();

    const preview = page.getByTestId('prog-preview');
    await preview.waitFor({ timeout: 30_000 });
    // The focus moves to the preview's heading, so the result is heard.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('preview-title');
    const count = async (k: string) => Number(await page.getByTestId(`preview-count-${k}`).textContent());
    expect(await count('modules')).toBeGreaterThan(0);
    expect(await count('outcomes')).toBeGreaterThanOrEqual(await count('modules'));
    expect(await count('items')).toBeGreaterThan(0);
    const rows = page.getByTestId('preview-modules').locator('tbody tr');
    expect(await rows.count()).toBe(await count('modules'));
    expect(await preview.textContent()).toContain('1440 сағат');
    const title = (await page.getByTestId('preview-title').textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page, 'the proposal preview at 360 px');

    await page.getByTestId('create-programme').click();
    await page.waitForURL(/\/orgs\/[^/]+\/programmes\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const programmeId = page.url().split('/').at(-1) ?? '';

    // What was created is what the preview showed: the card at level 5, the volume, a draft.
    const api = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
    const stored = await api<{
      status: string;
      content: { title: string; volume: { unit: string; value: number }; cards: { code: string; level: number }[] };
    }>('GET', `/v1/orgs/${orgId}/programmes/${programmeId}`);
    expect(stored.status).toBe('draft');
    expect(stored.content.title).toBe(title);
    expect(stored.content.volume).toEqual({ unit: 'hours', value: 1440 });
    expect(stored.content.cards.map((c) => `${c.code}/${c.level}`)).toEqual(['2635-3-001/5']);

    // Back in the list: one row, with its card, status and a link to it.
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes`);
    const row = page.getByTestId('prog-table').locator(`tr[data-programme="${programmeId}"]`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('2635-3-001 / 5');
    expect(text).toContain('Әзірленуде');
    expect(text).toContain('ТжКБ модульдік бағдарламасы');
    expect(await page.getByTestId('prog-total').textContent()).toContain('1');
    expect(await row.getByRole('link', { name: title }).getAttribute('href')).toBe(
      `/orgs/${orgId}/programmes/${programmeId}`,
    );
    await expectNoSidewaysScroll(page, 'the programme list at 360 px');

    // The filters: archived ones only → none; cleared → the programme again.
    await page.getByTestId('prog-filter-status').selectOption('archived');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await page.getByTestId('prog-no-match').waitFor();
    await page.getByRole('button', { name: 'Сүзгіні алып тастау' }).click();
    await row.waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts an empty programme in Russian at 1280 px', async () => {
    const { context, page, errors } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/new`);
    await page.getByLabel('Кәсіптік стандарт карточкасы').selectOption('2635-3-001/5');
    await page.getByTestId('new-type').selectOption('upgrading-course');
    await page.getByTestId('new-lang').selectOption('ru');
    await page.getByTestId('new-title').fill('Повышение квалификации социальных работников');
    await page.getByTestId('start-empty').check();
    await page.getByTestId('new-submit').click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const api = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
    const stored = await api<{ content: { title: string; lang: string; type: string; modules: unknown[] } }>(
      'GET',
      `/v1/orgs/${orgId}/programmes/${page.url().split('/').at(-1)}`,
    );
    expect(stored.content).toMatchObject({
      title: 'Повышение квалификации социальных работников',
      lang: 'ru',
      type: 'upgrading-course',
      modules: [],
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages through 23 programmes, finds one by its title, and leads the designer there from the home page', async () => {
    const api = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
    const proposal = await api<{ cards: { code: string; level: number; editionId: string }[] }>(
      'GET',
      `/v1/orgs/${orgId}/programmes:propose?card=2635-3-001&level=5&type=short-course&lang=kk`,
    );
    // Two programmes from the tests before; 21 more, each an empty short course.
    for (let n = 1; n <= 21; n++) {
      await api('POST', `/v1/orgs/${orgId}/programmes`, {
        content: {
          title: `Қысқа курс №${n}`,
          type: 'short-course',
          lang: 'kk',
          volume: { unit: 'hours', value: 16 },
          cards: proposal.cards,
          modules: [],
          exceptions: [],
        },
      });
    }
    const { context, page, errors } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);

    // The home page's "I design a programme" leads to the organisation's programmes.
    await page.goto(`${served.baseUrl}/`);
    const task = page.getByTestId('task-programme');
    await expect.poll(() => task.getAttribute('href')).toBe(`/orgs/${orgId}/programmes`);
    await task.click();

    const rows = page.getByTestId('prog-table').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(20);
    expect(await page.getByTestId('prog-total').textContent()).toBe('1–20, барлығы 23');
    await page.getByRole('button', { name: 'Келесі' }).click();
    await expect.poll(() => page.getByTestId('prog-total').textContent()).toBe('21–23, барлығы 23');
    expect(await rows.count()).toBe(3);
    // Newest change first: the two programmes of the tests before are on the last page.
    const last = (await page.getByTestId('prog-table').textContent()) ?? '';
    expect(last).toContain('Повышение квалификации социальных работников');
    expect(last).not.toContain('Қысқа курс №21');
    expect(await page.getByRole('button', { name: 'Келесі' }).isDisabled()).toBe(true);

    // Words of the title, and a card code typed wrong is said under its field.
    await page.getByLabel('Атауындағы сөздер').fill('курс №13');
    await page.getByLabel('Карточка коды').fill('2635');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Карточка коды 2635-3-001 түрінде жазылады.');
    await page.getByLabel('Карточка коды').fill('2635-3-001');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect.poll(() => page.getByTestId('prog-total').textContent()).toBe('Барлығы: 1');
    expect(await rows.first().textContent()).toContain('Қысқа курс №13');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Russian and English too, within 360 px', async () => {
    for (const [lang, heading, newTitle] of [
      ['ru', 'Программы', 'Новая программа'],
      ['en', 'Programmes', 'New programme'],
    ] as const) {
      const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
      await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
      // Signed in through the Kazakh page; the language chosen afterwards, as a person would.
      await context.addInitScript((l) => localStorage.setItem('kasip.lang', l), lang);
      await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // The list, or its empty state when this test runs alone: either leads to a new programme.
      const newLink = page.getByRole('link', { name: newTitle }).first();
      await newLink.waitFor();
      await expectNoSidewaysScroll(page, `the programme list in ${lang} at 360 px`);
      await newLink.click();
      await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
      // A Russian page proposes a Russian programme; an English one, Kazakh (programmes are kk or ru).
      expect(await page.getByTestId('new-lang').inputValue()).toBe(lang === 'ru' ? 'ru' : 'kk');
      await page.getByTestId('start-import').check();
      await expectNoSidewaysScroll(page, `the new-programme form in ${lang} at 360 px`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('asks a visitor to sign in, and tells a member without the role who may see the programmes', async () => {
    const visitor = await openPage(browser, undefined, 'kk');
    await visitor.page.goto(`${served.baseUrl}/orgs/${orgId}/programmes`);
    await visitor.page.getByTestId('signin-needed').waitFor();
    await visitor.context.close();

    const { context, page } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, TEACHER.email, TEACHER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}`);
    await page.getByRole('heading', { level: 1, name: 'Астана жоғары әлеуметтік колледжі' }).waitFor();
    expect(await page.getByTestId('programmes-link').count()).toBe(0);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes`);
    const refusal = page.getByTestId('prog-list-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Ұйымның бағдарламаларын тек оның әкімшілері мен бағдарлама әзірлеушілері көреді.',
    );
    await context.close();
  });
});
