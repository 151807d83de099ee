/**
 * The HR staff register in a real browser (the "done when"): an admin makes a
 * social-service organisation and invites an HR officer and a worker; the HR officer imports the
 * 50-row Kazakh staff list (48 to add, 2 rejected), fixes the two rows in the file and uploads it
 * again (50 to add), commits, opens the schedule, adds a commission, takes one person through an
 * attestation to the protocol PDF, links the worker's account and makes a development plan; the
 * worker then sees their record and plan at /my-record.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import {
  ROOT,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { HR, hrOrganisation, signIn as signInAs, WORKER } from './support/hr-helpers.js';

warnWithoutChromium('the HR register tests');

const FIXTURE = path.join(ROOT, 'test/fixtures/hr/staff-50.kk.csv');

let browser: Browser;
let served: Served;
let orgId: string;
let dir: string;

const signIn = (page: Page, email: string, password: string) => signInAs(page, served.baseUrl, email, password);

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  dir = await mkdtemp(path.join(tmpdir(), 'kasip-hr-'));
  ({ orgId } = await hrOrganisation(served, [
    { who: HR, roles: ['hr-officer'] },
    { who: WORKER, roles: ['member'] },
  ]));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('the HR staff register', () => {
  it('imports, fixes, commits, attests, plans; the worker sees their record', async () => {
    const { context, page, errors } = await openPage(browser, undefined, 'kk');
    await signIn(page, HR.email, HR.password);

    // The organisation page links to the register.
    await page.goto(`${served.baseUrl}/orgs/${orgId}`);
    await page.getByTestId('staff-register-link').click();
    await page.getByRole('heading', { level: 1, name: 'Қызметкерлер тізілімі' }).waitFor();
    await page.getByTestId('staff-import-link').click();
    await page.getByRole('heading', { level: 1, name: 'Қызметкерлер тізімін импорттау' }).waitFor();

    // The file as HR has it: 48 to add, rows 18 and 43 rejected with the cell and the reason.
    await page.getByTestId('import-file').setInputFiles(FIXTURE);
    await page.getByTestId('import-upload').click();
    await expect.poll(() => page.getByTestId('count-add').textContent(), { timeout: 30_000 }).toBe('48');
    expect(await page.getByTestId('count-reject').textContent()).toBe('2');
    const rejected = page.getByTestId('rejected-table');
    await rejected.locator('tr[data-row="18"]').waitFor();
    expect(await rejected.locator('tr[data-row="18"]').textContent()).toContain('Лауазымға тағайындалған күні');
    expect(await rejected.locator('tr[data-row="43"]').textContent()).toContain('жогарғы??');

    // HR corrects the two cells in their file and chooses it again.
    const text = await readFile(FIXTURE, 'utf8');
    const fixed = text
      .split('\n')
      .map((line) => (line.startsWith('17,01017,') ? line.replace(',07.04.1970,', ',07.04.1997,') : line))
      .join('\n')
      .replace('жогарғы??', 'жоғары');
    expect(fixed).not.toBe(text);
    const fixedFile = path.join(dir, 'staff-50-fixed.csv');
    await writeFile(fixedFile, fixed);
    await page.getByTestId('import-file').setInputFiles(fixedFile);
    await page.getByTestId('import-upload').click();
    await expect.poll(() => page.getByTestId('count-add').textContent(), { timeout: 30_000 }).toBe('50');
    expect(await page.getByTestId('count-reject').textContent()).toBe('0');

    // Commit, confirmed in place.
    await page.getByTestId('import-commit').click();
    await page.getByRole('button', { name: 'Иә, импорттау' }).click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.textContent()).toContain('50');
    await done.getByRole('link').click();

    // The register: 50 people, a page of them with categories.
    const table = page.getByTestId('staff-table');
    await table.waitFor();
    expect(await page.getByTestId('staff-total').textContent()).toContain('50');
    expect(await table.locator('tbody tr').count()).toBe(25);
    expect(await table.locator('.hr-category[data-category]:not([data-category=""])').count()).toBeGreaterThan(0);

    // The schedule, and a commission for the decision.
    await page.getByTestId('schedule-link').click();
    await page.getByTestId('schedule-counts').waitFor();
    await page.locator('#comm-name').fill('Аттестациялық комиссия №1');
    await page.locator('#comm-chair').fill('Сейтқали Мұрат');
    await page.locator('#comm-members').fill('Ахметова Дана\nЖұмабаев Ерлан');
    await page.locator('#comm-secretary').fill('Омарова Аружан');
    await page.getByTestId('commission-form').getByRole('button').click();
    await page.getByTestId('commissions').locator('li', { hasText: 'Аттестациялық комиссия №1' }).waitFor();

    // One person: 01001, the first row.
    await page.goto(`${served.baseUrl}/orgs/${orgId}/staff`);
    await page.getByTestId('staff-table').locator('tr[data-personnel-no="01001"] a').click();
    await page.getByTestId('record-form').waitFor();
    await page.getByTestId('category').waitFor();

    const schedule = page.getByTestId('schedule-form');
    await schedule.locator('#att-commission').selectOption({ label: 'Аттестациялық комиссия №1' });
    await schedule.locator('#att-protocol').fill('17');
    await schedule.getByRole('button').click();

    const testing = page.getByTestId('step-testing');
    await testing.waitFor();
    await testing.locator('#step-score').fill('80');
    await testing.locator('#step-max').fill('100');
    await testing.getByRole('button').click();

    const interview = page.getByTestId('step-interview');
    await interview.waitFor();
    await interview.locator('#step-notes').fill('Кәсіби сұрақтарға толық жауап берді.');
    await interview.getByRole('button').click();

    const decision = page.getByTestId('step-decision');
    await decision.waitFor();
    await decision.locator('#step-outcome').selectOption('assigned');
    await decision.locator('#step-category').selectOption('higher');
    await decision.locator('#step-reason').fill('Тестілеу мен әңгімелесу нәтижелері бойынша.');
    await decision.getByRole('button').click();

    const protocol = page.getByTestId('protocol-link');
    await protocol.waitFor();
    const href = await protocol.getAttribute('href');
    expect(href).toMatch(/\/protocol\?lang=kk$/);
    const pdf = await page.request.get(`${served.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // Link the worker's account and make a development plan.
    await page.locator('#link-user').selectOption({ label: `${WORKER.name} (${WORKER.email})` });
    await page.getByTestId('link-form').getByRole('button').click();
    await page.getByText('Тіркелгі байланыстырылды.').waitFor();
    await page.getByTestId('plan-create').click();
    await page.getByTestId('plans').locator('.hr-plan').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();

    // The worker signs in and sees their own record and the plan.
    const worker = await openPage(browser, undefined, 'kk');
    await signIn(worker.page, WORKER.email, WORKER.password);
    await worker.page.goto(`${served.baseUrl}/my-record`);
    const mine = worker.page.getByTestId('my-record');
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Бекмұханбетова');
    await mine.getByTestId('plans').locator('.hr-plan').first().waitFor();
    expect(worker.errors).toEqual([]);
    await worker.context.close();

    // At 360 px the pages fit; wide tables scroll within themselves.
    const phone = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(phone.page, HR.email, HR.password);
    for (const [url, ready] of [
      [`/orgs/${orgId}/staff`, 'staff-table'],
      [`/orgs/${orgId}/attestation`, 'schedule-counts'],
      [`/orgs/${orgId}/staff/import`, 'import-file'],
    ] as const) {
      await phone.page.goto(`${served.baseUrl}${url}`);
      await phone.page.getByTestId(ready).waitFor();
      await expectNoSidewaysScroll(phone.page, url);
    }
    await phone.context.close();
  }, 240_000);
});
