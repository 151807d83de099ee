/**
 * The assessment issue's "done when", in Chromium, on the demo bank (`kasip demo load`'s service):
 * 1. the demo assessor builds a specification for card 2635-3-001/5 and publishes it; publishing
 *    is refused, naming the skills, while no practical task is chosen;
 * 2. a candidate takes the online test from their link, loses the connection, reloads and
 *    resumes with every saved answer, and submits;
 * 3. the assessor scores the practical tasks on a tablet-sized screen;
 * 4. the commission decides; 5. the certificate is issued; 6. the public page verifies it;
 * 7. after revocation the page shows it revoked.
 * The assessor works in English, the candidate and the public verifier in Kazakh.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSESSOR } from '../../src/services/demo/demo-people.js';
import type { DemoLoadResult } from '../../src/services/demo/load-demo.js';
import { apiSession, openPage } from './support/account-helpers.js';
import { startDemoApp } from './support/demo-app.js';
import {
  type Served,
  SCREENSHOTS,
  hasChromium,
  launchBrowser,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

type Api = Awaited<ReturnType<typeof apiSession>>;
type BankItem = {
  id: string;
  status: string;
  content: {
    stem: string;
    kind: 'single' | 'multiple' | 'short';
    options: { id: string; text: string }[];
    key: string[];
  };
};

const CANDIDATE = 'Нұрлан Тестұлы';

async function signInEnglish(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Email').fill(DEMO_ASSESSOR.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_ASSESSOR.password);
  await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('account-menu').waitFor();
}

/** Answers the question on screen by the bank's key, found by its stem (as a candidate who knows). */
async function answerShown(page: Page, bank: Map<string, BankItem>) {
  const stem = ((await page.getByTestId('question-stem').textContent()) ?? '').trim();
  const item = bank.get(stem);
  expect(item, `the bank has the question «${stem}»`).toBeDefined();
  if (!item) return;
  const { kind, options, key } = item.content;
  if (kind === 'short') {
    await page.getByRole('textbox').fill(key[0] ?? '');
    await page.getByRole('textbox').blur();
    return;
  }
  for (const option of options.filter((o) => key.includes(o.id))) {
    await page.getByLabel(option.text, { exact: true }).check();
  }
}

warnWithoutChromium('the assessment browser tests');

