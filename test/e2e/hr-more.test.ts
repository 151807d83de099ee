/**
 * More of the HR register in a real browser: the import's mapping editor for a header Kasip does
 * not know, two tabs saving the same person (409, then Reload), a plan from a self-assessment file
 * whose finished item lands in the record, the dashboard's heat map and counts, an appeal (with the
 * server's own Kazakh sentence for a wrong date) and a cancelled attestation, and deleting a person.
 * The people are set up over the API; what is tested is driven through the pages.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, openPage } from './support/account-helpers.js';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { type Api, HR, hrOrganisation, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the HR register tests (more)');

const CARD = { code: '2635-3-001', level: 5 };
const ATTESTED_ON = '2025-01-10';

let browser: Browser;
let served: Served;
let orgId: string;
let dir: string;
let hr: Api;
/** The people: one to edit and plan for, one attested, one to delete. */
const ids = { edited: '', attested: '', removed: '' };
let ratingsFile = '';

type Detail = { id: string; version: number };

const record = (personnelNo: string, fullName: string) => ({
  personnelNo,
  fullName,
  position: { title: 'Әлеуметтік жұмыс жөніндегі маман', cardCode: CARD.code, level: CARD.level, since: '2020-07-04' },
  education: { level: 'higher', field: 'social' },
  experience: [{ from: '2020-07-04', category: 'none' }],
  leave: [],
});

