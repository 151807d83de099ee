/**
 * The online test in a real browser at phone width, by keyboard where a candidate would: the
 * start screen, an answer saved at once, an answer given offline shown as "not saved — retrying"
 * and saved when the connection is back, a reload that resumes with every answer, the question
 * map, and a submit with its confirmation. The organiser's session page shows the progress.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/standard/schemas.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import { PASSWORD, as, createAdmin, createOrg } from '../support/callers.js';
import { BUNDLED_EDITION } from '../support/paths.js';
import { seedBank } from '../support/session-seed.js';
import { expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import { signIn } from './support/hr-helpers.js';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

warnWithoutChromium('the online test');

let browser: Browser;
let served: Served;
let token = '';
let orgId = '';
let sessionId = '';

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  const services = createServices(served.database);
  const edition = await readEdition(BUNDLED_EDITION);
  const card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5) as Card;
  const admin = await createAdmin(services, 'candidate-e2e@example.kz');
  orgId = await createOrg(services, admin, 'Бағалау орталығы');
  const bank = await seedBank(served.database.db, orgId, card, { perTask: 4, timeLimitMinutes: 20 });
  const run = <O>(op: unknown, input: unknown) =>
    services.pipeline.execute(op as never, input as never, as(admin)) as Promise<O>;
  const session = await run<{ id: string }>(services.ops.sessions.create, {
    orgId,
    specId: bank.specId,
    title: 'Желтоқсан сессиясы',
    startsOn: '2026-12-07',
  });
  const enrolled = await run<{ candidates: { id: string }[] }>(services.ops.sessions.enrol, {
    orgId,
    sessionId: session.id,
    external: [{ fullName: 'Бекова Дана' }],
  });
  const link = await run<{ url: string }>(services.ops.sessions.link, {
    orgId,
    sessionId: session.id,
    candidateId: enrolled.candidates[0]?.id,
  });
  token = link.url.split('/test/')[1] ?? '';
  sessionId = session.id;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

describe.skipIf(!hasChromium)('the online test', () => {
  it('starts, saves each answer, survives going offline and a reload, and submits', async () => {
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'en');
    await page.goto(`${served.baseUrl}/test/${token}`);
    await page.getByText('Candidate: Бекова Дана').waitFor();
    await page.getByText(/Time: 20 minutes\. Questions: 4\./).waitFor();
    await expectNoSidewaysScroll(page, 'start screen');
    await page.getByRole('button', { name: 'Start the test' }).click();
    await page.getByRole('timer', { name: 'Time left' }).waitFor();
    await page.getByText('Question 1 of 4').waitFor();

    const answer = async () => {
      const radios = page.getByRole('radio');
      const boxes = page.getByRole('checkbox');
      if ((await radios.count()) > 0) await radios.nth(1).check();
      else if ((await boxes.count()) > 0) await boxes.first().check();
      else {
        await page.getByLabel('Your answer').fill('Әлеуметтік карта');
        await page.getByLabel('Your answer').press('Enter');
      }
    };
    await answer();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await expectNoSidewaysScroll(page, 'a question');

    // Offline: the answer waits and says so, then goes when the connection is back.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Question 2 of 4').waitFor();
    await context.setOffline(true);
    await answer();
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('retrying');
    await page.getByText('Not saved — retrying').waitFor();
    await context.setOffline(false);
    await expect
      .poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 20_000 })
      .toBe('saved');

    // A reload resumes from the server with both answers.
    await page.reload();
    await page.getByRole('timer', { name: 'Time left' }).waitFor();
    const map = page.getByRole('navigation', { name: 'Question map' });
    await map.getByRole('button', { name: 'Question 1, answered' }).waitFor();
    await map.getByRole('button', { name: 'Question 2, answered' }).click();
    await page.getByText('Question 2 of 4').waitFor();
    expect(await page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await map.getByRole('button', { name: 'Question 3' }).waitFor();

    // Submit, with a confirmation first; by keyboard.
    await page.getByRole('button', { name: 'Submit the test' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('You answered 2 of 4 questions.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await page.getByTestId('test-submitted').waitFor();
    expect(await page.getByTestId('test-submitted').textContent()).toContain('2 of 4');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('says a link is not valid', async () => {
    const { context, page } = await openPage(browser, { width: 360, height: 740 }, 'en');
    await page.goto(`${served.baseUrl}/test/ktest_${'x'.repeat(43)}`);
    await page.getByTestId('test-bad-link').waitFor();
    await context.close();
  }, 60_000);
  it('shows the organiser the progress, enrols an external candidate, makes their link once, names the commission', async () => {
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, 'candidate-e2e@example.kz', PASSWORD);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/assessment/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: 'Желтоқсан сессиясы' }).waitFor();
    const table = page.getByTestId('progress-table');
    await expect.poll(() => table.locator('td[data-state]').first().getAttribute('data-state')).toBe('submitted');

    const external = page.getByTestId('enrol-external');
    await external.getByLabel('Аты-жөні').fill('Сейітов Нұрлан');
    await external.getByRole('button', { name: 'Қосу' }).click();
    await table.getByRole('link', { name: 'Сейітов Нұрлан' }).waitFor();
    await page.getByRole('button', { name: 'Сілтеме жасау: Сейітов Нұрлан' }).click();
    const url = await page.getByTestId('test-link').inputValue();
    expect(url).toMatch(/\/test\/ktest_[A-Za-z0-9_-]{43}$/);

    const commission = page.getByTestId('commission-form');
    await commission.getByRole('button', { name: 'Мүше қосу' }).click();
    await commission.getByLabel('Аты-жөні').fill('Ахметова Гүлнар');
    await commission.getByLabel('Рөлі').fill('Төраға');
    await commission.getByRole('button', { name: 'Сақтау' }).click();
    await commission.getByText('Сақталды').waitFor();
    await expectNoSidewaysScroll(page, 'the session page');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
