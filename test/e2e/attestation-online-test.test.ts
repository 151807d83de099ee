/**
 * The attestation's testing stage taken from an online test, in Chromium: a person of the
 * register (set up over the API) sits an online test of the demo centre's published
 * specification and answers 15 questions right; on the person's page, in Kazakh, the open
 * attestation lists the test with its score, and «Осы нәтижені алу» records the testing stage,
 * shown with the score and marked as an online test.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSESSOR } from '../../src/services/demo/demo-people.js';
import type { DemoLoadResult } from '../../src/services/demo/load-demo.js';
import { apiSession, openPage } from './support/account-helpers.js';
import {
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { startDemoApp } from './support/demo-app.js';
import { signIn } from './support/hr-helpers.js';

type Api = Awaited<ReturnType<typeof apiSession>>;
type BankItem = { id: string; content: { kind: string; key: string[] } };

const RIGHT = 15;

warnWithoutChromium('the attestation online-test browser test');

describe.skipIf(!hasChromium)('attestation testing from an online test, in the browser', () => {
  let served: Served | undefined;
  let demo: DemoLoadResult;
  let browser: Browser;
  let api: Api;
  let staffId = '';
  let questions = 0;

  beforeAll(async () => {
    ({ served, demo } = await startDemoApp());
    browser = await launchBrowser();
    api = await apiSession(served.baseUrl, DEMO_ASSESSOR.email, DEMO_ASSESSOR.password);
    const org = `/v1/orgs/${demo.orgId}`;
    // The demo assessor is the centre's org-admin, who may keep a register too.
    ({ id: staffId } = await api<{ id: string }>('POST', `${org}/staff`, {
      record: {
        personnelNo: 'E2E-1',
        fullName: 'Оспанова Мәдина',
        position: { cardCode: '2635-3-001', level: 5, since: '2019-09-01' },
        education: { level: 'tvet', field: 'social' },
        experience: [{ category: 'none', from: '2015-09-01' }],
      },
    }));
    const sessions = `${org}/assessment/sessions`;
    const session = await api<{ id: string }>('POST', sessions, {
      specId: demo.specId,
      title: 'Аттестацияға тест',
      startsOn: new Date().toISOString().slice(0, 10),
    });
    const enrolled = await api<{ candidates: { id: string; staffId: string | null }[] }>(
      'POST',
      `${sessions}/${session.id}/candidates`,
      { staffIds: [staffId] },
    );
    const candidateId = enrolled.candidates.find((c) => c.staffId === staffId)?.id ?? '';
    const link = await api<{ url: string }>('POST', `${sessions}/${session.id}/candidates/${candidateId}/test-link`);
    const test = `${served.baseUrl}/api/v1/test/${link.url.split('/test/')[1]}`;
    const bank = await api<{ items: BankItem[] }>('GET', `${org}/test-items?status=reviewed&limit=200`);
    const keys = new Map(bank.items.map((i) => [i.id, i.content]));
    const started = await fetch(`${test}/start`, { method: 'POST' });
    const attempt = (await started.json()) as { questions: { itemId: string }[] };
    questions = attempt.questions.length;
    // The person answers the first RIGHT questions by their key and leaves the rest.
    for (const q of attempt.questions.slice(0, RIGHT)) {
      const item = keys.get(q.itemId);
      const response = item?.kind === 'short' ? item.key[0] : item?.key;
      const res = await fetch(`${test}/answers/${q.itemId}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response }),
      });
      expect(res.status).toBe(200);
    }
    expect((await fetch(`${test}/submit`, { method: 'POST' })).status).toBe(200);
    await api('POST', `${org}/attestations`, { staffId, scheduledOn: new Date().toISOString().slice(0, 10) });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stopApp(served);
  });

  it('lists the person’s test with its score and records it as the testing stage', async () => {
    if (!served) throw new Error('no app');
    const { page, context, errors } = await openPage(browser, { width: 1280, height: 900 }, 'kk');
    await signIn(page, served.baseUrl, DEMO_ASSESSOR.email, DEMO_ASSESSOR.password);
    await page.goto(`${served.baseUrl}/orgs/${demo.orgId}/staff/${staffId}`);
    const tests = page.getByTestId('online-tests');
    await tests.waitFor();
    expect(await tests.textContent()).toContain(`Нәтиже: ${RIGHT} / ${questions}`);
    await tests.getByRole('button', { name: 'Осы нәтижені алу: Аттестацияға тест' }).click();
    const recorded = page.getByTestId('attestations').locator('li[data-stage="tested"]');
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain(`Нәтиже: ${RIGHT} / ${questions} (онлайн тест)`);
    // The testing stage is taken: the list of tests gives way to the interview's form.
    await page.getByTestId('step-interview').waitFor();
    expect(await tests.count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'attestation-online-test.png'), fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