async function open() {
  const opened = await openPage(browser, undefined, 'kk');
  await signIn(opened.page, served.baseUrl, HR.email, HR.password);
  return opened;
}

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  dir = await mkdtemp(path.join(tmpdir(), 'kasip-hr-more-'));
  ({ orgId } = await hrOrganisation(served, [{ who: HR, roles: ['hr-officer'] }]));
  hr = await apiSession(served.baseUrl, HR.email, HR.password);
  const add = async (no: string, name: string) =>
    (await hr<Detail>('POST', `/v1/orgs/${orgId}/staff?lang=kk`, { record: record(no, name) })).id;
  ids.edited = await add('T-101', 'Сәрсенова Әсел Маратқызы');
  ids.attested = await add('T-102', 'Жұмабаев Ерлан Болатұлы');
  ids.removed = await add('T-103', 'Омарова Аружан Серікқызы');

  // The attested person: scheduled, tested, interviewed and decided by a commission.
  const commission = await hr<{ id: string }>('POST', `/v1/orgs/${orgId}/commissions`, {
    commission: {
      name: 'Аттестациялық комиссия №1',
      chair: 'Сейтқали Мұрат',
      members: ['Ахметова Дана', 'Жұмабаев Ерлан'],
    },
  });
  let att = await hr<Detail>('POST', `/v1/orgs/${orgId}/attestations`, {
    staffId: ids.attested,
    scheduledOn: ATTESTED_ON,
    commissionId: commission.id,
    protocolNo: '21',
  });
  for (const step of [
    { stage: 'testing', testing: { date: ATTESTED_ON, score: 80, max: 100, source: 'manual' } },
    { stage: 'interview', interview: { date: ATTESTED_ON, passed: true } },
    {
      stage: 'decision',
      decision: { date: ATTESTED_ON, outcome: 'assigned', category: 'second', reason: 'Нәтижелері бойынша.' },
    },
  ]) {
    att = await hr<Detail>('POST', `/v1/orgs/${orgId}/attestations/${att.id}/steps?lang=kk`, {
      version: att.version,
      step,
    });
  }

  // The card's items by labour function, as a plan with nothing rated lists them; a self-assessment
  // file (the /self-assessment page's format) rates one item of the largest function as held, so
  // that function is partly covered and still in the plan.
  const blank = await hr<{ items: { itemIds: string[] }[] }>('POST', `/v1/orgs/${orgId}/staff/${ids.removed}/plans`, {
    basis: { source: 'self-assessment', ratings: {} },
  });
  const largest = blank.items.reduce((a, b) => (b.itemIds.length > a.length ? b.itemIds : a), [] as string[]);
  expect(largest.length).toBeGreaterThan(1);
  ratingsFile = path.join(dir, 'self-assessment.json');
  await writeFile(
    ratingsFile,
    JSON.stringify({ card: CARD, ratings: { [largest[0] as string]: 'full' }, savedAt: '2025-02-01T09:00:00Z' }),
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('the HR staff register, more', () => {
  it('maps an unknown personnel-number header in the editor, saves the mapping and previews again', async () => {
    const { context, page, errors } = await open();
    const file = path.join(dir, 'staff-coded.csv');
    await writeFile(
      file,
      [
        'Қызметкер коды,Т.А.Ә.,Карточка коды,Деңгейі,Лауазымға тағайындалған күні,Білімі,Мамандығы',
        'M-001,Бекова Дана Серікқызы,2635-3-001,5,01.09.2019,жоғары,әлеуметтік жұмыс',
        'M-002,Ахметов Нұрлан Болатұлы,2635-3-001,5,15.03.2021,жоғары,әлеуметтік жұмыс',
      ].join('\n'),
    );
    await page.goto(`${served.baseUrl}/orgs/${orgId}/staff/import`);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-upload').click();

    // The personnel number is missing: said so, and the editor offers the file's headers.
    const preview = page.getByTestId('import-preview');
    const problem = preview.locator('.form-error');
    await problem.waitFor({ timeout: 30_000 });
    expect(await problem.textContent()).toContain('Табель');
    const editor = page.getByTestId('mapping-editor');
    await editor.getByLabel('Қызметкер коды').selectOption('personnelNo');
    await editor.locator('#mapping-name').fill('Қызметкер кодымен тізім');
    await editor.getByRole('button').click();

    await expect.poll(() => page.getByTestId('count-add').textContent(), { timeout: 30_000 }).toBe('2');
    expect(await page.getByTestId('count-reject').textContent()).toBe('0');
    const mappings = await hr<{ mappings: { name: string }[] }>('GET', `/v1/orgs/${orgId}/staff-mappings`);
    expect(mappings.mappings.map((m) => m.name)).toContain('Қызметкер кодымен тізім');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('refuses a save over a newer version in another tab, and Reload loads that version', async () => {
    const { context, page: first, errors } = await open();
    const second = await context.newPage();
    const url = `${served.baseUrl}/orgs/${orgId}/staff/${ids.edited}`;
    await first.goto(url);
    await second.goto(url);
    await first.getByTestId('record-form').waitFor();
    await second.getByTestId('record-form').waitFor();

    await first.locator('#f-fullName').fill('Сәрсенова-Жақыпова Әсел Маратқызы');
    const saved = first.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(ids.edited));
    await first.getByTestId('record-save').click();
    expect((await saved).status()).toBe(200);

    await second.locator('#f-phone').fill('8 (701) 555-12-34');
    await second.getByTestId('record-save').click();
    const reload = second.getByTestId('record-reload');
    await reload.waitFor();
    expect(await second.getByTestId('record-form').locator('.form-error').textContent()).toContain(
      'басқа біреу сақтап қойды',
    );
    await reload.click();
    await expect.poll(() => second.locator('#f-fullName').inputValue()).toBe('Сәрсенова-Жақыпова Әсел Маратқызы');
    expect(await second.getByTestId('record-reload').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('makes a plan from a self-assessment file; an item marked done is a training in the record', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/staff/${ids.edited}`);
    const form = page.getByTestId('plan-form');
    await form.waitFor();
    expect(await form.textContent()).toContain('жетіспейтін');
    await page.getByTestId('plan-ratings').setInputFiles(ratingsFile);
    await page.getByTestId('plan-ratings-loaded').waitFor();
    await page.getByTestId('plan-create').click();

    const item = page.getByTestId('plans').locator('.hr-plan-items > li').first();
    await item.waitFor();
    expect(Number(await item.getByTestId('item-addresses').getAttribute('data-count'))).toBeGreaterThan(0);
    const title = ((await item.locator('.hr-item-title').textContent()) ?? '').replace(/\s*\(.*\)\s*$/, '').trim();
    expect(title.length).toBeGreaterThan(2);
    await item.locator('select').selectOption('done');
    await item.locator('input[type="date"]').fill('2025-03-01');
    await item.getByRole('button').click();
    await page.getByTestId('plans').locator('.hr-plan-items > li[data-status="done"]').first().waitFor();

    await page.reload();
    const trainings = page.getByTestId('trainings');
    await trainings.locator('li').first().waitFor();
    expect(await trainings.textContent()).toContain(title);
    expect(await trainings.locator('time[datetime="2025-03-01"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the dashboard: counts, categories, the heat map with its legend, and downloads', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/staff`);
    await page.getByTestId('dashboard-link').click();
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByTestId('dash-staff-total').textContent()).toBe('3');
    expect(await page.getByTestId('dash-categories').locator('tbody tr').count()).toBe(1);
    // The blank plan is still active; the other's only item is done, so it is completed.
    expect(await page.getByTestId('dash-plans-active').textContent()).toBe('1');
    expect(await page.getByTestId('dash-plans-completed').textContent()).toBe('1');
    expect(await page.getByTestId('dash-items').textContent()).toBe('2 ішінен 1');

    const heat = page.locator(`[data-testid="heatmap"][data-card="${CARD.code}/${CARD.level}"]`);
    await heat.waitFor();
    expect(await heat.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
    const row = heat.locator('tbody tr', { hasText: 'Сәрсенова' });
    expect(await row.locator('th[scope="row"]').count()).toBe(1);
    const rated = row.locator('td[data-percent]:not([data-percent=""]):not([data-percent="0"])').first();
    expect(await rated.textContent()).toBe(`${await rated.getAttribute('data-percent')}%`);
    expect(await page.getByTestId('coverage-legend').locator('li').count()).toBe(5);

    const xlsx = page.waitForEvent('download');
    await page.getByTestId('dash-xlsx').click();
    expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
    const pdf = page.waitForEvent('download');
    await page.getByTestId('dash-pdf').click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('records an appeal on a decided attestation (a wrong date gets the server’s sentence); cancels an open one', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/staff/${ids.attested}`);
    const decided = page.getByTestId('attestations').locator('li[data-stage="decided"]');
    await decided.waitFor();
    const appeal = decided.getByTestId('appeal');
    await appeal.locator('summary').click();
    const form = appeal.getByTestId('appeal-form');
    await form.locator('input[type="date"]').fill('2025-01-05');
    await form.locator('textarea').first().fill('Тестілеу нәтижесімен келіспеймін, қайта қарауды сұраймын.');
    await form.getByRole('button').click();
    await expect
      .poll(() => form.getByTestId('appeal-error').textContent())
      .toBe('Бұл кезеңнің күні алдыңғы кезеңнің күнінен бұрын болмайды.');

    await form.locator('input[type="date"]').fill('2025-01-15');
    await form.getByRole('button').click();
    const recorded = page.getByTestId('appeal-recorded');
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain('қайта қарауды сұраймын');
    expect(await recorded.textContent()).toContain('қаралуда');

    // A new attestation, then cancelled after the confirmation.
    await page.getByTestId('schedule-form').getByRole('button').click();
    await page.getByTestId('attestation-cancel').click();
    await page.locator('.confirm-box button.danger').click();
    await page.getByTestId('attestations').locator('li[data-stage="cancelled"]').waitFor();
    await page.getByTestId('schedule-form').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('deletes a person after the confirmation', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/staff/${ids.removed}`);
    await page.getByTestId('record-form').waitFor();
    await page.getByTestId('staff-delete').click();
    await page.locator('.confirm-box button.danger').click();
    await page.getByTestId('staff-table').waitFor();
    expect(await page.getByTestId('staff-table').locator('tr[data-personnel-no="T-103"]').count()).toBe(0);
    expect(await page.getByTestId('staff-total').textContent()).toContain('2');
    await expect(hr('GET', `/v1/orgs/${orgId}/staff/${ids.removed}`)).rejects.toThrow(/404/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('makes a calendar subscription address that works without signing in, until it is revoked', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/attestation`);
    const feeds = page.getByTestId('calendar-feeds');
    await feeds.getByTestId('feed-make').click();
    const url = await feeds.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/api\/v1\/calendar-feeds\/kcal_/);
    // What a calendar application does: fetch the address with no cookie at all.
    const address = new URL(url);
    const feed = await fetch(`${served.baseUrl}${address.pathname}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toContain('BEGIN:VEVENT');

    await page.reload();
    await feeds.getByTestId('feed-list').waitFor();
    await feeds.getByTestId('feed-revoke').first().click();
    await page.locator('.confirm-box button.danger').click();
    await feeds.getByText(/Әзірге жазылу жоқ/).waitFor();
    expect((await fetch(`${served.baseUrl}${address.pathname}`)).status).toBe(404);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('recomputes the stored categories from the register', async () => {
    const { context, page, errors } = await open();
    await page.goto(`${served.baseUrl}/orgs/${orgId}/staff`);
    await page.getByTestId('recompute-button').click();
    const result = page.getByTestId('recompute-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/санат қайта есептелді/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
