/**
 * Password resets in a real browser: a platform admin makes a reset link on the account page,
 * another browser opens it, sets a new password (checked twice in the page), and then the old
 * password no longer signs in while the new one does; a used, expired or malformed link is one
 * sentence. Also: a link shown once says whether it was mailed too (a fake mailer answers "sent"
 * or "failed" by the address's domain), and revoking a token or an invitation leaves the focus on
 * the list's heading. Screenshots of the reset page at 360 and 1280 px go to test/e2e/screenshots/.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../src/services/secrets.js';
import { insertPasswordReset } from '../../src/storage/repositories/password-reset.repository.js';
import { seedUser } from '../support/accounts.js';
import {
  VIEWPORTS,
  apiSession,
  expectNoSidewaysScroll,
  openPage,
  startAppWithMailer,
} from './support/account-helpers.js';
import {
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';

warnWithoutChromium('the password-reset tests');

// What a person reads (web/src/i18n), kept literal so a broken dictionary shows up here.
const KK = {
  title: 'Құпиясөзді қалпына келтіру',
  newPassword: 'Жаңа құпиясөз',
  repeat: 'Жаңа құпиясөзді қайталаңыз',
  submit: 'Құпиясөзді өзгерту',
  tooShort: 'Құпиясөз 10 таңбадан 256 таңбаға дейін болуы керек.',
  mismatch: 'Құпиясөздер сәйкес келмейді.',
  done: 'Құпиясөз өзгертілді.',
  ended: 'Аяқталған сеанстар саны: 1.',
  signInWithNew: 'Жаңа құпиясөзбен кіру',
  unusable:
    'Бұл құпиясөзді қалпына келтіру сілтемесі белгісіз, бұрын қолданылған немесе мерзімі өткен. Платформа әкімшісінен жаңа сілтеме сұраңыз.',
  email: 'Электрондық пошта',
  password: 'Құпиясөз',
  signIn: 'Кіру',
  wrong: 'Электрондық пошта немесе құпиясөз қате.',
  accountTitle: 'Менің тіркелгім',
};
const EN = {
  resetsTitle: 'Password-reset links',
  resetEmail: 'Email of the account',
  makeLink: 'Make a link',
  noAccount: 'There is no active account with this email.',
  linkHint: /^The link works once, until .+ UTC\. It is shown only now\.$/,
  mailOff: 'This Kasip server sends no mail: hand the link over yourself.',
  mailSent: (email: string) => `The link was also sent by email to ${email}.`,
  mailFailed: 'The email could not be sent: hand the link over yourself.',
  unusable: 'This password-reset link is unknown, already used or expired. Ask a platform administrator for a new one.',
  inviteEmail: 'Email of the person to invite',
  inviteSubmit: 'Create invitation',
  revokeInvitation: 'Revoke invitation',
  revokeYes: 'Yes, revoke',
  invitationRevoked: (email: string) => `Invitation for ${email} revoked.`,
  tokenName: 'Token name',
  createToken: 'Create token',
  revoke: 'Revoke',
  tokenRevoked: (name: string) => `Token “${name}” revoked.`,
};

const ADMIN = { email: 'admin@example.kz', password: 'first admin password 2024' };
const PERSON = {
  email: 'forgetful@example.kz',
  old: 'the old password 2023',
  new: 'a brand new passphrase 2024',
};
const ORG = 'Қарағанды облыстық оңалту орталығы';

let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const pathname = (page: Page) => new URL(page.url()).pathname;
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { id: el?.id, testId: el?.getAttribute('data-testid'), label: el?.getAttribute('aria-label') };
  });

describe.skipIf(!hasChromium)('password resets in Chromium (app in-process, a fake mailer)', () => {
  let served: Served;
  let baseUrl: string;
  let personId: string;
  const pages: Awaited<ReturnType<typeof openPage>>[] = [];

  /** A fresh browser profile for this test; closed, and its errors checked, after the test. */
  async function open(lang?: 'kk' | 'ru' | 'en', viewport?: { width: number; height: number }) {
    const opened = await openPage(browser, viewport, lang);
    pages.push(opened);
    return opened.page;
  }

  async function signInAs(page: Page, email: string, password: string) {
    await page.goto(`${baseUrl}/signin`);
    await page.locator('input[type="email"]').fill(email);
    await page.locator('input[type="password"]').fill(password);
    await page.locator('main button[type="submit"]').click();
    await page.getByTestId('account-who').waitFor();
  }

  /** The admin's account page makes a link for `email`; its token (the page's host is the public URL's). */
  async function makeLink(page: Page, email: string): Promise<string> {
    const section = page.getByTestId('reset-links');
    await section.getByLabel(EN.resetEmail).fill(email);
    await section.getByRole('button', { name: EN.makeLink }).click();
    const field = page.getByTestId('reset-link');
    await expect.poll(() => field.inputValue().catch(() => '')).toMatch(/\/reset\/[A-Za-z0-9_-]{20,}$/);
    return (await field.inputValue()).split('/reset/')[1] ?? '';
  }

  beforeAll(async () => {
    // "sent" for addresses at mail-ok.example, "failed" at mail-fails.example, else no mail server.
    served = await startAppWithMailer({
      send: async ({ to }) =>
        to.endsWith('@mail-ok.example') ? 'sent' : to.endsWith('@mail-fails.example') ? 'failed' : 'off',
    });
    baseUrl = served.baseUrl;
    await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
    personId = await seedUser(served.database, PERSON.email, [], PERSON.old);
    await seedUser(served.database, 'lost@mail-ok.example', [], 'lost key password 2024');
    await seedUser(served.database, 'lost@mail-fails.example', [], 'lost key password 2024');
  }, 180_000);

  afterAll(async () => {
    await stopApp(served);
  });

  afterEach(async () => {
    const errors = pages.flatMap((p) => p.errors);
    for (const p of pages.splice(0)) await p.context.close();
    expect(errors, 'errors in the pages').toEqual([]);
  });

  it('an admin makes a link; another browser sets a new password; the old one no longer signs in, the new one does', async () => {
    // The person is signed in somewhere with the old password: that session ends with the reset.
    const elsewhere = await apiSession(baseUrl, PERSON.email, PERSON.old);

    const admin = await open('en');
    await signInAs(admin, ADMIN.email, ADMIN.password);
    const section = admin.getByTestId('reset-links');
    await section.getByRole('heading', { level: 2, name: EN.resetsTitle }).waitFor();
    // An address without an account is one sentence.
    await section.getByLabel(EN.resetEmail).fill('nobody@example.kz');
    await section.getByRole('button', { name: EN.makeLink }).click();
    await section.getByRole('alert').getByText(EN.noAccount).waitFor();

    const token = await makeLink(admin, PERSON.email);
    // Shown once, focused, with its expiry and the word that no mail went out.
    expect((await focused(admin)).testId).toBe('reset-link');
    const box = admin.locator('.once-box');
    expect(await box.locator('p.small').first().textContent()).toMatch(EN.linkHint);
    expect(await box.getByTestId('mail-note').getAttribute('data-mail')).toBe('off');
    expect(await box.getByTestId('mail-note').textContent()).toBe(EN.mailOff);
    expect(await section.getByLabel(EN.resetEmail).inputValue()).toBe('');
    for (const viewport of VIEWPORTS) {
      await admin.setViewportSize(viewport);
      await expectNoSidewaysScroll(admin, 'reset links');
      await section.screenshot({ path: path.join(SCREENSHOTS, `reset-admin-${viewport.width}.png`) });
    }

    // Another browser, in Kazakh, opens the link.
    const person = await open('kk');
    await person.goto(`${baseUrl}/reset/${token}`);
    await h1(person, KK.title).waitFor();
    expect(await person.getByTestId('reset-account').textContent()).toContain(PERSON.email);
    const password = person.getByLabel(KK.newPassword, { exact: true });
    const repeat = person.getByLabel(KK.repeat);

    // Checked in the page first: too short, then two different passwords; the focus goes to the field.
    await password.fill('short');
    await repeat.fill('short');
    await person.getByRole('button', { name: KK.submit }).click();
    await person.getByText(KK.tooShort).waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await person.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('new-password');
    await password.fill(PERSON.new);
    await repeat.fill(`${PERSON.new}!`);
    await person.getByRole('button', { name: KK.submit }).click();
    await person.getByText(KK.mismatch).waitFor();
    expect(await person.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('repeat-password');
    await repeat.fill(PERSON.new);

    for (const viewport of VIEWPORTS) {
      await person.setViewportSize(viewport);
      await expectNoSidewaysScroll(person, 'reset form');
      await person.screenshot({ path: path.join(SCREENSHOTS, `reset-form-${viewport.width}.png`), fullPage: true });
    }

    await person.getByRole('button', { name: KK.submit }).click();
    const done = person.getByTestId('reset-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(KK.done);
    expect(await done.textContent()).toContain(KK.ended);
    expect((await focused(person)).testId).toBe('reset-done');
    for (const viewport of VIEWPORTS) {
      await person.setViewportSize(viewport);
      await expectNoSidewaysScroll(person, 'reset done');
      await person.screenshot({ path: path.join(SCREENSHOTS, `reset-done-${viewport.width}.png`), fullPage: true });
    }
    // The session that used the old password has ended.
    await expect(elsewhere('GET', '/v1/me')).rejects.toThrow(/→ 401/);

    // Sign-in opens with the email filled in: the old password is refused, the new one works.
    await done.getByRole('link', { name: KK.signInWithNew }).click();
    await h1(person, KK.signIn).waitFor();
    expect(pathname(person)).toBe('/signin');
    expect(await person.getByLabel(KK.email).inputValue()).toBe(PERSON.email);
    const signInPassword = person.getByLabel(KK.password, { exact: true });
    await signInPassword.fill(PERSON.old);
    await person.locator('main').getByRole('button', { name: KK.signIn }).click();
    await person.getByRole('alert').getByText(KK.wrong).waitFor();
    await signInPassword.fill(PERSON.new);
    await person.locator('main').getByRole('button', { name: KK.signIn }).click();
    await h1(person, KK.accountTitle).waitFor();

    // The link is used up: opened again, it is one sentence, and no form.
    await person.goto(`${baseUrl}/reset/${token}`);
    await person.getByTestId('reset-unusable').getByText(KK.unusable).waitFor();
    expect(await person.locator('main form').count()).toBe(0);
  });

  it('an expired link, a link that is not one, and a link used up while the form was open each say so in one sentence', async () => {
    const expired = `expired-${'x'.repeat(30)}`;
    await insertPasswordReset(served.database.db, {
      tokenHash: hashSecret(expired),
      userId: personId,
      expiresAt: new Date(Date.now() - 60_000),
    });
    const page = await open('en');
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl}/reset/${expired}`);
      await page.getByTestId('reset-unusable').getByText(EN.unusable).waitFor();
      await expectNoSidewaysScroll(page, 'reset unusable');
      await page.screenshot({ path: path.join(SCREENSHOTS, `reset-unusable-${viewport.width}.png`), fullPage: true });
    }
    // Too short to be a link (the server answers 400, not 404): the same sentence.
    await page.goto(`${baseUrl}/reset/abc`);
    await page.getByTestId('reset-unusable').getByText(EN.unusable).waitFor();

    // A fresh link whose form is open while someone else uses it.
    const admin = await apiSession(baseUrl, ADMIN.email, ADMIN.password);
    const { link } = await admin<{ link: string }>('POST', '/v1/password-resets', { email: PERSON.email });
    const token = link.split('/reset/')[1] ?? '';
    await page.goto(`${baseUrl}/reset/${token}`);
    await page.getByTestId('reset-account').waitFor();
    const used = await fetch(`${baseUrl}/api/v1/password-resets/${token}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'someone else was quicker' }),
    });
    expect(used.status).toBe(200);
    await page.getByLabel('New password', { exact: true }).fill('too late for this one');
    await page.getByLabel('Repeat the new password').fill('too late for this one');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').getByText(EN.unusable).waitFor();
  });

  it('a link shown once says whether it was mailed too: sent, or failed and to be handed over', async () => {
    const page = await open('en');
    await signInAs(page, ADMIN.email, ADMIN.password);
    await makeLink(page, 'lost@mail-ok.example');
    const note = page.getByTestId('mail-note');
    await expect.poll(() => note.getAttribute('data-mail')).toBe('sent');
    expect(await note.textContent()).toBe(EN.mailSent('lost@mail-ok.example'));
    await makeLink(page, 'lost@mail-fails.example');
    await expect.poll(() => note.getAttribute('data-mail')).toBe('failed');
    expect(await note.textContent()).toBe(EN.mailFailed);
    await page.getByTestId('reset-links').screenshot({ path: path.join(SCREENSHOTS, 'reset-admin-mail-failed.png') });
    // The note is read with the link's field.
    const describedBy = (await page.getByTestId('reset-link').getAttribute('aria-describedby')) ?? '';
    const noteId = describedBy.split(' ')[1] ?? '';
    expect(await page.locator(`[id="${noteId}"]`).textContent()).toBe(EN.mailFailed);
  });

  it('invitations say whether they were mailed; revoking an invitation or a token leaves the focus on the list’s heading', async () => {
    const api = await apiSession(baseUrl, ADMIN.email, ADMIN.password);
    const { id: orgId } = await api<{ id: string }>('POST', '/v1/orgs', { name: ORG, kind: 'assessment-centre' });
    const page = await open('en');
    await signInAs(page, ADMIN.email, ADMIN.password);
    await page.goto(`${baseUrl}/orgs/${orgId}`);
    await h1(page, ORG).waitFor();

    await page.getByLabel(EN.inviteEmail).fill('assessor@mail-ok.example');
    await page.getByRole('button', { name: EN.inviteSubmit }).click();
    await page.getByTestId('invite-link').waitFor();
    const note = page.locator('.once-box').getByTestId('mail-note');
    await expect.poll(() => note.textContent()).toBe(EN.mailSent('assessor@mail-ok.example'));
    await page.getByLabel(EN.inviteEmail).fill('assessor@example.kz');
    await page.getByRole('button', { name: EN.inviteSubmit }).click();
    await expect.poll(() => note.textContent()).toBe(EN.mailOff);

    // Revoke one by the keyboard: the row's button goes, the focus lands on the list's heading.
    const rows = page.getByTestId('invitations').locator('li');
    await expect.poll(() => rows.count()).toBe(2);
    const row = rows.filter({ hasText: 'assessor@example.kz' });
    await row.getByRole('button', { name: `${EN.revokeInvitation} assessor@example.kz` }).focus();
    await page.keyboard.press('Enter');
    await row.getByRole('button', { name: EN.revokeYes }).click();
    await page.getByRole('status').getByText(EN.invitationRevoked('assessor@example.kz')).waitFor();
    await row.locator('.status-revoked').waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('invitations-list-title');

    await page.goto(`${baseUrl}/account`);
    await page.getByLabel(EN.tokenName).fill('Nightly export');
    await page.getByRole('button', { name: EN.createToken }).click();
    await page.getByTestId('token-secret').waitFor();
    const token = page.getByTestId('tokens').locator('li').filter({ hasText: 'Nightly export' });
    await token.getByRole('button', { name: `${EN.revoke} Nightly export` }).click();
    await token.getByRole('button', { name: EN.revokeYes }).click();
    await page.getByRole('status').getByText(EN.tokenRevoked('Nightly export')).waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('tokens-title');
  });
});
