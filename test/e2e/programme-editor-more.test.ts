/**
 * More of the programme editor in a real browser, in Kazakh: a programme on two cards, whose
 * picker switches between them with the card selector and links an item of the second; a final
 * programme shown read-only with its banner; a programme that is not there (or not yours).
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
import { ADMIN, type Api, type Person, invite, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the programme editor tests');

const DESIGNER: Person = {
  email: 'reader@college.kz',
  password: 'designer password 2026',
  name: 'Дәурен Қайратұлы',
};

type Card = { code: string; level: number; editionId: string };
type Content = { cards: Card[] } & Record<string, unknown>;
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
    name: 'Павлодар жоғары колледжі',
    kind: 'education-provider',
  }));
  await invite(served, admin, orgId, DESIGNER, ['programme-designer']);
  designer = await apiSession(served.baseUrl, DESIGNER.email, DESIGNER.password);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

describe.skipIf(!hasChromium)('the programme editor, more', () => {
  it('picks items of a second card through the card selector', async () => {
    const content = await designer<Content>(
      'GET',
      `/v1/orgs/${orgId}/programmes:propose?card=3412-0-008&level=4&type=tvet-modular&lang=kk`,
    );
    const [card] = content.cards;
    if (!card) throw new Error('the proposal names no card');
    content.cards.push({ ...card, code: '2635-3-001', level: 5 });
    const programme = await designer<Programme>('POST', `/v1/orgs/${orgId}/programmes`, { content });
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}`);
    const outcome = page.getByTestId('prog-outcome').first();
    await outcome.getByTestId('outcome-link-items').click();
    const picker = page.getByTestId('item-picker');
    await picker.getByTestId('picker-item').first().waitFor();
    expect(await picker.getByTestId('picker-item').first().getAttribute('data-item-id')).toMatch(/^3412-0-008\.4\./);
    await picker.getByLabel('Кәсіби стандарт карточкасы').selectOption('2635-3-001/5');
    const other = picker.locator('[data-testid="picker-item"][data-item-id^="2635-3-001.5."]').first();
    await other.waitFor();
    // A task's items chosen all at once, and none again.
    const chosen = picker.locator('.prog-picker-foot [role="status"]');
    await picker.getByTestId('picker-group-toggle').first().click();
    expect(await chosen.textContent()).not.toBe('0 элемент таңдалды');
    await picker.getByTestId('picker-group-toggle').first().click();
    expect(await chosen.textContent()).toBe('0 элемент таңдалды');
    const id = await other.getAttribute('data-item-id');
    await other.locator('input[type="checkbox"]').check();
    await picker.getByTestId('picker-apply').click();
    const linked = outcome.locator(`[data-testid="linked-item"][data-item-id="${id}"]`);
    expect(await linked.count()).toBe(1);
    // Its official text is there, not the "no such item" note.
    expect(await linked.textContent()).not.toContain('мұндай элемент жоқ');
    await expectNoSidewaysScroll(page, 'two cards at 360 px');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a final programme read-only, with the reason', async () => {
    const content = await designer<Content>(
      'GET',
      `/v1/orgs/${orgId}/programmes:propose?card=3412-0-008&level=4&type=tvet-modular&lang=kk`,
    );
    const programme = await designer<Programme>('POST', `/v1/orgs/${orgId}/programmes`, { content });
    // The proposal links every item of the card, so nothing keeps it from being final.
    await designer('POST', `/v1/orgs/${orgId}/programmes/${programme.id}/finalise`, { version: programme.version });
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/${programme.id}`);
    await page.getByTestId('prog-readonly').waitFor();
    expect(await page.getByTestId('prog-status').getAttribute('data-status')).toBe('final');
    expect(await page.getByTestId('prog-save').count()).toBe(0);
    expect(await page.getByTestId('prog-add-module').count()).toBe(0);
    expect(await page.getByTestId('module-theory').first().isDisabled()).toBe(true);
    expect(await page.getByTestId('outcome-text').first().isDisabled()).toBe(true);
    expect(await page.getByTestId('outcome-link-items').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says plainly when the programme is not there', async () => {
    const { context, page } = await openPage(browser, undefined, 'kk');
    await signIn(page, served.baseUrl, DESIGNER.email, DESIGNER.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/programmes/00000000-0000-4000-8000-000000000000`);
    await page.getByTestId('prog-not-found').waitFor();
    await context.close();
  });
});
