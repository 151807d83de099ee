/**
 * axe-core over every public page and the main signed-in ones (an organisation, its programme
 * list and a programme, the staff list, the assessment page), in kk, ru and en: any serious or
 * critical violation fails, named with its rule, the page and the offending elements.
 *
 * Budget (CI time): one browser, one context per language with axe injected by an init script
 * (once per page load, no extra round trip), one signed-in session per language, data made
 * through the API once.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { apiSession } from './support/account-helpers.js';
import {
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { ADMIN, type Person, invite } from './support/hr-helpers.js';
import type { Browser } from 'playwright-core';

warnWithoutChromium('the accessibility (axe-core) tests');

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

const LEAD: Person = { email: 'lead@college.kz', password: 'college lead password 2024', name: 'Сәуле Әбішқызы' };

/** Public pages: every route a visitor can open, and an unknown one (the not-found page). */
const PUBLIC = [
  '/',
  '/cards',
  '/cards/2635-3-001/5',
  '/search?q=%D3%99%D0%BB%D0%B5%D1%83%D0%BC%D0%B5%D1%82',
  '/levels',
  '/terms',
  '/source',
  '/category',
  '/category/batch',
  '/career',
  '/self-assessment',
  '/quality',
  '/changes',
  '/verify',
  '/signin',
  '/no-such-page',
];

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

let browser: Browser;
let served: Served;
let orgId: string;
let programmeId: string;

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Астана жоғары әлеуметтік колледжі',
    kind: 'education-provider',
  }));
  await invite(served, admin, orgId, LEAD, ['programme-designer', 'hr-officer', 'assessor']);
  const lead = await apiSession(served.baseUrl, LEAD.email, LEAD.password);
  const content = await lead<object>(
    'GET',
    `/v1/orgs/${orgId}/programmes:propose?card=3412-0-008&level=4&type=tvet-modular&lang=kk&volume=720`,
  );
  ({ id: programmeId } = await lead<{ id: string }>('POST', `/v1/orgs/${orgId}/programmes`, { content }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

async function languageContext(lang: 'kk' | 'ru' | 'en'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((l) => localStorage.setItem('kasip.lang', l), lang);
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/** The page is shown: its heading is there and nothing is still loading. */
async function settled(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('main h1:visible').first().waitFor({ timeout });
  await page.waitForFunction(() => document.querySelector('main .loading') === null, undefined, { timeout });
}

/** Serious and critical violations on the page, as lines that name the rule and the elements. */
async function audit(page: Page, url: string): Promise<string[]> {
  // As a link in the app does (router.navigate): no reload, so axe (and the app) load once.
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  try {
    await settled(page, 10_000);
  } catch {
    // A page's chunk can vanish when the web app is rebuilt under a running test (other work in
    // the same tree); a fresh load takes the new build. A page that never shows fails here.
    await page.goto(`${served.baseUrl}${url}`);
    await settled(page);
  }
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    // label-content-name-mismatch is "experimental" in axe, so off unless named; it is WCAG 2.5.3.
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return (
    violations
      // Landmark rules are "moderate" in axe, but a duplicate landmark is what the issue found on
      // /levels: any landmark violation fails too.
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id.startsWith('landmark-'))
      .map(
        (v) => `${url}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      )
  );
}

async function signIn(page: Page): Promise<void> {
  // Through the API from inside the page: the session cookie is the context's, and no labels
  // of one language are needed.
  await page.goto(`${served.baseUrl}/signin`);
  const status = await page.evaluate(async ({ email, password }) => {
    const res = await fetch('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return res.status;
  }, LEAD);
  expect(status).toBe(200);
}

describe.skipIf(!hasChromium)('accessibility (axe-core, serious and critical)', () => {
  it.each(['kk', 'ru', 'en'] as const)(
    'every public page and the main signed-in pages in %s',
    async (lang) => {
      const context = await languageContext(lang);
      const page = await context.newPage();
      const found: string[] = [];
      try {
        await page.goto(`${served.baseUrl}/`);
        // The official text is Kazakh whatever the interface language, and axe needs 10 s or more
        // for its 85,000 px: it is checked in kk only.
        for (const url of PUBLIC.filter((u) => lang === 'kk' || u !== '/source'))
          found.push(...(await audit(page, url)));
        await signIn(page);
        for (const url of [
          '/account',
          '/orgs',
          `/orgs/${orgId}`,
          `/orgs/${orgId}/programmes`,
          `/orgs/${orgId}/programmes/${programmeId}`,
          `/orgs/${orgId}/staff`,
          `/orgs/${orgId}/assessment`,
        ]) {
          found.push(...(await audit(page, url)));
        }
      } finally {
        await context.close();
      }
      expect(found, found.join('\n')).toEqual([]);
    },
    180_000,
  );
});

/**
 * The search and card pages draw their results after the first paint: nothing already on the
 * screen may move then (the footer did, CLS 0.09–0.13 in Lighthouse). A slow network, as
 * Lighthouse's mobile preset has, makes the late arrival certain.
 */
describe.skipIf(!hasChromium)('layout stability on a phone', () => {
  it('the search and card pages do not shift while their data arrives', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) w.shifts.push(e.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 200_000,
        uploadThroughput: 100_000,
      });
      for (const url of [`/search?q=${encodeURIComponent('әлеумет')}`, '/cards/2635-3-001/5']) {
        await page.goto(`${served.baseUrl}${url}`);
        await settled(page);
        // Two frames after the data is drawn, so a shift it causes is observed.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const cls = await page.evaluate(() =>
          (window as unknown as { shifts: number[] }).shifts.reduce((s, v) => s + v, 0),
        );
        expect(cls, `${url}: cumulative layout shift`).toBeLessThan(0.01);
      }
    } finally {
      await context.close();
    }
  }, 60_000);
});
