/**
 * The programme editor in a real browser, in Kazakh. A designer's programme is proposed from card
 * 3412-0-008 level 4 and created through the API with two link suggestions put into its first
 * outcome. On the page the designer changes a module's hours, adds an outcome with two criteria,
 * links two items with the picker (Escape closes it and gives the focus back), accepts one
 * suggestion and rejects the other, saves with Ctrl+S and reloads: everything is kept. Then a
 * save from a stale copy: the API saves a newer version, and the page's next save is answered
 * with the "someone else saved" message; "keep editing" keeps the edits, "reload" drops them.
 * Unsaved edits survive a visit to the coverage tab. The page stays within a 360 px screen.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { apiSession, expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import {
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { ADMIN, type Api, type Person, invite, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the programme editor tests');

const DESIGNER: Person = {
  email: 'editor@college.kz',
  password: 'designer password 2025',
  name: 'Әйгерім Нұрланқызы',
};

type Outcome = {
  id: string;
  text: string;
  itemIds: string[];
  criteria: { id: string; text: string }[];
  method: string;
  suggestions: { itemId: string; score: number; state: 'pending' | 'rejected' }[];
};
type Content = {
  title: string;
  modules: {
    id: string;
    code: string;
    hours: { theory: number; practice: number };
    outcomes: Outcome[];
  }[];
} & Record<string, unknown>;
type Programme = { id: string; version: number; content: Content };

let browser: Browser;
let served: Served;
let orgId: string;
let designer: Api;

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Қарағанды әлеуметтік колледжі',
    kind: 'education-provider',
  }));
  await invite(served, admin, orgId, DESIGNER, ['programme-designer']);
  designer = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

/**
 * The card's proposal (one module: the card has one labour function with one task). Two of the
 * first outcome's items are taken out of its links and put back as suggestions; two that stay
 * linked are the ones the picker links to the new outcome (so it shows them as covered elsewhere).
 */
async function createProgramme(): Promise<{
  programme: Programme;
  suggested: [string, string];
  picked: [string, string];
}> {
  const content = await designer<Content>(
    'GET',
    `/v1/orgs/${orgId}/programmes:propose?card=3412-0-008&level=4&type=tvet-modular&lang=kk&volume=720`,
  );
  const first = content.modules[0]?.outcomes[0];
  if (!first) throw new Error('the proposal has no outcome');
  const s1 = first.itemIds.at(-1);
  const s2 = first.itemIds.at(-2);
  const [p1, p2] = first.itemIds;
  if (!s1 || !s2 || !p1 || !p2 || first.itemIds.length < 5) throw new Error('the card has too few items');
  first.itemIds = first.itemIds.slice(0, -2);
  first.suggestions = [
    { itemId: s1, score: 0.82, state: 'pending' },
    { itemId: s2, score: 0.41, state: 'pending' },
  ];
  const programme = await designer<Programme>('POST', `/v1/orgs/${orgId}/programmes`, { content });
  return { programme, suggested: [s1, s2], picked: [p1, p2] };
}

const moduleAt = (page: Page, n: number) => page.getByTestId('prog-module').nth(n);

