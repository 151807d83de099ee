/**
 * The workbench's item editor in a real browser: a methodologist (working in English) opens the
 * workbench from the account menu, starts a draft of the current edition (Order 262), opens card
 * 3412-0-008 level 4, rewords a skill, adds a skill to a task, deprecates one (the confirmation
 * dialog closes on Escape and gives the focus back), moves one up with the keyboard, and sees the
 * conflict message when a second methodologist changed the same item through the API; "reload
 * the item" shows the other's text. After a page reload everything is still there. Sent for
 * review, the draft shows its texts without controls, at 360 px without a sideways scroll. A
 * signed-in non-methodologist is told plainly; a file imports as a draft from the workbench page,
 * and a refused one lists its problems in the page's language.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

warnWithoutChromium('the workbench editor test');

const FIRST = { email: 'aigerim@methodology.kz', password: 'first methodologist 2026' };
const SECOND = { email: 'bolat@methodology.kz', password: 'second methodologist 2026' };
const VISITOR = { email: 'visitor@example.kz', password: 'no special role 2026' };
const CARD = '3412-0-008.4';
const TASK = '3412-0-008.4.f1.t1';
const REWORD = `${TASK}.s1`;
const MOVE = `${TASK}.s3`;
const DEPRECATE = `${TASK}.s5`;

type Item = {
  id: string;
  kind: string;
  parentId: string | null;
  position: number;
  revision: number;
  deprecated: boolean;
  state: string;
  text: { kk: string } | null;
};

let browser: Browser;
let served: Served;

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, FIRST.email, ['methodologist'], FIRST.password);
  await seedUser(served.database, SECOND.email, ['methodologist'], SECOND.password);
  await seedUser(served.database, VISITOR.email, [], VISITOR.password);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${served.baseUrl}/signin`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-menu').waitFor();
}

const node = (page: Page, id: string) => page.locator(`li.wb-node[data-item="${id}"]`);
const select = async (page: Page, id: string) => {
  await node(page, id).getByTestId('wb-node').first().click();
  await page.locator(`[data-testid="wb-editor"][data-item="${id}"]`).waitFor();
};
/** Waits for the editor's answer to a save, and fails with the page's words when it was refused. */
async function saved(page: Page) {
  const answer = page.locator('[data-testid="wb-saved"], [data-testid="wb-edit-error"], [data-testid="wb-conflict"]');
  await answer.first().waitFor();
  expect(await answer.first().textContent()).toBe('Saved.');
}

