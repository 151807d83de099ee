/**
 * The programme page's coverage tab, actions and history in a real browser, in Kazakh. A
 * designer's programme is proposed from card 3412-0-008 level 4 and saved through the API with
 * the links to three skills removed; the page must then say three skills are uncovered, mark
 * those rows, show exactly them under the "uncovered" filter, list them when "Mark final" is
 * refused, take a written exception for one, show the revisions and restore the first, and mark
 * the programme final once every uncovered skill has an exception. At 360 px the page does not scroll sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { apiSession, expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import {
  type Served,
  SCREENSHOTS,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { ADMIN, type Api, type Person, invite, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the programme coverage tests');

const DESIGNER: Person = {
  email: 'designer@college.kz',
  password: 'programme designer password 2024',
  name: 'Әлия Нұрланқызы',
};
const REASON = 'Бұл білік жұмыс орнында тәлімгердің басшылығымен меңгеріледі.';

type Content = {
  modules: { id: string; outcomes: { id: string; itemIds: string[] }[] }[];
  exceptions: { itemId: string; reason: string }[];
  [key: string]: unknown;
};
type Programme = { id: string; version: number; status: string; content: Content };

let browser: Browser;
let served: Served;
let orgId: string;
let designer: Api;
let programme: Programme;
/** The three skills whose links were removed, in the card's order. */
let removed: string[] = [];

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Астана әлеуметтік колледжі',
    kind: 'education-provider',
  }));
  await invite(served, admin, orgId, DESIGNER, ['programme-designer']);
  designer = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);

  const proposal = await designer<Content>(
    'GET',
    `/v1/orgs/${orgId}/programmes:propose?card=3412-0-008&level=4&type=tvet-modular&lang=kk`,
  );
  const created = await designer<Programme>('POST', `/v1/orgs/${orgId}/programmes`, { content: proposal });

  // The first three skills the proposal links (skill ids end in .sN), unlinked everywhere.
  const linked = [...new Set(proposal.modules.flatMap((m) => m.outcomes.flatMap((o) => o.itemIds)))];
  removed = linked.filter((id) => /\.s\d+$/.test(id)).slice(0, 3);
  expect(removed).toHaveLength(3);
  const content: Content = {
    ...created.content,
    modules: created.content.modules.map((m) => ({
      ...m,
      outcomes: m.outcomes.map((o) => ({ ...o, itemIds: o.itemIds.filter((id) => !removed.includes(id)) })),
    })),
  };
  programme = await designer<Programme>('PUT', `/v1/orgs/${orgId}/programmes/${created.id}`, {
    version: created.version,
    content,
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

async function open(viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, viewport, 'kk');
  await signIn(opened.page, served.baseUrl, DESIGNER.email, DESIGNER.password);
  return opened;
}

const matrixRows = (page: Page) => page.getByTestId('coverage-matrix').locator('tbody tr[data-item]');

async function shownItems(page: Page): Promise<string[]> {
  return matrixRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item') ?? ''));
}

describe.skipIf(!hasChromium)('the programme coverage tab', () => {
  it('says three skills are uncovered, filters them, lists them when finalising is refused, and takes an exception', async () => {
    const { context, page, errors } = await open();
    const base = `${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}`;
    await page.goto(`${base}/coverage`);

    // The summary, in words.
    const summary = page.getByTestId('coverage-summary-text');
    await summary.waitFor({ timeout: 30_000 }).catch(async (e) => {
      console.log(errors, await page.locator('main').textContent());
      throw e;
    });
    expect(await summary.getAttribute('data-uncovered-skills')).toBe('3');
    expect(await summary.textContent()).toContain('Қамтылмаған: 3 білік және 0 білім');

    // The three rows say uncovered, in the status column's words.
    for (const id of removed) {
      const row = page.locator(`tr[data-item="${id}"]`);
      expect(await row.getAttribute('data-status'), id).toBe('uncovered');
      expect(await row.locator('.prog-status-word').textContent(), id).toBe('Қамтылмаған');
    }
    const all = (await shownItems(page)).length;
    expect(all).toBeGreaterThan(3);

    // The filter shows exactly them, and says so in the address.
    await page.getByRole('radio', { name: /Қамтылмағандар/ }).check();
    await page.waitForURL(/show=uncovered/);
    expect(await shownItems(page)).toEqual(removed);

    // "Mark final" is refused, naming the three.
    await page.getByTestId('programme-finalise').click();
    const blockers = page.getByTestId('finalise-blockers');
    await blockers.waitFor();
    const named = await blockers
      .locator('li[data-item]')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-item')));
    expect(named).toEqual(removed);
    await page.screenshot({ path: `${SCREENSHOTS}/programme-coverage-refused.png`, fullPage: true });
    expect(await page.getByTestId('prog-status').getAttribute('data-status')).toBe('draft');

    // An exception with a written reason for the first one.
    const first = removed[0] as string;
    await page.locator(`tr[data-item="${first}"]`).getByTestId('exception-add').click();
    const dialog = page.getByTestId('exception-dialog');
    await dialog.getByLabel('Негіздемесі').fill(REASON);
    await page.screenshot({ path: `${SCREENSHOTS}/programme-coverage-exception.png` });
    await dialog.getByTestId('exception-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="coverage-summary-text"]')?.getAttribute('data-uncovered-skills') === '2',
    );
    // Still filtered to the uncovered: the excepted one has left the list.
    expect(await shownItems(page)).toEqual(removed.slice(1));
    // The refusal belonged to the version before; it is gone.
    expect(await blockers.count()).toBe(0);
    await page.getByRole('radio', { name: /Ерекшеліктер/ }).check();
    expect(await shownItems(page)).toEqual([first]);
    const excepted = page.locator(`tr[data-item="${first}"]`);
    expect(await excepted.getAttribute('data-status')).toBe('excepted');
    expect(await excepted.textContent()).toContain(REASON);

    // The server kept it.
    const saved = await designer<Programme>('GET', `/v1/orgs/${orgId}/programmes/${programme.id}`);
    expect(saved.content.exceptions).toEqual([{ itemId: first, reason: REASON }]);
    expect(saved.version).toBe(programme.version + 1);

    // The history: created, links removed, exception added; newest first.
    await page.getByTestId('prog-tab-history').click();
    const revisions = page.getByTestId('revision');
    await revisions.first().waitFor();
    const versions = await revisions.evaluateAll((li) => li.map((l) => Number(l.getAttribute('data-version'))));
    expect(versions).toEqual([3, 2, 1]);
    expect(await revisions.first().textContent()).toContain(DESIGNER.name);
    // What each save changed, told in Kazakh (the server stores English phrases).
    expect(await revisions.first().locator('.prog-history-summary').textContent()).toContain('ерекшелік қосылды');
    expect(await revisions.nth(1).locator('.prog-history-summary').textContent()).toContain('алынған байланыстар: 3');
    await revisions.last().getByTestId('revision-view-toggle').click();
    const view = revisions.last().getByTestId('revision-view');
    await view.waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/programme-history.png`, fullPage: true });
    // Version 1 still linked the first removed skill.
    expect(await view.textContent()).toContain(first);

    // Restoring version 1 saves its document as version 4: the links are back, the exception gone.
    await revisions.last().getByTestId('revision-restore').click();
    const question = page.getByTestId('revision-restore-dialog');
    await question.waitFor();
    expect(await question.textContent()).toContain('4-нұсқа');
    await page.getByTestId('revision-restore-yes').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="revision"]').length === 4);
    expect(await page.getByTestId('prog-version').textContent()).toContain('4');
    const restored = await designer<Programme>('GET', `/v1/orgs/${orgId}/programmes/${programme.id}`);
    expect(restored.version).toBe(4);
    expect(restored.content.exceptions).toEqual([]);
    const relinked = restored.content.modules.flatMap((m) => m.outcomes.flatMap((o) => o.itemIds));
    expect(removed.every((id) => relinked.includes(id))).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the programme final once every uncovered skill has an exception, and reopens it', async () => {
    const current = await designer<Programme>('GET', `/v1/orgs/${orgId}/programmes/${programme.id}`);
    const exceptions = removed.map((itemId) => ({ itemId, reason: REASON }));
    // The three skills unlinked again (the first test restored them), each with a written reason.
    const modules = current.content.modules.map((m) => ({
      ...m,
      outcomes: m.outcomes.map((o) => ({ ...o, itemIds: o.itemIds.filter((id) => !removed.includes(id)) })),
    }));
    await designer<Programme>('PUT', `/v1/orgs/${orgId}/programmes/${programme.id}`, {
      version: current.version,
      content: { ...current.content, modules, exceptions },
    });
    const { context, page, errors } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}/coverage`);
    await page.getByTestId('coverage-summary-text').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('coverage-summary-text').getAttribute('data-uncovered-skills')).toBe('0');
    for (const id of removed)
      expect(await page.locator(`tr[data-item="${id}"]`).getAttribute('data-status')).toBe('excepted');
    await page.getByTestId('programme-finalise').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="prog-status"]')?.getAttribute('data-status') === 'final',
    );
    // A final programme's exceptions are read-only.
    expect(await page.getByTestId('exception-remove').count()).toBe(0);

    await page.getByTestId('programme-reopen').click();
    const dialog = page.getByTestId('programme-reopen-dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('prog-status').getAttribute('data-status')).toBe('final');
    await page.getByTestId('programme-reopen').click();
    await page.getByTestId('programme-reopen-yes').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="prog-status"]')?.getAttribute('data-status') === 'draft',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the exports as links to their exact paths, each answering its file', async () => {
    const { context, page } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}/coverage`);
    const menu = page.getByTestId('prog-downloads');
    await menu.locator('summary').click();
    const hrefs = await menu.locator('a[download]').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    const base = `/api/v1/orgs/${orgId}/programmes/${programme.id}`;
    expect(hrefs).toEqual([
      `${base}/programme.docx?lang=kk`,
      `${base}/programme.docx?lang=ru`,
      `${base}/programme.pdf?lang=kk`,
      `${base}/programme.pdf?lang=ru`,
      `${base}/coverage.xlsx`,
      `${base}/moodle-competencies.csv`,
      `${base}/case-associations.json`,
    ]);
    // Each link answers its file with the session's cookie; the DOCX downloads from the menu.
    for (const href of hrefs) {
      const res = await page.request.get(`${served.baseUrl}${href}`);
      expect(res.status(), href ?? '').toBe(200);
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByTestId('prog-download-programme-docx-kk').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await context.close();
  });

  it('asks to save the edits of the modules tab first, and prints the matrix without its buttons', async () => {
    const { context, page, errors } = await open();
    const base = `${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}`;
    await page.goto(base);
    const title = page.getByLabel('Бағдарлама атауы');
    await title.waitFor({ timeout: 30_000 });
    await title.fill('Әлеуметтік қызметкер: өзгертілген атау');
    await page.getByTestId('prog-tab-coverage').click();
    await page.getByTestId('coverage-matrix').waitFor();

    await page.getByTestId('programme-finalise').click();
    await page.getByTestId('prog-save-first').waitFor();
    expect(await page.getByTestId('prog-status').getAttribute('data-status')).toBe('draft');
    await page.getByTestId('programme-archive').click();
    const archive = page.getByTestId('programme-archive-dialog');
    expect(await archive.getByTestId('prog-save-first').count()).toBe(1);
    expect(await page.getByTestId('programme-archive-yes').count()).toBe(0);
    await page.keyboard.press('Escape');
    await archive.waitFor({ state: 'detached' });
    const saved = await designer<Programme>('GET', `/v1/orgs/${orgId}/programmes/${programme.id}`);
    expect(saved.status).toBe('draft');

    // Printed: the matrix whole (no scrolling box), no buttons or filters.
    await page.emulateMedia({ media: 'print' });
    const box = page.getByTestId('coverage-matrix-box');
    expect(await box.evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
    expect(await page.getByTestId('programme-actions').isVisible()).toBe(false);
    expect(await page.getByTestId('coverage-filter').isVisible()).toBe(false);
    expect(await page.getByTestId('exception-remove').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not scroll sideways at 360 px: the matrix scrolls in its own box', async () => {
    const { context, page, errors } = await open({ width: 360, height: 740 });
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}/coverage`);
    await page.getByTestId('coverage-matrix').waitFor({ timeout: 30_000 });
    await expectNoSidewaysScroll(page, 'coverage tab at 360 px').catch(async (e) => {
      // What sticks out, named (an absolutely placed element escapes a scrolling box that is not its containing block).
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .filter(
            (el) => getComputedStyle(el).position === 'absolute' || !el.closest('[data-testid="coverage-matrix"]'),
          )
          .slice(0, 8)
          .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
      );
      console.log('wider than the page:', wide);
      throw e;
    });
    const box = page.getByTestId('coverage-matrix-box');
    const wider = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(wider).toBe(true);
    // The item column stays in view while the matrix is scrolled to its right end.
    await box.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const item = page.locator('tbody tr[data-item] th.prog-matrix-item').first();
    const left = await item.evaluate((el) => el.getBoundingClientRect().left);
    const boxLeft = await box.evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(left - boxLeft)).toBeLessThan(3);
    await page.screenshot({ path: `${SCREENSHOTS}/programme-coverage-360.png`, fullPage: false });
    await page.getByTestId('prog-tab-history').click();
    await page.getByTestId('revision').first().waitFor();
    await expectNoSidewaysScroll(page, 'history tab at 360 px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
