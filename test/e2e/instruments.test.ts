/**
 * The instrument pages in a real browser: an assessor opens a specification of the demo card
 * whose bank lacks one reviewed item, presses Publish and sees the refusal naming that knowledge
 * item; writes and reviews the missing item in the bank page; publishes. Both pages stay within
 * a 360 px wide screen.
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
import { ADMIN, type Person, invite, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the instrument pages tests');

const ASSESSOR: Person = { email: 'assessor@example.kz', password: 'assessor password 2024', name: 'Бекова Алма' };
const CARD = { cardCode: '2635-3-001', cardLevel: 5 };

let browser: Browser;
let served: Served;
let orgId: string;
let specId: string;
let missing: { id: string; kk: string };

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Бағалау орталығы',
    kind: 'assessment-centre',
  }));
  await invite(served, admin, orgId, ASSESSOR, ['assessor']);
  const api = await apiSession(served.baseUrl, ASSESSOR.email, ASSESSOR.password);
  const org = `/v1/orgs/${orgId}`;
  const coverage = await api<{ rows: { id: string; kind: string; kk: string }[] }>(
    'GET',
    `${org}/coverage?card=2635-3-001&level=5`,
  );
  const knowledge = coverage.rows.filter((r) => r.kind === 'knowledge');
  missing = knowledge.at(-1) as { id: string; kk: string };
  for (const k of knowledge.slice(0, -1)) {
    const item = await api<{ id: string; version: number }>('POST', `${org}/test-items`, {
      content: {
        ...CARD,
        knowledgeIds: [k.id],
        kind: 'single',
        stem: `Сұрақ: ${k.kk.slice(0, 80)}`,
        options: [
          { id: 'a', text: 'Дұрыс' },
          { id: 'b', text: 'Бұрыс' },
        ],
        key: ['a'],
        difficulty: 2,
        lang: 'kk',
        author: ASSESSOR.name,
      },
    });
    await api('POST', `${org}/test-items/${item.id}/status`, { version: item.version, status: 'reviewed' });
  }
  const task = await api<{ id: string; version: number }>('POST', `${org}/practical-tasks`, {
    content: {
      ...CARD,
      skillIds: coverage.rows.filter((r) => r.kind === 'skill').map((r) => r.id),
      title: 'Жағдайды бағалау',
      instructions: 'Берілген жағдай бойынша жұмыс жасаңыз.',
      criteria: [{ id: 'c1', text: 'Құжаттарды тексереді', critical: false }],
      lang: 'kk',
      author: ASSESSOR.name,
    },
  });
  await api('POST', `${org}/practical-tasks/${task.id}/status`, { version: task.version, status: 'reviewed' });
  const spec = await api<{ id: string; version: number; content: Record<string, unknown> }>(
    'POST',
    `${org}/specifications`,
    {
      from: { card: '2635-3-001', level: 5 },
    },
  );
  await api('PUT', `${org}/specifications/${spec.id}`, {
    version: spec.version,
    content: { ...spec.content, practicalTaskIds: [task.id] },
  });
  specId = spec.id;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

describe.skipIf(!hasChromium)('the instrument pages', () => {
  it('refuses to publish naming the uncovered item, then publishes once it is written and reviewed', async () => {
    const { context, page, errors } = await openPage(browser, { width: 360, height: 740 }, 'kk');
    await signIn(page, served.baseUrl, ASSESSOR.email, ASSESSOR.password);

    // The organisation page links to the hub; the hub lists the specification.
    await page.goto(`${served.baseUrl}/orgs/${orgId}`);
    await page.getByTestId('assessment-link').click();
    await page.getByTestId('specs-list').getByRole('link').first().click();
    await page.waitForURL(`**/assessment/specs/${specId}`);
    await page.getByTestId('coverage-map').waitFor();
    await expect
      .poll(() => page.locator(`tr[data-item-id="${missing.id}"]`).getAttribute('data-covered'))
      .toBe('false');
    await expectNoSidewaysScroll(page, 'the specification page at 360 px');

    await page.getByRole('button', { name: 'Жариялау' }).click();
    const refusal = page.getByTestId('publish-refused');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(missing.id);
    expect(await refusal.textContent()).toContain(missing.kk);

    // The bank: write the missing item, then review it.
    await page.goto(`${served.baseUrl}/orgs/${orgId}/assessment/bank`);
    await page.getByRole('button', { name: 'Жаңа тест тапсырмасы' }).click();
    const editor = page.getByTestId('item-editor');
    await editor.locator(`label:has(code:text-is("${missing.id}")) input`).check();
    await editor.getByLabel('Сұрақ').fill('Ең соңғы білім тармағы бойынша сұрақ');
    await editor.getByLabel('a нұсқасының мәтіні').fill('Дұрыс жауап');
    await editor.getByLabel('b нұсқасының мәтіні').fill('Қате жауап');
    await editor.getByRole('button', { name: 'Сақтау' }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Тексерілді деп белгілеу: Ең соңғы білім тармағы бойынша сұрақ' }).click();
    await expect.poll(() => page.getByTestId('bank-coverage').textContent()).toMatch(/бәрі қамтылған/);
    await expectNoSidewaysScroll(page, 'the item bank at 360 px');

    await page.goto(`${served.baseUrl}/orgs/${orgId}/assessment/specs/${specId}`);
    await page.getByRole('button', { name: 'Жариялау' }).click();
    await page.getByText('Жарияланған спецификация өзгермейді.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
