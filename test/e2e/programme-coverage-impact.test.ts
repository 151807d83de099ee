/**
 * The programme page's impact tab in a real browser, in Kazakh: a programme is built on the
 * bundled edition, then a later edition is stored in which one skill of 3412-0-008/4 is
 * reworded, one removed and one added. The tab shows the reworded skill word by word, the
 * removed one struck through, the added one as unlinked; "Move to the current edition" lists the
 * link it will drop, and after it the programme is up to date and the added skill is uncovered.
 * A programme on a card the new edition dropped is told to take the card out instead.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/standard/edition.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import { seedUser } from '../support/accounts.js';
import { BUNDLED_EDITION } from '../support/paths.js';
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

warnWithoutChromium('the programme impact tests');

const CARD = '3412-0-008';
const GONE_CARD = '2635-3-001';
const S = (n: number) => `${CARD}.4.f1.t1.s${n}`;
const REWORDED = 'Қызмет көрсету аймағындағы көмекке мұқтаж азаматтарды анықтайды.';
const ADDED = 'Әлеуметтік қызметтердің сапасын бағалауға қатысады.';
const NEXT_EDITION = 'order-262-2023-amended';
const DESIGNER: Person = {
  email: 'designer@college.kz',
  password: 'programme designer password 2024',
  name: 'Дәурен Асқарұлы',
};

/** The bundled edition copied as a later one: S1 reworded, S16 removed, S17 added, card 2635-3-001/5 dropped. */
function amended(base: Edition): Edition {
  const copy = structuredClone(base);
  copy.meta.id = NEXT_EDITION;
  copy.meta.order.date = '2024-06-01';
  const gone = (c: { code: string; level: number }) => c.code === GONE_CARD && c.level === 5;
  copy.cards = copy.cards.filter((c) => !gone({ code: c.code.value, level: c.level.value }));
  for (const p of copy.professions) {
    p.cards = p.cards.filter((c) => !gone(c));
    p.levels = p.levels.filter((l) => p.cards.some((c) => c.level === l));
  }
  const task = copy.cards.find((c) => c.code.value === CARD && c.level.value === 4)?.labourFunctions[0]?.tasks[0];
  const first = task?.skills[0];
  if (!task || !first || !task.skills.some((s) => s.id === S(16))) throw new Error('the bundled card changed shape');
  first.kk = REWORDED;
  task.skills = task.skills.filter((s) => s.id !== S(16));
  task.skills.push({ ...first, id: S(17), number: '17', kk: ADDED });
  return copy;
}

type Programme = { id: string; version: number; status: string; content: { cards: { editionId: string }[] } };

let browser: Browser;
let served: Served;
let orgId: string;
let designer: Api;
let programme: Programme;
/** Built on the card the later edition drops. */
let orphan: Programme;
let original = '';

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
  const proposal = await designer<object>(
    'GET',
    `/v1/orgs/${orgId}/programmes:propose?card=${CARD}&level=4&type=tvet-modular&lang=kk`,
  );
  programme = await designer<Programme>('POST', `/v1/orgs/${orgId}/programmes`, { content: proposal });
  const other = await designer<object>(
    'GET',
    `/v1/orgs/${orgId}/programmes:propose?card=${GONE_CARD}&level=5&type=upgrading-course&lang=ru`,
  );
  orphan = await designer<Programme>('POST', `/v1/orgs/${orgId}/programmes`, { content: other });

  // The later edition, stored next to the bundled one through the same database.
  const base = await readEdition(BUNDLED_EDITION);
  original = base.cards.find((c) => c.code.value === CARD && c.level.value === 4)?.labourFunctions[0]?.tasks[0]
    ?.skills[0]?.kk as string;
  await createServices(served.database).editions.load(amended(base));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

describe.skipIf(!hasChromium)('the programme impact tab', () => {
  it('shows the changed, removed and added skills, and moves the programme to the current edition', async () => {
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}/impact`);
    const tab = page.getByTestId('impact-tab');
    await tab.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('impact-up-to-date').count()).toBe(0);
    expect(await page.getByTestId('impact-cards').textContent()).toContain(programme.content.cards[0]?.editionId);

    // The reworded skill, word by word; the removed one, struck through.
    const changed = page.locator(`[data-testid="impact-links"] li[data-change="changed"]`);
    expect(await changed.count()).toBeGreaterThan(0);
    const diff = changed.first().getByTestId('word-diff');
    expect(await diff.locator('ins').count()).toBeGreaterThan(0);
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
    expect(await changed.first().textContent()).toContain(S(1));
    // Words of the official text the outcome was linked to, struck out ("тұратын" is not in the new one).
    expect(original).toContain('тұратын');
    expect((await diff.locator('del').allTextContents()).join(' ')).toContain('тұратын');
    const removed = page.locator(`[data-testid="impact-links"] li[data-change="removed"]`);
    expect(await removed.first().textContent()).toContain(S(16));
    expect(await page.getByTestId('impact-added').textContent()).toContain(ADDED);
    await expectNoSidewaysScroll(page, 'impact tab at 360 px');
    await page.screenshot({ path: `${SCREENSHOTS}/programme-impact-360.png`, fullPage: true });

    // The rebase asks first, naming the link it drops.
    await page.getByTestId('impact-rebase').click();
    const dialog = page.getByTestId('impact-rebase-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(S(16));
    await page.getByTestId('impact-rebase-yes').click();
    await page.getByTestId('impact-up-to-date').waitFor();
    expect(await page.getByTestId('impact-up-to-date').textContent()).toContain(NEXT_EDITION);
    expect(await page.getByTestId('impact-rebased').textContent()).toContain(S(16));

    const after = await designer<Programme>('GET', `/v1/orgs/${orgId}/programmes/${programme.id}`);
    expect(after.content.cards[0]?.editionId).toBe(NEXT_EDITION);
    expect(after.version).toBeGreaterThan(programme.version);
    expect(after.status).toBe('draft');

    // The added skill is now an item of the programme's card, and nothing links it.
    await page.getByTestId('prog-tab-coverage').click();
    await page.getByTestId('coverage-matrix').waitFor();
    expect(await page.locator(`tr[data-item="${S(17)}"]`).getAttribute('data-status')).toBe('uncovered');
    expect(await page.locator(`tr[data-item="${S(16)}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells a programme whose card the new edition dropped to take the card out, and offers no move', async () => {
    const { context, page, errors } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${orphan.id}/impact`);
    const notice = page.getByTestId('impact-card-gone');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain(`${GONE_CARD}/5`);
    expect(await page.getByTestId('impact-rebase').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
