/**
 * Issue 14's "done when", in a real browser: two methodologists make the next edition of
 * Order 262.
 *
 * 1. The first drafts it from the current edition and, on card 2635-3-001 level 5, rewords
 *    skill s1, adds a skill and deprecates skill s10 in the items tab's editor
 *    (KASIP_E2E_EDITS_BY_API=1 makes them through the API instead, to tell the editor's faults
 *    from the review's),
 *    looks at the draft's checks and changes tabs, and sends it for review; approving is not
 *    offered to them, and the server refuses it.
 * 2. The second opens the Review tab and comments on the reworded skill; the first resolves the
 *    comment; the second approves.
 * 3. The second publishes from the Review tab's dialog, which lists the impact first (a
 *    programme built on the card and a certificate issued on it), then takes the order.
 * 4. The changes page then shows exactly those three changes: reworded, added, removed.
 * The review tab and the changes page are also checked at 360 px (no sideways scroll).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services/index.js';
import { seedUser } from '../support/accounts.js';
import { PASSWORD } from '../support/callers.js';
import { passedCandidate } from '../support/credential-fixtures.js';
import { createMethodologist } from '../support/methodologists.js';
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

warnWithoutChromium('the workbench authoring test');

const CARD_ID = '2635-3-001.5';
const TASK = `${CARD_ID}.f1.t1`;
const REWORDED_ID = `${TASK}.s1`;
const DEPRECATED_ID = `${TASK}.s10`;
const REWORDED =
  'Қиын өмірлік жағдайды еңсеру немесе оның туындауының алдын алу үшін мұқтаж адамға (отбасына) қажетті арнаулы әлеуметтік қызметтер көрсету жөніндегі шараларды ұйымдастыру және үйлестіру.';
const ADDED = 'Цифрлық құралдар арқылы алушылармен қашықтан кеңес өткізу.';
const FIRST = 'first.methodologist@standards.kz';
const SECOND = 'second.methodologist@standards.kz';
const DESIGNER: Person = {
  email: 'designer@college.kz',
  password: 'programme designer password 2024',
  name: 'Дәурен Асқарұлы',
};
/** true: the three edits go through the API; false: the test makes them in the items tab's editor (slice B1). */
const DRAFT_EDITS_BY_API = process.env.KASIP_E2E_EDITS_BY_API === '1';

type DraftItem = { id: string; kind: string; revision: number; text: { kk: string; ru?: string; en?: string } | null };
type Draft = { id: string; revision: number; status: string; baseEditionId: string | null };

let browser: Browser;
let served: Served;
let first: Api;
let draft: Draft;
let programmeId: string;
let certificateId: string;

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();

  // Downstream records on the card: a college's programme proposed from it (linking every
  // skill), and a certificate an assessment centre issued on it.
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  const { id: college } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Қарағанды әлеуметтік колледжі',
    kind: 'education-provider',
  });
  await invite(served, admin, college, DESIGNER, ['programme-designer']);
  const designer = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
  const proposal = await designer<object>(
    'GET',
    `/v1/orgs/${college}/programmes:propose?card=2635-3-001&level=5&type=upgrading-course&lang=kk`,
  );
  ({ id: programmeId } = await designer<{ id: string }>('POST', `/v1/orgs/${college}/programmes`, {
    content: proposal,
  }));
  const { id: centre } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Біліктілік орталығы',
    kind: 'assessment-centre',
  });
  const candidateId = await passedCandidate(served.database, centre);
  ({ id: certificateId } = await admin<{ id: string }>(
    'POST',
    `/v1/orgs/${centre}/candidates/${candidateId}/certificate`,
  ));

  // Two methodologists, made as the product makes them (an account granted the platform role).
  const services = createServices(served.database);
  await createMethodologist(services, FIRST);
  await createMethodologist(services, SECOND);
  first = await apiSession(served.baseUrl, FIRST, PASSWORD);

  // 1. The first drafts the next edition and makes the three edits.
  draft = await first<Draft>('POST', '/v1/drafts', { from: 'edition', edition: 'current' });
  if (DRAFT_EDITS_BY_API) await editThroughApi();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

