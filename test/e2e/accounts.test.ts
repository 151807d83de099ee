/**
 * Accounts, organisations and invitations in a real browser (issue 10). First the newcomer's
 * "done when" through the real processes: `kasip admin create --password-stdin` on an empty data
 * directory, then `kasip serve`, then in Chromium: sign in, create an organisation, invite an HR
 * officer, accept the link in another browser, sign out and in again. Then, against the app served
 * in-process (faster), keyboard-only sign-in, a wrong password in Russian, tokens, erasure, the
 * audit trail, and screenshots at phone and desktop widths into test/e2e/screenshots/ (gitignored).
 * One Chromium for the whole file; skipped with a warning where /usr/bin/chromium is missing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, webBuildIsStale } from '../../src/cli/web-build.js';
import { seedUser } from '../support/accounts.js';
import {
  ROOT,
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import {
  VIEWPORTS,
  apiSession,
  expectNoSidewaysScroll,
  freePort,
  openPage,
  runCli,
  startServer,
} from './support/account-helpers.js';

warnWithoutChromium('the account tests');

// What a person reads (web/src/i18n), kept literal so a broken dictionary shows up here.
const KK = {
  signIn: 'Кіру',
  signOut: 'Шығу',
  orgs: 'Ұйымдар',
  createOrg: 'Құру',
  orgName: 'Ұйым атауы',
  inviteEmail: 'Шақырылатын адамның электрондық поштасы',
  inviteSubmit: 'Шақыру жасау',
  hrOfficer: 'Кадр жөніндегі маман',
  member: 'Мүше',
  displayName: 'Аты-жөніңіз',
  newPassword: 'Жаңа құпиясөз',
  consent: /дербес деректерімнің өңделуіне келісім беремін/,
  accept: 'Қабылдау және кіру',
  email: 'Электрондық пошта',
  password: 'Құпиясөз',
  accountTitle: 'Менің тіркелгім',
  signInFirst: 'Бұл бетті көру үшін жүйеге кіріңіз.',
  remove: 'Ұйымнан шығару',
  invitationCreated: 'Шақыру жасалды',
  eventFilter: 'Оқиға атауы',
  show: 'Көрсету',
};
const RU = {
  signInTitle: 'Вход',
  wrongPassword: 'Неверная электронная почта или пароль.',
  accountTitle: 'Моя учётная запись',
};
const EN = {
  revoke: 'Revoke',
  revokeYes: 'Yes, revoke',
  cancel: 'Cancel',
  createToken: 'Create token',
  tokenName: 'Token name',
  revoked: 'revoked',
  eraseStart: 'Erase my account…',
  erase: 'Erase my account',
  eraseYes: 'Yes, erase for good',
  erased: 'Your account has been erased.',
  wrongPassword: 'The email or password is wrong.',
};

const ADMIN = { email: 'admin@example.kz', password: 'first admin password 2024' };
const HR = { email: 'hr@example.kz', password: 'hr officer password 2024', name: 'Айгүл Серікқызы' };
const ORG = 'Алматы қалалық әлеуметтік қызмет көрсету орталығы';

let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  if (webBuildIsStale(ROOT)) await buildWeb(ROOT, (msg) => console.log(`[e2e] ${msg}`));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const pathname = (page: Page) => new URL(page.url()).pathname;

async function signInWithForm(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel(KK.email).fill(email);
  await page.getByLabel(KK.password, { exact: true }).fill(password);
  await page.locator('main').getByRole('button', { name: KK.signIn }).click();
}

async function signOutWithMenu(page: Page) {
  await page.getByTestId('account-menu').click();
  await page.getByTestId('menu-sign-out').click();
  await page.getByTestId('sign-in-link').waitFor();
}

// ---------------------------------------------------------------------------------------------

describe.skipIf(!hasChromium)('the newcomer flow: CLI admin, real server, Chromium', () => {
  let dataDir: string;
  let server: ReturnType<typeof startServer> | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'kasip-newcomer-'));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KASIP_DATA_DIR: dataDir,
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
    };
    delete env.KASIP_PUBLIC_URL;
    // Step 2 of the README: the first admin, made while no server runs, the password on standard input.
    const created = await runCli(
      ['admin', 'create', '--email', ADMIN.email, '--password-stdin'],
      env,
      `${ADMIN.password}\n`,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Created platform admin ${ADMIN.email}`);
    server = startServer(env);
    baseUrl = await server.ready;
    expect(baseUrl).toBe(`http://127.0.0.1:${port}`);
  }, 180_000);

  afterAll(async () => {
    const child = server?.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('the admin signs in, creates an organisation and invites an HR officer, who accepts the link and signs in', async () => {
    const admin = await openPage(browser);
    const hr = await openPage(browser);
    try {
      const page = admin.page;
      // Signed out: the header offers "Sign in".
      await page.goto(`${baseUrl}/`);
      await page.getByTestId('sign-in-link').click();
      await h1(page, KK.signIn).waitFor();
      await page.getByLabel(KK.email).fill(ADMIN.email);
      await page.getByLabel(KK.password, { exact: true }).fill(ADMIN.password);
      await page.locator('main').getByRole('button', { name: KK.signIn }).click();
      await h1(page, KK.accountTitle).waitFor();
      expect(await page.getByTestId('account-who').textContent()).toContain(ADMIN.email);
      expect(await page.getByTestId('account-menu').textContent()).toContain('admin');

      // The header's menu leads to the organisations; a platform admin may create one.
      await page.getByTestId('account-menu').click();
      await page.locator('#account-menu-list').getByRole('link', { name: KK.orgs }).click();
      await h1(page, KK.orgs).waitFor();
      await page.getByLabel(KK.orgName).fill(ORG);
      await page.getByRole('button', { name: KK.createOrg, exact: true }).click();
      await h1(page, ORG).waitFor();
      const orgPath = pathname(page);
      expect(orgPath).toMatch(/^\/orgs\/[0-9a-f-]{36}$/);

      // Invite an HR officer: the link is shown once, to hand over.
      await page.getByLabel(KK.inviteEmail).fill(HR.email);
      await page.getByRole('checkbox', { name: KK.hrOfficer }).check();
      await page.getByRole('checkbox', { name: KK.member }).uncheck();
      await page.getByRole('button', { name: KK.inviteSubmit }).click();
      const linkField = page.getByTestId('invite-link');
      await linkField.waitFor();
      const link = await linkField.inputValue();
      expect(link).toMatch(new RegExp(`^${baseUrl}/invite/[A-Za-z0-9_-]{20,}$`));
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('invite-link');
      await page.getByTestId('invitations').locator('strong', { hasText: HR.email }).waitFor();

      // The HR officer opens the link in their own browser and accepts.
      const other = hr.page;
      await other.goto(link);
      await other.getByTestId('invite-org').getByText(ORG).waitFor();
      await other.getByLabel(KK.displayName).fill(HR.name);
      await other.getByLabel(KK.newPassword).fill(HR.password);
      await other.getByLabel(KK.consent).check();
      await other.getByRole('button', { name: KK.accept }).click();
      await h1(other, ORG).waitFor();
      expect(pathname(other)).toBe(orgPath);
      expect(await other.locator('.my-roles').textContent()).toContain(KK.hrOfficer);
      expect(await other.getByTestId('account-menu').textContent()).toContain(HR.name);

      // Signing out works, and the HR officer signs in again with the new password.
      await signOutWithMenu(other);
      expect(pathname(other)).toBe('/signin');
      await other.goto(`${baseUrl}/account`);
      await other.getByTestId('signin-needed').getByText(KK.signInFirst).waitFor();
      await signInWithForm(other, baseUrl, HR.email, HR.password);
      await h1(other, KK.accountTitle).waitFor();
      const membership = other.getByTestId('memberships').locator('li').filter({ hasText: ORG });
      expect(await membership.locator('.role-badge').allTextContents()).toEqual([KK.hrOfficer]);
      await membership.getByRole('link', { name: ORG }).click();
      await h1(other, ORG).waitFor();
      await other.getByTestId('members').getByText(HR.name).waitFor();

      // The admin sees the invitation accepted and the new member.
      await page.reload();
      await page
        .getByTestId('members')
        .locator(`[data-member="${HR.email}"] .role-badge`, { hasText: KK.hrOfficer })
        .waitFor();
      await page.getByTestId('invitations').locator('.status-accepted').waitFor();
      await signOutWithMenu(page);
      await page.goto(`${baseUrl}/orgs`);
      await page.getByTestId('signin-needed').waitFor();

      expect(admin.errors, 'errors in the admin’s page').toEqual([]);
      expect(hr.errors, 'errors in the HR officer’s page').toEqual([]);
    } finally {
      await admin.context.close();
      await hr.context.close();
    }
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------

describe.skipIf(!hasChromium)('account pages in Chromium (app in-process)', () => {
  let served: Served;
  let baseUrl: string;
  let orgId: string;
  let opened: Awaited<ReturnType<typeof openPage>> | undefined;

  /** This test's page; closed, and its errors checked, after the test. */
  async function open(lang?: 'kk' | 'ru' | 'en', viewport?: { width: number; height: number }) {
    opened = await openPage(browser, viewport, lang);
    return opened.page;
  }

  /** Signs in through the form and checks the page's language. */
  async function signInAs(page: Page, lang: 'kk' | 'ru' | 'en', email = ADMIN.email, password = ADMIN.password) {
    await page.goto(`${baseUrl}/signin`);
    await page.locator('input[type="email"]').fill(email);
    await page.locator('input[type="password"]').fill(password);
    await page.locator('main button[type="submit"]').click();
    await page.getByTestId('account-who').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  }

  beforeAll(async () => {
    served = await startApp();
    baseUrl = served.baseUrl;
    await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
    // An organisation with a member and a pending invitation, for the pages to show.
    const admin = await apiSession(baseUrl, ADMIN.email, ADMIN.password);
    ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', { name: ORG, kind: 'social-service-provider' }));
    const { link } = await admin<{ link: string }>('POST', `/v1/orgs/${orgId}/invitations`, {
      email: HR.email,
      roles: ['hr-officer'],
    });
    const accepted = await fetch(`${baseUrl}/api/v1/invitations/${link.split('/invite/')[1]}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: HR.name, password: HR.password, consent: true }),
    });
    expect(accepted.status).toBe(200);
    await admin('POST', `/v1/orgs/${orgId}/invitations`, { email: 'assessor@example.kz', roles: ['assessor'] });
  }, 120_000);

  afterAll(async () => {
    await stopApp(served);
  });

  afterEach(async () => {
    await opened?.context.close();
    const errors = opened?.errors ?? [];
    opened = undefined;
    expect(errors, 'errors in the page').toEqual([]);
  });

  it('signs in with the keyboard alone; a wrong password is one sentence in Russian', async () => {
    const page = await open('ru');
    await page.goto(`${baseUrl}/signin`);
    await h1(page, RU.signInTitle).waitFor();
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName, type: el?.getAttribute('type'), outline: el && getComputedStyle(el).outlineStyle };
      });

    // The skip link, then into the page: the first field is the email.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await page.keyboard.press('Tab');
    expect(await active()).toMatchObject({ tag: 'INPUT', type: 'email', outline: 'solid' });
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    expect(await active()).toMatchObject({ tag: 'INPUT', type: 'password', outline: 'solid' });
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(RU.wrongPassword);
    // The password field is cleared and keeps the focus for the next try.
    expect(await active()).toMatchObject({ tag: 'INPUT', type: 'password' });
    expect(await page.locator('input[type="password"]').inputValue()).toBe('');

    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Tab');
    expect(await active()).toMatchObject({ tag: 'BUTTON', type: 'submit', outline: 'solid' });
    await page.keyboard.press('Enter');
    await h1(page, RU.accountTitle).waitFor();

    // The account menu by keyboard: it opens, lists its links, and Escape closes it onto its button.
    const menu = page.getByTestId('account-menu');
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/account');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('account-menu');
  });

  it('tokens: the secret is shown once; revoking asks first, and Escape keeps the token', async () => {
    const page = await open('en');
    await signInAs(page, 'en');
    await page.getByLabel(EN.tokenName).fill('Reports script');
    await page.getByRole('button', { name: EN.createToken }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^kst_/);
    const row = page.getByTestId('tokens').locator('li').filter({ hasText: 'Reports script' });

    await row.getByRole('button', { name: `${EN.revoke} Reports script` }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(EN.cancel);
    await page.keyboard.press('Escape');
    expect(await row.locator('.badge').count()).toBe(0);
    await row.getByRole('button', { name: `${EN.revoke} Reports script` }).click();
    await row.getByRole('button', { name: EN.revokeYes }).click();
    await row.getByText(EN.revoked).waitFor();
  });

  it('erases an account after its password and a last question; it cannot sign in again', async () => {
    const page = await open('en');
    const leaver = { email: 'leaver@example.kz', password: 'leaver password 2024' };
    await seedUser(served.database, leaver.email, [], leaver.password);
    await signInAs(page, 'en', leaver.email, leaver.password);

    await page.getByRole('button', { name: EN.eraseStart }).click();
    await page.getByLabel('Your password, to confirm').fill(leaver.password);
    await page.getByTestId('erase-account').click();
    await page.getByRole('button', { name: EN.eraseYes }).click();
    await page.getByText(EN.erased).waitFor();
    expect(pathname(page)).toBe('/signin');
    await page.getByTestId('sign-in-link').waitFor();
    await page.locator('input[type="email"]').fill(leaver.email);
    await page.locator('input[type="password"]').fill(leaver.password);
    await page.locator('main button[type="submit"]').click();
    await page.getByRole('alert').getByText(EN.wrongPassword).waitFor();
  });

  it('downloads my data as a JSON file', async () => {
    const page = await open();
    await signInAs(page, 'kk');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-my-data').click()]);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as { account: { email: string } };
    expect(data.account.email).toBe(ADMIN.email);
  });

  it('the organisation’s audit trail: events in words, a filter, a CSV export; 360 and 1280 px (screenshots saved)', async () => {
    const page = await open();
    await signInAs(page, 'kk');
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl}/orgs/${orgId}/audit`);
      const table = page.getByTestId('audit');
      await table.waitFor();
      const created = table.locator('tr[data-event="invitation.created"]').first();
      expect(await created.textContent()).toContain(KK.invitationCreated);
      expect(await created.textContent()).toContain('admin@example.kz');
      await table.locator('tr[data-event="org.created"]').waitFor();
      await expectNoSidewaysScroll(page, 'audit');
      await page.screenshot({ path: path.join(SCREENSHOTS, `account-audit-${viewport.width}.png`), fullPage: true });
    }
    await page.getByLabel(KK.eventFilter).selectOption('org.created');
    await page.getByRole('button', { name: KK.show }).click();
    await expect.poll(() => page.locator('[data-testid="audit"] tbody tr').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kasip-audit-.+\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('org.created');
  });

  for (const viewport of VIEWPORTS) {
    it(`sign-in, account and organisation pages fit ${viewport.width} px (screenshots saved)`, async () => {
      const page = await open('kk', viewport);
      const shots = [
        { name: 'signin', url: '/signin', ready: 'main form' },
        { name: 'account', url: '/account', ready: '[data-testid="sessions"]' },
        { name: 'orgs', url: '/orgs', ready: '[data-testid="orgs"]' },
        { name: 'org', url: `/orgs/${orgId}`, ready: '[data-testid="invitations"]' },
      ];
      for (const shot of shots) {
        if (shot.name === 'account') await signInAs(page, 'kk');
        else await page.goto(`${baseUrl}${shot.url}`);
        await page.locator(shot.ready).first().waitFor();
        await expectNoSidewaysScroll(page, shot.name);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `account-${shot.name}-${viewport.width}.png`),
          fullPage: true,
        });
      }
      // The account menu opened, and a confirmation asked, as a person sees them.
      await page.getByTestId('account-menu').click();
      await page.screenshot({ path: path.join(SCREENSHOTS, `account-menu-${viewport.width}.png`) });
      await page.keyboard.press('Escape');
      const member = page.getByTestId('members').locator(`[data-member="${HR.email}"]`);
      await member.getByRole('button', { name: `${KK.remove} ${HR.name}` }).click();
      await member.locator('.confirm-box').waitFor();
      await member.screenshot({ path: path.join(SCREENSHOTS, `account-confirm-${viewport.width}.png`) });
      await page.keyboard.press('Escape');
      expect(await member.locator('.confirm-box').count()).toBe(0);
    });
  }
});
