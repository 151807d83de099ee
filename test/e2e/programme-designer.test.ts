/**
 * The "done when", in a real browser: a programme designer at a college, working in
 * English, creates a TVET programme from card 3412-0-008 level 4 (the card's proposal), takes
 * three skills out of the proposed outcome because the college teaches them on placement, and
 * sees those three skills uncovered; "Mark final" is refused naming them. The designer adds a
 * practice module whose outcome covers them, marks the programme final, and downloads the DOCX.
 * The test opens the DOCX, reads its text, and finds the three skills, in their official Kazakh
 * text, in the coverage matrix with the practice module's mark. Every write is in the audit trail.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { unzip } from '../support/programme-export-fixture.js';
import { apiSession, expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { ADMIN, type Api, type Person, invite } from './support/hr-helpers.js';

warnWithoutChromium('the programme designer test');

const DESIGNER: Person = {
  email: 'designer@college.kz',
  password: 'designer password 2026',
  name: 'Dana Seitkali',
};

type CardDetail = { card: { labourFunctions: { tasks: { skills: { id: string; kk: string }[] }[] }[] } };
type Programme = { id: string; status: string; content: { modules: { outcomes: { itemIds: string[] }[] }[] } };

let browser: Browser;
let served: Served;
let orgId: string;
let admin: Api;

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Karaganda Social College',
    kind: 'education-provider',
  }));
  await invite(served, admin, orgId, DESIGNER, ['programme-designer']);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

async function signInEnglish(page: Page) {
  await page.goto(`${served.baseUrl}/signin`);
  await page.getByLabel('Email').fill(DESIGNER.email);
  await page.getByLabel('Password', { exact: true }).fill(DESIGNER.password);
  await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-menu').waitFor();
}

/** The paragraphs of a DOCX's body, as Word shows them. */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = unzip(bytes).get('word/document.xml')?.toString('utf8') ?? '';
  const xmlUnescape = (s: string) =>
    s
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    xmlUnescape([...(p[0] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join('')),
  );
}