/** Rewords s1, adds a skill to the task and deprecates s10, in one batch of the API. */
async function editThroughApi() {
  const { items } = await first<{ items: DraftItem[] }>('GET', `/v1/drafts/${draft.id}/items?card=${CARD_ID}`);
  const reworded = items.find((i) => i.id === REWORDED_ID);
  const deprecated = items.find((i) => i.id === DEPRECATED_ID);
  if (!reworded?.text || !deprecated) throw new Error('card 2635-3-001/5 changed shape');
  await first('POST', `/v1/drafts/${draft.id}/edits`, {
    edits: [
      { op: 'update', id: REWORDED_ID, revision: reworded.revision, text: { ...reworded.text, kk: REWORDED } },
      { op: 'add', kind: 'skill', parentId: TASK, text: { kk: ADDED } },
      { op: 'deprecate', id: DEPRECATED_ID, revision: deprecated.revision },
    ],
  });
}

/** The same three edits made by hand in the items tab's editor: pick the item, edit, save. */
async function editThroughItemsTab(page: Page) {
  const pick = async (itemId: string) => {
    await page.goto(`${served.baseUrl}/workbench/drafts/${draft.id}?item=${encodeURIComponent(itemId)}`);
    const editor = page.locator(`[data-testid="wb-editor"][data-item="${itemId}"]`);
    await editor.waitFor({ timeout: 30_000 });
    return editor;
  };
  const s1 = await pick(REWORDED_ID);
  await s1.getByTestId('wb-text-kk').fill(REWORDED);
  await s1.getByTestId('wb-save').click();
  await s1.getByTestId('wb-saved').waitFor();

  const task = await pick(TASK);
  await task.getByTestId('wb-add-child').click();
  const add = page.getByTestId('wb-add-dialog');
  await add.waitFor();
  if ((await add.getByTestId('wb-add-kind').count()) > 0) await add.getByTestId('wb-add-kind').selectOption('skill');
  await add.getByTestId('wb-text-kk').fill(ADDED);
  await add.getByTestId('wb-add-submit').click();
  await add.waitFor({ state: 'detached' });

  const s10 = await pick(DEPRECATED_ID);
  await s10.getByTestId('wb-deprecate').click();
  await page.getByTestId('wb-deprecate-confirm').click();
  await page.getByTestId('wb-deprecate-dialog').waitFor({ state: 'detached' });
  await expect
    .poll(async () => (await first<{ counts: Record<string, number> }>('GET', `/v1/drafts/${draft.id}`)).counts)
    .toMatchObject({ new: 1, changed: 1, deprecated: 1 });
}

async function openDraft(page: Page, tab: 'checks' | 'changes' | 'review') {
  await page.goto(`${served.baseUrl}/workbench/drafts/${draft.id}/${tab}`);
  await page.getByTestId(`${tab}-tab`).waitFor({ timeout: 30_000 });
}

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

/**
 * Serious and critical axe-core violations inside the elements `selector` matches (axe comes in
 * by the context's init script: the app's CSP refuses an inline script tag).
 */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
    const { violations } = await axe.run({ include: [[include]] }, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, selector);
}

const status = (page: Page) => page.getByTestId('review-status').getAttribute('data-status');

