/**
 * Scoring and decisions in Chromium, on the demo session (`kasip demo load`'s service), at a
 * tablet's size: the session's results page lists the candidates with their decisions and the
 * item analysis; on the candidate the demo failed, the assessor records an appeal and upholds it
 * (the decision is reopened), marks every checklist criterion met, attaches a photo (shown with
 * its SHA-256), records a pass against the recommendation with a reason behind a confirmation,
 * issues the certificate and follows the link to its public verification page.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSESSOR } from '../../src/services/demo/demo-people.js';
import type { DemoLoadResult } from '../../src/services/demo/load-demo.js';
import { openPage } from './support/account-helpers.js';
import { startDemoApp } from './support/demo-app.js';
import { SCREENSHOTS, type Served, hasChromium, launchBrowser, stopApp } from './support/browser-app.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe.skipIf(!hasChromium)('scoring, evidence, decisions and appeals in the browser', () => {
  let served: Served | undefined;
  let demo: DemoLoadResult;
  let browser: Browser;

  beforeAll(async () => {
    ({ served, demo } = await startDemoApp());
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stopApp(served);
  });

  it('reopens a failed decision by appeal, rescores, decides against the recommendation and issues the certificate', async () => {
    if (!served) throw new Error('no app');
    const failed = demo.candidates.find((c) => c.outcome === 'failed');
    if (!failed) throw new Error('the demo has no failed candidate');
    const { page, context, errors } = await openPage(browser, { width: 800, height: 1280 }, 'en');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${served.baseUrl}/signin`);
    await page.getByLabel('Email').fill(DEMO_ASSESSOR.email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_ASSESSOR.password);
    await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-menu').waitFor();

    // The session's results: every demo candidate with the decision the demo recorded.
    await page.goto(`${served.baseUrl}/orgs/${demo.orgId}/assessment/sessions/${demo.sessionId}/results`);
    const results = page.getByTestId('session-results');
    await results.waitFor();
    expect(await results.locator('tbody tr').count()).toBe(demo.candidates.length);
    await page.getByRole('heading', { name: 'Item analysis' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'decisions-session-results.png') });

    // The failed candidate: an appeal, upheld, reopens the decision.
    await results.getByRole('link', { name: failed.fullName }).click();
    await page.getByRole('heading', { name: failed.fullName }).waitFor();
    expect(await page.getByTestId('recorded-decision').getAttribute('data-outcome')).toBe('failed');
    await page.getByLabel('Grounds of the appeal').fill('The practical task was observed for too short a time.');
    await page.getByRole('button', { name: 'Record an appeal' }).click();
    await page.getByRole('button', { name: 'Uphold' }).click();
    await page.getByText('No decision yet.').waitFor();

    // Every criterion of every task met, each task saved.
    const tasks = page.locator('.dec-task');
    const taskCount = await tasks.count();
    expect(taskCount).toBe(demo.tasks);
    for (let i = 0; i < taskCount; i += 1) {
      const task = tasks.nth(i);
      for (const criterion of await task.getByRole('group').all())
        await criterion.getByRole('radio', { name: 'Met', exact: true }).check();
      await task.getByRole('button', { name: 'Save marks' }).click();
      await task.getByText('Saved', { exact: true }).waitFor();
    }

    await page.getByRole('heading', { name: 'Practical tasks' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'decisions-candidate-scored.png') });

    // A photo of the work: kept with its SHA-256, shown.
    await page.getByLabel(/Upload evidence/).setInputFiles({ name: 'work.png', mimeType: 'image/png', buffer: PNG });
    const evidence = page.getByTestId('evidence-list');
    await evidence.getByText(createHash('sha256').update(PNG).digest('hex')).waitFor();

    // Results per labour function in words; then a pass, with a reason if the results say otherwise.
    await page.getByTestId('function-results').waitFor();
    const recommendation = await page.getByTestId('recommendation').getAttribute('data-outcome');
    await page.getByRole('radio', { name: 'Passed', exact: true }).check();
    if (recommendation !== 'passed')
      await page.getByLabel('Reason').fill('The commission observed the practical work again after the appeal.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, confirm' }).click();
    await expect.poll(() => page.getByTestId('recorded-decision').getAttribute('data-outcome')).toBe('passed');
    await page.getByRole('heading', { name: 'Results per labour function' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'decisions-candidate-decided.png') });

    // The certificate, and its public page.
    await page.getByRole('button', { name: 'Issue certificate' }).click();
    await page.getByRole('link', { name: /Certificate verification page/ }).click();
    await page.waitForURL(/\/verify\/[0-9a-f-]{36}$/);
    await page.getByText(failed.fullName).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
