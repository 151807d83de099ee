/**
 * Certificates in a real browser: the public page of an issued certificate (holder, card,
 * results, issuer, VALID) at phone and desktop width; the number lookup and a pasted credential
 * at /verify; the organisation's list, where revocation asks for a reason in a dialog; and the
 * public page showing REVOKED afterwards.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../support/accounts.js';
import { passedCandidate } from '../support/credential-fixtures.js';
import { VIEWPORTS, apiSession, expectNoSidewaysScroll, openPage } from './support/account-helpers.js';
import {
  SCREENSHOTS,
  type Served,
  hasChromium,
  launchBrowser,
  startApp,
  stopApp,
  warnWithoutChromium,
} from './support/browser-app.js';
import { ADMIN, signIn } from './support/hr-helpers.js';

warnWithoutChromium('the certificate pages');

let browser: Browser;
let served: Served;
let orgId: string;
let issued: { id: string; number: string };
let credentialJson: string;

beforeAll(async () => {
  if (!hasChromium) return;
  served = await startApp();
  browser = await launchBrowser();
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  ({ id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Біліктілік орталығы',
    kind: 'assessment-centre',
  }));
  const candidateId = await passedCandidate(served.database, orgId);
  issued = await admin('POST', `/v1/orgs/${orgId}/candidates/${candidateId}/certificate`);
  credentialJson = JSON.stringify(await admin('GET', `/v1/credentials/${issued.id}`));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stopApp(served);
});

describe.skipIf(!hasChromium)('certificate pages', () => {
  it.each(VIEWPORTS)('shows an issued certificate as valid at $width px', async (viewport) => {
    const { page, context, errors } = await openPage(browser, viewport);
    await page.goto(`${served.baseUrl}/verify/${issued.id}`);
    await expect(page.getByRole('status').filter({ hasText: 'ЖАРАМДЫ' }).waitFor()).resolves.toBeUndefined();
    await page.getByText('Асанова Әйгерім Серікқызы').waitFor();
    await page.getByText(issued.number).first().waitFor();
    expect(await page.locator('.cert-table tbody tr').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page, `/verify/{id} at ${viewport.width}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `certificate-verify-${viewport.width}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a certificate by number and verifies a pasted credential', async () => {
    const { page, context, errors } = await openPage(browser, VIEWPORTS[0], 'ru');
    await page.goto(`${served.baseUrl}/verify`);
    await page.getByLabel('Номер сертификата').fill(issued.number);
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.getByRole('status').filter({ hasText: 'ДЕЙСТВИТЕЛЕН' }).first().waitFor();
    await page.getByLabel('Содержимое файла сертификата (JSON)').fill(credentialJson.replace('"passed"', '"failed"'));
    await page.getByRole('button', { name: 'Проверить' }).click();
    await page.getByRole('status').filter({ hasText: 'НЕ ПОДЛИННЫЙ' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('revokes from the organisation’s list after a confirmation, and the public page says REVOKED', async () => {
    const { page, context, errors } = await openPage(browser);
    await signIn(page, served.baseUrl, ADMIN.email, ADMIN.password);
    await page.goto(`${served.baseUrl}/orgs/${orgId}/assessment/certificates`);
    await page.getByRole('link', { name: issued.number }).waitFor();
    await page.getByRole('button', { name: 'Кері қайтару' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Себебі').fill('Құжаттар қате толтырылған');
    await dialog.getByRole('button', { name: 'Иә, кері қайтару' }).click();
    await page.locator('tr[data-revoked="true"]').waitFor();
    await page.goto(`${served.baseUrl}/verify/${issued.id}`);
    await page.getByRole('status').filter({ hasText: 'КЕРІ ҚАЙТАРЫЛДЫ' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