/** The skill ids of the task, in the order the tree shows them. */
const skillOrder = (page: Page) =>
  node(page, TASK)
    .locator(':scope > ul > li.wb-node[data-kind="skill"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));

describe.skipIf(!hasChromium)('the workbench item editor', () => {
  it('rewords, adds, deprecates and moves skills, reports a conflict, and keeps it all after a reload', async () => {
    const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 }, 'en');
    await signIn(page, FIRST);

    // The way in: the account menu's workbench link.
    await page.getByTestId('account-menu').click();
    await page.getByTestId('menu-workbench').click();
    await page.getByRole('heading', { level: 1, name: 'Workbench' }).waitFor();
    await page.getByTestId('wb-no-drafts').waitFor();
    // The standard as files: every link downloads (the empty template and the edition in four formats).
    const hrefs = await page
      .getByTestId('wb-downloads')
      .locator('a[download]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs) expect((await fetch(href)).status, href).toBe(200);
    await page.getByTestId('wb-new-current').click();
    await page.getByTestId('wb-items').waitFor();
    const draftId = /\/workbench\/drafts\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(draftId).not.toBe('');
    expect(await page.getByTestId('wb-status').getAttribute('data-status')).toBe('draft');

    await page.locator(`[data-testid="wb-card-link"][data-card="${CARD}"]`).click();
    await node(page, TASK).waitFor();

    // 1. Reword a skill.
    await select(page, REWORD);
    const reworded = 'Клиенттің әлеуметтік жағдайын бағалау әдістерін қолдану (жаңа редакция)';
    await page.getByTestId('wb-text-kk').fill(reworded);
    await page.getByTestId('wb-save').click();
    await saved(page);
    await node(page, REWORD).locator(':scope > .wb-node-row [data-state="changed"]').waitFor();
    // The base text is one click away.
    await node(page, REWORD).locator(':scope > details.wb-base > summary').click();
    expect(await node(page, REWORD).getByTestId('wb-base-text').isVisible()).toBe(true);

    // 2. Add a skill to the task.
    await select(page, TASK);
    await page.getByTestId('wb-add-child').click();
    const dialog = page.getByTestId('wb-add-dialog');
    await dialog.getByTestId('wb-add-kind').selectOption('skill');
    const added = 'Цифрлық әлеуметтік қызметтер порталымен жұмыс істеу';
    await dialog.getByTestId('wb-text-kk').fill(added);
    await dialog.getByTestId('wb-text-en').fill('Working with the digital social services portal');
    await dialog.getByTestId('wb-add-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const addedNode = node(page, TASK).locator('li.wb-node[data-kind="skill"]', { hasText: added });
    await addedNode.locator('[data-state="new"]').waitFor();

    // 3. Deprecate a skill: the question closes on Escape and the focus goes back to its button.
    await select(page, DEPRECATE);
    await page.getByTestId('wb-deprecate').click();
    await page.getByTestId('wb-deprecate-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('wb-deprecate-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('wb-deprecate');
    await page.getByTestId('wb-deprecate').click();
    await page.getByTestId('wb-deprecate-confirm').click();
    await node(page, DEPRECATE).locator(':scope > .wb-node-row [data-state="deprecated"]').waitFor();

    // 4. Move a skill up with the keyboard only.
    await select(page, MOVE);
    const before = await skillOrder(page);
    expect(before.indexOf(MOVE)).toBe(2);
    await page.getByTestId('wb-move-up').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await skillOrder(page)).indexOf(MOVE)).toBe(1);
    // The focus stayed on the button, so the methodologist can press it again.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('wb-move-up');

    // ... and another skill from the task to its function's own list, chosen among the valid parents.
    const RELOCATE = `${TASK}.s7`;
    const FUNCTION = '3412-0-008.4.f1';
    await select(page, RELOCATE);
    await page.getByTestId('wb-move-target').selectOption(FUNCTION);
    await page.getByTestId('wb-move-submit').click();
    await node(page, FUNCTION).locator(`:scope > ul > li.wb-node[data-item="${RELOCATE}"]`).waitFor();
    expect(await node(page, TASK).locator(`li.wb-node[data-item="${RELOCATE}"]`).count()).toBe(0);

    // 5. A second methodologist changes the reworded skill through the API meanwhile.
    const second = await apiSession(served.baseUrl, SECOND.email, SECOND.password);
    const { items } = await second<{ items: Item[] }>('GET', `/v1/drafts/${draftId}/items?card=${CARD}`);
    const theirs = items.find((i) => i.id === REWORD);
    const secondText = 'Клиенттің әлеуметтік жағдайын кешенді бағалау';
    await second('POST', `/v1/drafts/${draftId}/edits`, {
      edits: [{ op: 'update', id: REWORD, revision: theirs?.revision, text: { kk: secondText } }],
    });
    await select(page, REWORD);
    await page.getByTestId('wb-text-kk').fill(`${reworded}!`);
    await page.getByTestId('wb-save').click();
    await page.getByTestId('wb-conflict').waitFor();
    // It names who changed the item (the seeded account's display name is its email's first part).
    expect(await page.getByTestId('wb-conflict').textContent()).toContain(
      'bolat changed this item after you opened it',
    );
    await page.getByTestId('wb-conflict-reload').click();
    await expect.poll(() => page.getByTestId('wb-text-kk').inputValue()).toBe(secondText);

    // 6. Everything is kept: read the page again.
    await page.reload();
    await node(page, TASK).waitFor();
    expect(await node(page, REWORD).locator(':scope > .wb-node-row .wb-text').textContent()).toContain(secondText);
    await node(page, REWORD).locator(':scope > .wb-node-row [data-state="changed"]').waitFor();
    await addedNode.locator('[data-state="new"]').waitFor();
    await node(page, DEPRECATE).locator(':scope > .wb-node-row [data-state="deprecated"]').waitFor();
    expect((await skillOrder(page)).indexOf(MOVE)).toBe(1);
    await node(page, FUNCTION).locator(`:scope > ul > li.wb-node[data-item="${RELOCATE}"]`).waitFor();
    expect(await page.getByTestId('wb-draft-title').textContent()).not.toBe('');
    // The draft's counts against the base: one new skill, the deprecated one.
    const { counts } = await second<{ counts: { new: number; deprecated: number } }>('GET', `/v1/drafts/${draftId}`);
    expect(counts.new).toBe(1);
    expect(counts.deprecated).toBeGreaterThanOrEqual(1);
    await expectNoSidewaysScroll(page, 'draft editor at 1280 px');
    expect(errors).toEqual([]);
    await context.close();

    // 7. Sent for review, the draft is read-only; at 360 px: the texts without controls, no sideways scroll.
    const author = await apiSession(served.baseUrl, FIRST.email, FIRST.password);
    const { revision } = await author<{ revision: number }>('GET', `/v1/drafts/${draftId}`);
    await author('POST', `/v1/drafts/${draftId}/submit`, { revision });
    const phone = await openPage(browser, { width: 360, height: 740 }, 'en');
    await signIn(phone.page, FIRST);
    await phone.page.goto(`${served.baseUrl}/workbench`);
    await phone.page.getByTestId('wb-drafts').waitFor();
    await expectNoSidewaysScroll(phone.page, 'workbench at 360 px');
    await phone.page.goto(`${served.baseUrl}/workbench/drafts/${draftId}?card=${CARD}&item=${MOVE}`);
    await phone.page.locator(`[data-testid="wb-editor"][data-item="${MOVE}"]`).waitFor();
    await phone.page.getByTestId('wb-readonly-note').waitFor();
    await phone.page.getByTestId('wb-readonly').waitFor();
    expect(await phone.page.getByTestId('wb-item-form').count()).toBe(0);
    expect(await phone.page.getByTestId('wb-actions').count()).toBe(0);
    await expectNoSidewaysScroll(phone.page, 'draft editor at 360 px');
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  it('tells a signed-in person without the methodologist role that the workbench is not theirs', async () => {
    const { context, page } = await openPage(browser, { width: 360, height: 740 }, 'en');
    await signIn(page, VISITOR);
    await page.goto(`${served.baseUrl}/workbench`);
    await page.getByTestId('wb-methodologists-only').waitFor();
    await page.getByTestId('account-menu').click();
    expect(await page.getByTestId('menu-workbench').count()).toBe(0);
    await context.close();
  });

  it('imports a file as a draft, and lists a refused file’s problems in the page’s language', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'kasip-wb-import-'));
    const broken = path.join(folder, 'broken.json');
    await writeFile(broken, '{ "format": "kasip.edition", ');
    // A Kasip JSON export of the published edition, as another Kasip would hand it over.
    const first = await apiSession(served.baseUrl, FIRST.email, FIRST.password);
    const [edition] = await first<{ id: string }[] | { editions: { id: string }[] }>('GET', '/v1/editions').then(
      (list) => (Array.isArray(list) ? list : list.editions),
    );
    const exported = await first<unknown>('GET', `/v1/editions/${edition?.id}/export`);
    const good = path.join(folder, 'order-262.json');
    await writeFile(good, JSON.stringify(exported));
    // Its official text, attached to the new draft so its texts cite it.
    const officialText = path.join(folder, 'order-262.kk.txt');
    const sourceText = (exported as { sourceText?: string }).sourceText ?? 'Әлеуметтік қызметкер';
    await writeFile(officialText, sourceText);

    const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 }, 'ru');
    await page.goto(`${served.baseUrl}/signin`);
    await page.getByLabel('Электронная почта').fill(FIRST.email);
    await page.getByLabel('Пароль', { exact: true }).fill(FIRST.password);
    await page.locator('main').getByRole('button', { name: 'Войти' }).click();
    await page.getByTestId('account-menu').waitFor();
    await page.goto(`${served.baseUrl}/workbench`);
    await page.getByTestId('wb-import-form').waitFor();

    await page.getByTestId('wb-import-file').setInputFiles(broken);
    await page.getByTestId('wb-import-submit').click();
    const problems = page.getByTestId('wb-import-problems');
    await problems.waitFor();
    // The importer's message in Russian, the page's language.
    expect(await problems.textContent()).toContain('JSON');
    expect(await problems.textContent()).toMatch(/[а-яё]/);

    await page.getByTestId('wb-import-file').setInputFiles(good);
    await page.locator('#wb-import-text').setInputFiles(officialText);
    await page.getByTestId('wb-import-submit').click();
    const done = page.getByTestId('wb-import-done');
    await done.waitFor({ timeout: 45_000 });
    expect(await done.getByTestId('wb-import-source').textContent()).toMatch(
      /^Официальный текст приложен: найдено текстов — \d+/,
    );
    await done.getByRole('link').click();
    await page.getByTestId('wb-items').waitFor();
    expect(await page.getByTestId('wb-status').getAttribute('data-status')).toBe('draft');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