describe.skipIf(!hasChromium)('assessment and certification, end to end', () => {
  let served: Served | undefined;
  let demo: DemoLoadResult;
  let browser: Browser;
  let assessor: Api;
  let specId = '';
  let sessionUrl = '';
  let testUrl = '';

  beforeAll(async () => {
    ({ served, demo } = await startDemoApp());
    browser = await launchBrowser();
    assessor = await apiSession(served.baseUrl, DEMO_ASSESSOR.email, DEMO_ASSESSOR.password);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stopApp(served);
  });

  it('1. publishing is refused while skills are uncovered, and allowed once every skill has a task', async () => {
    if (!served) throw new Error('no app');
    const { page, context, errors } = await openPage(browser, { width: 1280, height: 900 }, 'en');
    await signInEnglish(page, served.baseUrl);
    await page.goto(`${served.baseUrl}/orgs/${demo.orgId}/assessment`);
    await page.getByLabel('Card code').fill('2635-3-001');
    await page.getByLabel('Level').fill('5');
    await page.getByRole('button', { name: 'Create specification' }).click();
    await page.waitForURL(/\/assessment\/specs\//);
    specId = page.url().split('/specs/')[1] ?? '';

    // The proposal chooses no practical task, so every skill is uncovered: the refusal names them.
    await page.getByRole('button', { name: 'Publish' }).click();
    const refusal = page.getByTestId('publish-refused');
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent()).toContain('2635-3-001.5.f1.t1.s10');
    expect(await refusal.textContent()).toContain('Өрт қауіпсіздігі ережелерінің орындалуын қамтамасыз ету');

    const tasks = page.getByRole('group', { name: 'Practical tasks (reviewed)' }).getByRole('checkbox');
    expect(await tasks.count()).toBe(10);
    for (const box of await tasks.all()) await box.check();
    await page.getByRole('button', { name: 'Save blueprint' }).click();
    // The coverage matrix is read again once the blueprint is saved: the skills now count as covered.
    await page.getByText(/^All \d+ items are covered\.$/).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('A published specification never changes.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'assessment-1-published.png'), fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('2. a candidate takes the test, loses the connection, reloads, resumes with every saved answer and submits', async () => {
    if (!served) throw new Error('no app');
    const { page, context, errors } = await openPage(browser, { width: 1280, height: 900 }, 'en');
    await signInEnglish(page, served.baseUrl);
    await page.goto(`${served.baseUrl}/orgs/${demo.orgId}/assessment`);
    await page.getByText('New session').click();
    const form = page.getByTestId('session-new');
    await form.getByLabel('Specification (published)').selectOption(specId);
    await form.getByLabel('Session title').fill('E2E сессиясы');
    await form.getByRole('button', { name: 'Create the session' }).click();
    await page.waitForURL(/\/assessment\/sessions\//);
    sessionUrl = page.url();
    await page
      .getByLabel('Choose an assessor')
      .selectOption({ label: `${DEMO_ASSESSOR.displayName} (${DEMO_ASSESSOR.email})` });
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByTestId('assessor-list').getByText(DEMO_ASSESSOR.displayName).waitFor();
    const enrol = page.getByTestId('enrol-external');
    await enrol.getByLabel('Full name').fill(CANDIDATE);
    await enrol.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('button', { name: `Make a link: ${CANDIDATE}` }).click();
    const link = await page.getByLabel(`Test link: ${CANDIDATE}`).inputValue();
    const token = link.split('/test/')[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    testUrl = `${served.baseUrl}/test/${token}`;
    await context.close();

    const bank = new Map<string, BankItem>();
    const listed = await assessor<{ items: BankItem[] }>(
      'GET',
      `/v1/orgs/${demo.orgId}/test-items?card=2635-3-001&level=5&status=reviewed&limit=200`,
    );
    for (const item of listed.items) bank.set(item.content.stem.trim(), item);

    // A phone, in Kazakh.
    const candidate = await openPage(browser, { width: 360, height: 740 }, 'kk');
    const p = candidate.page;
    await p.goto(testUrl);
    await p.getByTestId('test-start').click();
    await p.getByTestId('question-stem').waitFor();
    const total = await p.getByRole('navigation', { name: 'Сұрақтар картасы' }).getByRole('button').count();
    expect(total).toBeGreaterThan(5);

    // Three answers saved, then the connection drops: the fourth is kept and retried, not lost.
    for (let i = 0; i < 3; i++) {
      await answerShown(p, bank);
      await p.getByText('Сақталды', { exact: true }).waitFor();
      await p.getByRole('button', { name: /Келесі/ }).click();
    }
    await candidate.context.setOffline(true);
    await answerShown(p, bank);
    await p.getByText('Сақталмады — қайта жіберілуде').waitFor();
    await candidate.context.setOffline(false);
    await p.getByText('Сақталды', { exact: true }).waitFor({ timeout: 20_000 });

    // A reload (a new tab on the same link) resumes: four answered, marked on the map.
    await p.reload();
    await p.getByTestId('question-stem').waitFor();
    const answered = p
      .getByRole('navigation', { name: 'Сұрақтар картасы' })
      .getByRole('button', { name: /жауап берілді/ });
    await expect.poll(() => answered.count()).toBe(4);

    for (let i = 0; i < total; i++) {
      await p.getByRole('navigation', { name: 'Сұрақтар картасы' }).getByRole('button').nth(i).click();
      await answerShown(p, bank);
      await p.getByText('Сақталды', { exact: true }).waitFor();
    }
    await p.screenshot({ path: path.join(SCREENSHOTS, 'assessment-2-test-360.png'), fullPage: true });
    await p.getByTestId('test-submit').click();
    await p.getByTestId('test-submit-confirm').click();
    await p.getByText(/Тест тапсырылды/).waitFor();
    expect(candidate.errors).toEqual([]);
    expect(errors).toEqual([]);
    await candidate.context.close();
  }, 180_000);

  it('3-7. the assessor scores on a tablet, the commission decides, the certificate is issued, verified, revoked', async () => {
    if (!served) throw new Error('no app');
    const sessionId = sessionUrl.split('/sessions/')[1] ?? '';
    const session = await assessor<{ candidates: { id: string; fullName: string }[] }>(
      'GET',
      `/v1/orgs/${demo.orgId}/assessment/sessions/${sessionId}`,
    );
    const candidateId = session.candidates.find((c) => c.fullName === CANDIDATE)?.id ?? '';
    const { page, context, errors } = await openPage(browser, { width: 800, height: 1280 }, 'en');
    await signInEnglish(page, served.baseUrl);
    await page.goto(`${sessionUrl}/candidates/${candidateId}`);

    // 3. Every criterion of every task marked met, task by task.
    const tasks = page.locator('section[data-task-id]');
    await tasks.first().waitFor();
    expect(await tasks.count()).toBe(10);
    for (const task of await tasks.all()) {
      for (const met of await task.getByRole('radio', { name: 'Met', exact: true }).all()) await met.check();
      await task.getByRole('button', { name: 'Save marks' }).click();
      await task.getByText('Saved', { exact: true }).waitFor();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'assessment-3-scoring-tablet.png'), fullPage: false });
    const results = page.getByTestId('function-results');
    await expect.poll(() => results.textContent()).toContain('100');
    await expect.poll(() => page.getByTestId('recommendation').getAttribute('data-outcome')).toBe('passed');

    // 4. The commission (its chair named here) decides: passed, as recommended.
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByLabel('Name', { exact: true }).last().fill('Айбек Төрағаев');
    await page.getByLabel('Role', { exact: true }).last().fill('Комиссия төрағасы');
    await page.getByRole('radio', { name: 'Passed', exact: true }).check();
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByRole('button', { name: 'Yes, confirm' }).click();
    await expect.poll(() => page.getByTestId('recorded-decision').getAttribute('data-outcome')).toBe('passed');

    // 5. The certificate is issued; its link leads to the public page.
    await page.getByRole('button', { name: 'Issue certificate' }).click();
    const verifyLink = page.getByRole('link', { name: 'Certificate verification page' });
    await verifyLink.waitFor();
    const verifyPath = (await verifyLink.getAttribute('href')) ?? '';
    const credentialId = verifyPath.split('/verify/')[1] ?? '';
    expect(credentialId).toMatch(/^[0-9a-f-]{36}$/);
    expect(errors).toEqual([]);

    // 6. Anybody (signed out, in Kazakh) sees it valid, with the holder and the card.
    const visitor = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await visitor.page.goto(`${served.baseUrl}/verify/${credentialId}`);
    const status = visitor.page.locator('.cert-status[role="status"]');
    await expect.poll(() => status.getAttribute('data-status')).toBe('valid');
    expect(await status.textContent()).toBe('ЖАРАМДЫ');
    const body = (await visitor.page.locator('main').textContent()) ?? '';
    expect(body).toContain(CANDIDATE);
    expect(body).toContain('2635-3-001');
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'assessment-6-verified-360.png'), fullPage: true });

    // 7. Revoked from the organisation's certificate list, behind a confirmation; the page says so.
    await page.goto(`${served.baseUrl}/orgs/${demo.orgId}/assessment/certificates`);
    const row = page.getByRole('row').filter({ hasText: CANDIDATE });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByLabel('Reason').fill('E2E: the certificate was issued by mistake');
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await row.locator('[data-status="revoked"]').waitFor();
    await visitor.page.reload();
    await expect.poll(() => status.getAttribute('data-status')).toBe('revoked');
    expect(await status.textContent()).toBe('КЕРІ ҚАЙТАРЫЛДЫ');
    await visitor.page.screenshot({ path: path.join(SCREENSHOTS, 'assessment-7-revoked-360.png'), fullPage: true });
    expect(visitor.errors).toEqual([]);
    expect(errors).toEqual([]);
    await visitor.context.close();
    await context.close();
  }, 240_000);
});