describe.skipIf(!hasChromium)('the methodologists’ workbench', () => {
  it('drafts, reviews, approves and publishes the next edition of Order 262; the changes page shows the three changes', async () => {
    // --- The first methodologist: the checks, the changes, then sends it for review.
    const one = await openPage(browser, { width: 1280, height: 900 }, 'kk');
    await one.context.addInitScript({ content: AXE_SOURCE });
    await signIn(one.page, served.baseUrl, FIRST, PASSWORD);
    if (!DRAFT_EDITS_BY_API) await editThroughItemsTab(one.page);
    await openDraft(one.page, 'checks');
    await one.page.getByTestId('checks-summary').waitFor();

    await openDraft(one.page, 'changes');
    const draftChanges = one.page.locator(
      '[data-testid="changes-tab"] [data-testid="change"]:not([data-item-kind="edition"])',
    );
    await draftChanges.first().waitFor({ timeout: 30_000 });
    expect(
      (
        await draftChanges.evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-kind')} ${e.getAttribute('data-item')}`),
        )
      ).sort(),
    ).toEqual(expect.arrayContaining([`reworded ${REWORDED_ID}`, `removed ${DEPRECATED_ID}`]));
    expect(await draftChanges.count()).toBe(3);

    await one.page.getByTestId('wb-tab-review').click();
    await one.page.getByTestId('review-tab').waitFor();
    await one.page.getByTestId('step-submit').click();
    await expect.poll(() => status(one.page)).toBe('in-review');
    expect(await axeViolations(one.page, '[data-testid="review-tab"]')).toEqual([]);
    // Approving is not offered to the one who made and submitted it; the server refuses it too.
    expect(await one.page.getByTestId('step-approve').count()).toBe(0);
    await one.page.getByTestId('approve-other').waitFor();
    const current = await first<Draft>('GET', `/v1/drafts/${draft.id}`);
    await expect(first('POST', `/v1/drafts/${draft.id}/approve`, { revision: current.revision })).rejects.toThrow(
      /→ 40[39]|→ 422/,
    );

    // --- The second methodologist comments on the reworded skill.
    const two = await openPage(browser, { width: 1280, height: 900 }, 'kk');
    await two.context.addInitScript({ content: AXE_SOURCE });
    await signIn(two.page, served.baseUrl, SECOND, PASSWORD);
    await openDraft(two.page, 'review');
    await two.page.getByTestId('comment-item').selectOption(REWORDED_ID);
    await two.page.getByTestId('comment-body').fill('«және үйлестіру» — бұйрықтың жобасымен келісілді ме?');
    await two.page.getByTestId('comment-submit').click();
    const comment = two.page.locator(`[data-testid="draft-comment"][data-item="${REWORDED_ID}"]`);
    await comment.waitFor();
    // An open comment holds approval back: the button is not offered until it is resolved.
    expect(await two.page.getByTestId('step-approve').count()).toBe(0);

    // --- The first resolves it.
    await openDraft(one.page, 'review');
    const theirs = one.page.locator(`[data-testid="draft-comment"][data-item="${REWORDED_ID}"]`);
    await theirs.getByTestId('comment-resolve').click();
    await one.page.getByTestId('comments-none').waitFor();

    // --- The second approves, then publishes: the impact first, then the order.
    await openDraft(two.page, 'review');
    await two.page.getByTestId('step-approve').click();
    await expect.poll(() => status(two.page)).toBe('approved');
    await two.page.getByTestId('step-publish').click();
    const dialog = two.page.getByTestId('publish-dialog');
    const impact = dialog.getByTestId('impact-list');
    await impact.waitFor({ timeout: 30_000 });
    const programme = impact.locator(
      `[data-testid="impact-entry"][data-kind="programme"][data-target="${programmeId}"]`,
    );
    expect(await programme.locator(`[data-item="${REWORDED_ID}"]`).getAttribute('data-change')).toBe('changed');
    expect(await programme.locator(`[data-item="${DEPRECATED_ID}"]`).getAttribute('data-change')).toBe('removed');
    await impact
      .locator(`[data-testid="impact-entry"][data-kind="certificate"][data-target="${certificateId}"]`)
      .waitFor();
    // The impact comes before the order's fields.
    const order = await dialog.evaluate((d) => {
      const list = d.querySelector('[data-testid="impact-list"]');
      const number = d.querySelector('[data-testid="publish-number"]');
      return list && number ? list.compareDocumentPosition(number) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await axeViolations(two.page, '[data-testid="publish-dialog"]')).toEqual([]);
    await dialog.getByTestId('publish-number').fill('15');
    await dialog.getByTestId('publish-date').fill('2026-11-20');
    await dialog.getByTestId('publish-reg-number').fill('35123');
    await dialog.getByTestId('publish-reg-date').fill('2026-11-25');
    await dialog.getByTestId('publish-in-force').fill('2026-12-06');
    await two.page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-publish-1280.png'), fullPage: true });
    await dialog.getByTestId('publish-confirm').click();
    const published = two.page.getByTestId('review-published');
    await published.waitFor({ timeout: 60_000 });
    await expect.poll(() => status(two.page)).toBe('published');

    // --- The changes page: exactly the three changes, old edition → new.
    await published.getByTestId('published-changes').click();
    await two.page.getByTestId('diff-summary').waitFor({ timeout: 30_000 });
    const changes = two.page.locator('[data-testid="change"]:not([data-item-kind="edition"])');
    const kinds = await changes.evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-kind')} ${e.getAttribute('data-item-kind')}`).sort(),
    );
    expect(kinds).toEqual(['added skill', 'removed skill', 'reworded skill']);
    expect(await two.page.locator('[data-kind="reworded"]').getAttribute('data-item')).toBe(REWORDED_ID);
    expect(await two.page.locator('[data-kind="removed"]').getAttribute('data-item')).toBe(DEPRECATED_ID);
    expect(await two.page.locator('[data-kind="added"] blockquote').textContent()).toBe(ADDED);
    expect(await two.page.locator('[data-kind="reworded"] ins').first().textContent()).toContain('үйлестіру');
    await two.page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-changes-1280.png'), fullPage: true });

    // The same page without ?from/&to compares the same pair (newest of the standard and the one before).
    await two.page.goto(`${served.baseUrl}/changes`);
    await two.page.getByTestId('diff-summary').waitFor({ timeout: 30_000 });
    expect(await two.page.locator('[data-testid="change"]:not([data-item-kind="edition"])').count()).toBe(3);

    // --- At 360 px: the review tab and the changes page fit the width.
    await two.page.setViewportSize({ width: 360, height: 740 });
    await openDraft(two.page, 'review');
    await expectNoSidewaysScroll(two.page, 'review tab at 360 px');
    await two.page.goto(`${served.baseUrl}/changes`);
    await two.page.getByTestId('diff-summary').waitFor({ timeout: 30_000 });
    await expectNoSidewaysScroll(two.page, 'changes page at 360 px');
    await two.page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-changes-360.png'), fullPage: true });

    expect(one.errors).toEqual([]);
    expect(two.errors).toEqual([]);
    await one.context.close();
    await two.context.close();
  }, 120_000);
  it('says a refused step in words: a stale page gets the 409 sentence and reads the draft again; sending back needs a comment', async () => {
    const next = await first<Draft>('POST', '/v1/drafts', { from: 'edition', edition: 'current' });
    const one = await openPage(browser, { width: 1280, height: 900 }, 'kk');
    await signIn(one.page, served.baseUrl, FIRST, PASSWORD);
    await one.page.goto(`${served.baseUrl}/workbench/drafts/${next.id}/review`);
    await one.page.getByTestId('step-submit').waitFor({ timeout: 30_000 });
    // Meanwhile the draft is sent for review elsewhere: the page's revision is stale.
    await first('POST', `/v1/drafts/${next.id}/submit`, { revision: next.revision });
    await one.page.getByTestId('step-submit').click();
    const refusal = one.page.getByTestId('wbr-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Сіз ашқаннан кейін біреу бұл жобаны өзгертті');
    await refusal.getByTestId('wbr-reload').click();
    await expect.poll(() => status(one.page)).toBe('in-review');

    const two = await openPage(browser, { width: 1280, height: 900 }, 'kk');
    await signIn(two.page, served.baseUrl, SECOND, PASSWORD);
    await two.page.goto(`${served.baseUrl}/workbench/drafts/${next.id}/review`);
    await two.page.getByTestId('step-return').click();
    const dialog = two.page.getByTestId('return-dialog');
    await dialog.getByTestId('return-confirm').click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Жобаның неге қайтарылатынын жазыңыз.');
    expect(await status(two.page)).toBe('in-review');
    await dialog.getByTestId('return-comment').fill('Еңбек функцияларының атауларын бұйрықпен салыстырыңыз.');
    await dialog.getByTestId('return-confirm').click();
    await expect.poll(() => status(two.page)).toBe('draft');

    expect(one.errors).toEqual([]);
    expect(two.errors).toEqual([]);
    await one.context.close();
    await two.context.close();
  }, 60_000);
});
