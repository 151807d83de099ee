/**
 * What the HR register's browser tests share: an organisation with an admin and invited members,
 * signing in through the page (in Kazakh), and the HR officer's API session for setting up data.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seedUser } from '../../support/accounts.js';
import { apiSession } from './account-helpers.js';
import type { Served } from './browser-app.js';

export type Person = { email: string; password: string; name: string };
export type Api = Awaited<ReturnType<typeof apiSession>>;

export const ADMIN = { email: 'admin@example.kz', password: 'first admin password 2024' };
export const HR: Person = { email: 'hr@example.kz', password: 'hr officer password 2024', name: 'Айгүл Серікқызы' };
export const WORKER: Person = {
  email: 'worker@example.kz',
  password: 'worker password 2024',
  name: 'Гүлмира Бекмұханбетова',
};

/** Invite someone to the organisation and accept the invitation as them. */
export async function invite(served: Served, admin: Api, orgId: string, who: Person, roles: string[]) {
  const { link } = await admin<{ link: string }>('POST', `/v1/orgs/${orgId}/invitations`, { email: who.email, roles });
  const accepted = await fetch(`${served.baseUrl}/api/v1/invitations/${link.split('/invite/')[1]}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: who.name, password: who.password, consent: true }),
  });
  expect(accepted.status).toBe(200);
}

/** A social-service organisation made by a seeded admin, with the given members invited. */
export async function hrOrganisation(served: Served, members: { who: Person; roles: string[] }[]) {
  await seedUser(served.database, ADMIN.email, ['admin'], ADMIN.password);
  const admin = await apiSession(served.baseUrl, ADMIN.email, ADMIN.password);
  const { id: orgId } = await admin<{ id: string }>('POST', '/v1/orgs', {
    name: 'Астана қалалық әлеуметтік қызмет көрсету орталығы',
    kind: 'social-service-provider',
  });
  for (const m of members) await invite(served, admin, orgId, m.who, m.roles);
  return { admin, orgId };
}

/** Sign in through the page, in Kazakh (the profile's language). */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Құпиясөз', { exact: true }).fill(password);
  await page.locator('main').getByRole('button', { name: 'Кіру' }).click();
  await page.getByTestId('account-menu').waitFor();
}