describe.skipIf(!hasChromium)('the programme designer', () => {
  it('creates a TVET programme from 3412-0-008/4, covers three uncovered skills with a practice module, marks it final and downloads the DOCX', async () => {
    const designer = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
    const { card } = await designer<CardDetail>('GET', '/v1/cards/3412-0-008/4');
    const skills = card.labourFunctions.flatMap((f) => f.tasks.flatMap((task) => task.skills));
    // The last three skills of the card: the college teaches them on placement.
    const placement = skills.slice(-3);
    expect(placement).toHaveLength(3);

    const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 }, 'en');
    await signInEnglish(page);

    // From the organisation's page to a new programme proposed from the card.
    await page.goto(`${served.baseUrl}/orgs/${orgId}`);
    await page.getByTestId('programmes-link').click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await page.getByRole('link', { name: 'New programme' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();
    await page.getByLabel('Professional standard card').selectOption('3412-0-008/4');
    await page.getByTestId('new-type').selectOption('tvet-modular');
    await page.getByTestId('new-lang').selectOption('kk');
    await page.getByTestId('new-volume').fill('720');
    await page.getByTestId('start-propose').check();
    await page.getByTestId('new-submit').click();
    await page.getByTestId('prog-preview').waitFor();
    await page.getByTestId('create-programme').click();
    await page.getByTestId('prog-editor').waitFor();
    const programmeId = /\/programmes\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(programmeId).not.toBe('');
    expect(await page.getByTestId('prog-status').getAttribute('data-status')).toBe('draft');

    // The proposal covers every skill; the designer unlinks the three placement skills and sets the hours.
    const module1 = page.getByTestId('prog-module').first();
    await module1.getByTestId('module-theory').fill('180');
    await module1.getByTestId('module-practice').fill('360');
    const outcome1 = module1.getByTestId('prog-outcome').first();
    if (await outcome1.getByTestId('linked-toggle').isVisible()) await outcome1.getByTestId('linked-toggle').click();
    for (const s of placement)
      await outcome1
        .locator(`[data-testid="linked-item"][data-item-id="${s.id}"]`)
        .getByTestId('linked-item-remove')
        .click();
    await page.getByTestId('prog-save').click();
    await expect.poll(() => page.getByTestId('prog-save-status').textContent()).toContain('saved');

    // The coverage tab: three skills uncovered, and exactly those three under the "uncovered" filter.
    await page.getByTestId('prog-tab-coverage').click();
    const summary = page.getByTestId('coverage-summary-text');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('3 skills and 0 knowledge items uncovered');
    await page.getByTestId('coverage-filter').locator('input[value="uncovered"]').check();
    const shown = await page
      .getByTestId('coverage-matrix')
      .locator('tbody tr[data-item]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item')));
    expect(shown.sort()).toEqual(placement.map((s) => s.id).sort());

    // "Mark final" is refused, naming the three.
    await page.getByTestId('programme-finalise').click();
    const blockers = page.getByTestId('finalise-blockers');
    await blockers.waitFor();
    for (const s of placement) expect(await blockers.textContent()).toContain(s.id);

    // A practice module whose outcome develops the three skills.
    await page.getByTestId('prog-tab-modules').click();
    await page.getByTestId('prog-add-module').click();
    const practice = page.getByTestId('prog-module').last();
    await practice.getByTestId('module-name').fill('Production practice at a social services centre');
    await practice.getByTestId('module-kind').selectOption('practice');
    await practice.getByTestId('module-practice').fill('180');
    await practice.getByTestId('outcome-add').click();
    const outcome = practice.getByTestId('prog-outcome').last();
    await outcome.getByTestId('outcome-text').fill('Performs home-care services under a mentor');
    await outcome.getByTestId('outcome-method').selectOption('observation');
    await outcome.getByTestId('outcome-link-items').click();
    const picker = page.getByTestId('item-picker');
    await picker.getByTestId('picker-item').first().waitFor();
    for (const s of placement) await picker.locator(`[data-item-id="${s.id}"] input[type="checkbox"]`).check();
    await picker.getByTestId('picker-apply').click();
    await picker.waitFor({ state: 'detached' });
    await page.getByTestId('prog-save').click();
    await expect.poll(() => page.getByTestId('prog-save-status').textContent()).toContain('saved');

    // Nothing is uncovered now; the programme is marked final.
    await page.getByTestId('prog-tab-coverage').click();
    await expect
      .poll(() => page.getByTestId('coverage-summary-text').textContent())
      .toContain('0 skills and 0 knowledge items uncovered');
    await page.getByTestId('programme-finalise').click();
    await expect.poll(() => page.getByTestId('prog-status').getAttribute('data-status')).toBe('final');
    await expectNoSidewaysScroll(page, 'the final programme');

    // The DOCX, in Kazakh, from the downloads menu.
    await page.getByTestId('prog-downloads').locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('prog-download-programme-docx-kk').click(),
    ]);
    const file = await download.path();
    const paragraphs = docxParagraphs(new Uint8Array(await readFile(file)));
    const matrixAt = paragraphs.findIndex((p) => p.startsWith('3. Кәсіп карточкасын'));
    expect(matrixAt, 'the DOCX has its coverage matrix').toBeGreaterThan(0);
    const matrix = paragraphs.slice(matrixAt).join('\n');
    for (const s of skills) expect(matrix).toContain(`${s.id} (дағды) ${s.kk}`);
    // The practice module heads a column of the matrix; the draft stamp is gone.
    expect(matrix).toContain('КМ 02');
    expect(paragraphs.slice(0, 5)).not.toContain('ЖОБА');

    // The stored programme agrees, and every write is in the audit trail.
    const stored = await designer<Programme>('GET', `/v1/orgs/${orgId}/programmes/${programmeId}`);
    expect(stored.status).toBe('final');
    expect(stored.content.modules[1]?.outcomes[0]?.itemIds.sort()).toEqual(placement.map((s) => s.id).sort());
    const audit = await admin<{ events: { event: string; target: { id: string | null } }[] }>(
      'GET',
      `/v1/orgs/${orgId}/audit?limit=50`,
    );
    const mine = audit.events.filter((e) => e.target.id === programmeId).map((e) => e.event);
    expect(mine.sort()).toEqual(['programme.created', 'programme.finalised', 'programme.saved', 'programme.saved']);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