describe.skipIf(!hasChromium)('the programme editor', () => {
  it('edits hours, an outcome with criteria, picked links and suggestions; saves, reloads, and meets a 409', async () => {
    const { programme, suggested, picked } = await createProgramme();
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    const url = `${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}`;
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: programme.content.title }).waitFor();
    expect(await page.getByTestId('prog-status').getAttribute('data-status')).toBe('draft');
    expect(await page.getByTestId('prog-tab-modules').getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.getByTestId('prog-save-status').textContent()).toBe('Барлық өзгерістер сақталды');

    // The first module's hours.
    const first = moduleAt(page, 0);
    await first.getByTestId('module-theory').fill('24');
    await first.getByTestId('module-practice').fill('48');
    expect(await first.textContent()).toContain('Барлығы: 72 сағат');
    expect(await page.getByTestId('prog-save-status').textContent()).toBe('Сақталмаған өзгерістер бар');

    // A new outcome with two criteria.
    await first.getByTestId('outcome-add').click();
    const added = first.getByTestId('prog-outcome').last();
    const text = added.getByTestId('outcome-text');
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    await text.fill('Қарттарға күтім жоспарын құрастырады');
    await added.getByTestId('outcome-method').selectOption('observation');
    await added.getByTestId('criterion-add').click();
    await added.getByTestId('criterion-text').last().fill('Жоспар клиенттің қажеттіліктеріне сай');
    await added.getByTestId('criterion-add').click();
    await added.getByTestId('criterion-text').last().fill('Жоспар мерзімдерін көрсетеді');
    expect(await added.getByTestId('criterion').count()).toBe(2);

    // "Suggest links" asks the engine about the outcome and its criteria; its answers wait as pending suggestions.
    await added.getByTestId('outcome-suggest').click();
    await expect.poll(() => added.getByTestId('suggestion').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const offered = await added.getByTestId('suggestion').count();
    // Asking again adds nothing already suggested.
    await added.getByTestId('outcome-suggest').click();
    await expect
      .poll(() => added.locator('.prog-suggest [role="status"]').textContent())
      .toBe('Жаңа ұсыныс табылмады.');
    expect(await added.getByTestId('suggestion').count()).toBe(offered);

    // The picker: Escape closes it and the focus returns to the button; then two items linked.
    const opener = added.getByTestId('outcome-link-items');
    await opener.click();
    const picker = page.getByTestId('item-picker');
    await picker.waitFor();
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await opener.click();
    await picker.getByTestId('picker-item').first().waitFor();
    await expectNoSidewaysScroll(page, 'the item picker at 360 px');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programme-picker-360.png') });
    for (const id of picked) await picker.locator(`[data-item-id="${id}"] input[type="checkbox"]`).check();
    // The picker tells that these items are already in another outcome.
    expect(await picker.locator(`[data-item-id="${picked[0]}"]`).textContent()).toContain('басқа нәтижеде бар');
    await picker.getByTestId('picker-apply').click();
    await picker.waitFor({ state: 'detached' });
    expect(
      await added.getByTestId('linked-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id'))),
    ).toEqual(picked);

    // The suggestions of the first outcome: the better one accepted, the other rejected.
    const outcome1 = first.getByTestId('prog-outcome').first();
    expect(await outcome1.getByTestId('suggestion').count()).toBe(2);
    expect(await outcome1.getByTestId('suggestion').first().textContent()).toContain('82%');
    await outcome1
      .locator(`[data-testid="suggestion"][data-item-id="${suggested[0]}"]`)
      .getByTestId('suggestion-accept')
      .click();
    await outcome1
      .locator(`[data-testid="suggestion"][data-item-id="${suggested[1]}"]`)
      .getByTestId('suggestion-reject')
      .click();
    expect(await outcome1.getByTestId('suggestion').count()).toBe(0);
    expect(await outcome1.locator(`[data-testid="linked-item"][data-item-id="${suggested[0]}"]`).count()).toBe(1);

    // Unsaved edits survive a visit to another tab.
    await page.getByTestId('prog-tab-coverage').click();
    await page.getByTestId('prog-unsaved-elsewhere').waitFor();
    await page.getByTestId('prog-tab-modules').click();
    expect(await moduleAt(page, 0).getByTestId('module-theory').inputValue()).toBe('24');
    await expectNoSidewaysScroll(page, 'the modules editor at 360 px');
    await outcome1.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programme-editor-360.png') });

    // A link away from the programme asks first; staying keeps the edits.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole('link', { name: '← Бағдарламалар' }).click();
    expect(await asked).toContain('Сақталмаған өзгерістер жоғалады');
    expect(new URL(page.url()).pathname).toBe(`/orgs/${orgId}/programmes/${programme.id}`);
    expect(await moduleAt(page, 0).getByTestId('module-theory').inputValue()).toBe('24');

    // Ctrl+S saves.
    await page.getByTestId('module-name').first().focus();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('prog-save-status').textContent()).toBe('2-нұсқа сақталды');
    expect(await page.getByTestId('prog-version').textContent()).toBe('2-нұсқа');

    // After a reload everything is there.
    await page.reload();
    const again = moduleAt(page, 0);
    await again.waitFor();
    expect(await again.getByTestId('module-theory').inputValue()).toBe('24');
    expect(await again.getByTestId('module-practice').inputValue()).toBe('48');
    const kept = again.getByTestId('prog-outcome').last();
    expect(await kept.getByTestId('outcome-text').inputValue()).toBe('Қарттарға күтім жоспарын құрастырады');
    expect(await kept.getByTestId('outcome-method').inputValue()).toBe('observation');
    expect(
      await kept.getByTestId('criterion-text').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['Жоспар клиенттің қажеттіліктеріне сай', 'Жоспар мерзімдерін көрсетеді']);
    expect(await kept.getByTestId('linked-item').count()).toBe(2);
    const o1 = again.getByTestId('prog-outcome').first();
    expect(await o1.locator(`[data-testid="linked-item"][data-item-id="${suggested[0]}"]`).count()).toBe(1);
    expect(await o1.getByTestId('suggestion').count()).toBe(0);
    const rejectedRow = o1.locator(`[data-testid="suggestion-rejected"][data-item-id="${suggested[1]}"]`);
    expect(await rejectedRow.isVisible()).toBe(false);
    await o1.getByTestId('suggestion-toggle-rejected').click();
    expect(await rejectedRow.isVisible()).toBe(true);
    // The first outcome links the whole task: five show, the rest behind a toggle.
    const links = o1.getByTestId('linked-item');
    const total = await links.count();
    expect(total).toBeGreaterThan(6);
    expect(await links.nth(4).isVisible()).toBe(true);
    expect(await links.nth(5).isVisible()).toBe(false);
    await o1.getByTestId('linked-toggle').click();
    expect(await links.nth(total - 1).isVisible()).toBe(true);
    const stored = await designer<Programme>('GET', `/v1/orgs/${orgId}/programmes/${programme.id}`);
    expect(stored.version).toBe(2);
    expect(stored.content.modules[0]?.hours).toEqual({ theory: 24, practice: 48 });
    expect(stored.content.modules[0]?.outcomes[0]?.suggestions).toEqual([
      { itemId: suggested[1], score: 0.41, state: 'rejected' },
    ]);

    // Someone saves version 3 through the API; the page, still at version 2, is told so.
    await designer('PUT', `/v1/orgs/${orgId}/programmes/${programme.id}`, {
      version: 2,
      content: { ...stored.content, title: 'Басқа біреу өзгерткен атау' },
    });
    await page.getByTestId('prog-title-input').fill('Менің атауым');
    await page.getByTestId('prog-save').click();
    const conflict = page.getByTestId('prog-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('басқа біреу сақтады');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programme-conflict-360.png') });
    await conflict.getByRole('button', { name: 'Өңдеуді жалғастыру' }).click();
    expect(await conflict.count()).toBe(0);
    expect(await page.getByTestId('prog-title-input').inputValue()).toBe('Менің атауым');
    await page.getByTestId('prog-save').click();
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Қайта жүктеу (өзгерістеріңіз жоғалады)' }).click();
    await expect.poll(() => page.getByTestId('prog-title-input').inputValue()).toBe('Басқа біреу өзгерткен атау');
    expect(await page.getByTestId('prog-version').textContent()).toBe('3-нұсқа');
    expect(await page.getByTestId('prog-save-status').textContent()).toBe('Барлық өзгерістер сақталды');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds, moves and deletes modules with the keyboard; places a refused save’s errors; prints without controls', async () => {
    const { programme } = await createProgramme();
    const { context, page, errors } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}`);
    await page.getByTestId('prog-module').first().waitFor();
    await page.getByTestId('linked-item').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programme-editor-1280.png') });
    await page.getByTestId('outcome-link-items').first().click();
    await page.getByTestId('picker-item').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programme-picker-1280.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('item-picker').waitFor({ state: 'detached' });

    // A new module gets the next code, and its name field the focus.
    await page.getByTestId('prog-add-module').click();
    const codes = () =>
      page.getByTestId('prog-module').evaluateAll((els) => els.map((e) => e.getAttribute('data-module-code')));
    expect(await codes()).toEqual(['КМ 01', 'КМ 02']);
    await page.keyboard.type('Кәсіби этика');
    expect(await page.getByTestId('module-name').nth(1).inputValue()).toBe('Кәсіби этика');

    // Moved up with the keyboard: the focus stays on the module's move buttons.
    const second = page.locator('[data-testid="prog-module"][data-module-code="КМ 02"]');
    await second.getByRole('button', { name: 'КМ 02 модулін жоғары жылжыту' }).focus();
    await page.keyboard.press('Enter');
    expect(await codes()).toEqual(['КМ 02', 'КМ 01']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('КМ 02 модулін төмен жылжыту');
    await page.keyboard.press('Enter');
    expect(await codes()).toEqual(['КМ 01', 'КМ 02']);

    // Deleting asks, naming how many outcomes go with the module.
    const firstModule = page.getByTestId('prog-module').first();
    await firstModule.getByTestId('module-delete').click();
    expect(await firstModule.locator('.confirm-question').textContent()).toBe(
      'КМ 01 модулін жою керек пе? Онымен бірге 1 оқыту нәтижесі жойылады.',
    );
    await page.keyboard.press('Escape');
    expect(await codes()).toEqual(['КМ 01', 'КМ 02']);

    // An empty outcome text is caught before sending, next to the field.
    await page.getByTestId('outcome-text').first().fill('');
    await page.getByTestId('prog-save').click();
    expect(await page.getByTestId('prog-invalid').textContent()).toContain('1 өрісті түзету керек');
    expect(await page.getByTestId('prog-outcome').first().getByTestId('prog-field-error').textContent()).toBe(
      'Бұл өрісті толтырыңыз.',
    );
    await page.getByTestId('outcome-text').first().fill('Қызмет алушының қажеттілігін анықтайды');

    // The server's field errors land next to the outcome and criterion they name.
    await page.route('**/api/v1/orgs/*/programmes/*', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Invalid input',
              status: 400,
              code: 'validation_failed',
              errors: [
                { path: 'content.modules.0.outcomes.0.text', message: 'outcome text refused' },
                { path: 'content.modules.0.outcomes.0.criteria.1.text', message: 'criterion refused' },
                { path: 'content.exceptions', message: 'exceptions refused' },
              ],
            }),
          })
        : route.fallback(),
    );
    await page.getByTestId('prog-save').click();
    await page.getByTestId('prog-invalid').waitFor();
    const outcome = page.getByTestId('prog-outcome').first();
    expect(await outcome.getByTestId('prog-field-error').allTextContents()).toEqual([
      'outcome text refused',
      'criterion refused',
    ]);
    expect(await outcome.getByTestId('criterion').nth(1).getByTestId('prog-field-error').textContent()).toBe(
      'criterion refused',
    );
    expect(await page.getByTestId('prog-invalid').textContent()).toContain('exceptions refused');
    await page.unroute('**/api/v1/orgs/*/programmes/*');

    // On paper: the header and the modules, without the save bar, tabs or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('prog-save').isVisible()).toBe(false);
    expect(await page.getByTestId('prog-tab-coverage').isVisible()).toBe(false);
    expect(await page.getByTestId('prog-add-module').isVisible()).toBe(false);
    expect(await page.getByTestId('outcome-text').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    await context.close();
  });
});
