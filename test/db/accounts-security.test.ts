/**
 * The account rules an attacker would probe, run through the pipeline on each engine with a
 * clock the test moves: session expiry, CSRF, sign-in rate limits, API token scopes and
 * revocation, organisation isolation, the last org-admin, invitation links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../src/config.js';
import { LOGIN_LIMITS } from '../../src/services/accounts/auth.ops.js';
import { INVITATION_DAYS } from '../../src/services/accounts/invitation.ops.js';
import { RESET_HOURS } from '../../src/services/accounts/password-reset.ops.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import {
  type Caller,
  DAY,
  MINUTE,
  PASSWORD,
  accept,
  addMember,
  as,
  createAdmin,
  createOrg,
  invite,
  signIn,
  testClock,
} from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';

describe.each(testEngines)('account security on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  const clock = testClock();
  let admin: Caller;
  let orgA: string;
  let orgB: string;
  let adminA: Caller;
  let hrA: Caller;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true, now: clock.now });
    admin = await createAdmin(services, 'admin@kasip.test');
    orgA = await createOrg(services, admin, 'Org A');
    orgB = await createOrg(services, admin, 'Org B');
    adminA = await addMember(services, admin, orgA, 'admin@a.test', ['org-admin']);
    hrA = await addMember(services, adminA, orgA, 'hr@a.test', ['hr-officer']);
    await addMember(services, admin, orgB, 'admin@b.test', ['org-admin']);
  });
  afterAll(async () => {
    await database?.close();
  });

  const me = (caller: Caller) => services.pipeline.execute(services.ops.auth.me, {}, as(caller));

  it('ends an idle session, and an active one at its absolute limit', async () => {
    const idle = await signIn(services, 'hr@a.test');
    const kept = await signIn(services, 'hr@a.test');
    // Steps just inside the idle limit: `kept` is used after each one, `idle` is not.
    const step = DEFAULT_ACCOUNTS.sessionIdleMinutes * MINUTE - MINUTE;
    const steps = Math.floor((DEFAULT_ACCOUNTS.sessionMaxHours * 60 * MINUTE) / step);
    expect(steps).toBeGreaterThan(2);
    for (let i = 1; i <= steps; i++) {
      clock.advance(step);
      await expect(me(kept), `after ${i} steps`).resolves.toBeTruthy();
      if (i === 2) await expect(me(idle)).rejects.toMatchObject({ code: 'unauthenticated', message: /expired/ });
    }
    clock.advance(step); // still within the idle limit, but past the absolute one
    await expect(me(kept)).rejects.toMatchObject({ code: 'unauthenticated', message: /expired/ });
  });

  it('refuses a cookie-authenticated write without its CSRF token', async () => {
    const hr = await signIn(services, 'hr@a.test');
    const write = (csrf: string | undefined) =>
      services.pipeline.execute(
        services.ops.auth.tokenCreate,
        { name: 'csrf test' },
        { credentials: { session: hr.credentials.session, csrf } },
      );
    await expect(write(undefined)).rejects.toMatchObject({ code: 'forbidden', message: /X-CSRF-Token/ });
    await expect(write(`${hr.credentials.csrf}x`)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(write(hr.credentials.csrf)).resolves.toMatchObject({ token: { name: 'csrf test' } });
    // Reads need no CSRF token.
    await expect(me({ ...hr, credentials: { session: hr.credentials.session } })).resolves.toBeTruthy();
  });

  it('answers an unknown email and a wrong password alike', async () => {
    const login = (email: string, clientIp: string) =>
      services.pipeline.execute(services.ops.auth.login, { email, password: 'wrong password!' }, { clientIp });
    const unknown = await login('nobody@a.test', '203.0.113.1');
    const wrong = await login('hr@a.test', '203.0.113.2');
    expect(unknown).toEqual({ outcome: 'failed' });
    expect(wrong).toEqual(unknown);
  });

  it(`limits failed sign-ins to ${LOGIN_LIMITS.perAccount} per account and ${LOGIN_LIMITS.perIp} per address`, async () => {
    clock.advance(LOGIN_LIMITS.windowMinutes * MINUTE + MINUTE); // a fresh window
    const login = (email: string, password: string, clientIp: string) =>
      services.pipeline.execute(services.ops.auth.login, { email, password }, { clientIp });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      expect(await login('admin@a.test', 'wrong password!', `203.0.113.${10 + i}`)).toEqual({ outcome: 'failed' });
    }
    // Even the right password, from a new address, waits now.
    const limited = login('admin@a.test', PASSWORD, '203.0.113.99');
    await expect(limited).rejects.toMatchObject({ code: 'rate_limited' });
    const retryAfter = (await limited.catch((e: { retryAfter: number }) => e.retryAfter)) as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.windowMinutes * 60);

    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
      expect(await login(`guess${i}@a.test`, 'wrong password!', '198.51.100.66')).toEqual({ outcome: 'failed' });
    }
    await expect(login('hr@a.test', PASSWORD, '198.51.100.66')).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(login('hr@a.test', PASSWORD, '198.51.100.67')).resolves.toMatchObject({ outcome: 'signed-in' });

    clock.advance(LOGIN_LIMITS.windowMinutes * MINUTE + MINUTE);
    await expect(login('admin@a.test', PASSWORD, '203.0.113.99')).resolves.toMatchObject({ outcome: 'signed-in' });
  });

  it('lets a read-only token read but not write, and refuses revoked and expired tokens', async () => {
    const session = await signIn(services, 'admin@kasip.test');
    const token = async (scopes: string[], expiresInDays = 30) =>
      (
        await services.pipeline.execute(
          services.ops.auth.tokenCreate,
          { name: 't', scopes, expiresInDays },
          as(session),
        )
      ).secret;
    const bearer = (secret: string) => ({ credentials: { bearer: secret } });
    const reader = await token(['read']);
    const writer = await token(['read', 'write']);
    const createOrgWith = (secret: string) =>
      services.pipeline.execute(
        services.ops.orgs.create,
        { name: 'By token', kind: 'methodology-body' },
        bearer(secret),
      );
    await expect(services.pipeline.execute(services.ops.orgs.list, {}, bearer(reader))).resolves.toBeTruthy();
    await expect(createOrgWith(reader)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createOrgWith(writer)).resolves.toMatchObject({ name: 'By token' });

    const { tokens } = await services.pipeline.execute(services.ops.auth.tokensList, {}, as(session));
    const writerId = tokens.find((t) => t.scopes.includes('write'))?.id;
    await services.pipeline.execute(services.ops.auth.tokenRevoke, { id: writerId }, as(session));
    await expect(createOrgWith(writer)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(services.pipeline.execute(services.ops.auth.me, {}, bearer('kst_made-up'))).rejects.toMatchObject({
      code: 'unauthenticated',
    });

    const shortLived = await token(['read'], 1);
    await expect(services.pipeline.execute(services.ops.auth.me, {}, bearer(shortLived))).resolves.toBeTruthy();
    clock.advance(DAY + MINUTE);
    await expect(services.pipeline.execute(services.ops.auth.me, {}, bearer(shortLived))).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it("hides another organisation's members from an HR officer (not found, not forbidden)", async () => {
    const hr = await signIn(services, hrA.email);
    const members = (orgId: string) => services.pipeline.execute(services.ops.orgs.members, { orgId }, as(hr));
    await expect(members(orgA)).resolves.toMatchObject({ members: expect.any(Array) });
    await expect(members(orgB)).rejects.toMatchObject({ code: 'not_found' });
    await expect(members(crypto.randomUUID())).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps the last org-admin of an organisation', async () => {
    const boss = await signIn(services, 'admin@kasip.test');
    const { ops, pipeline } = services;
    await expect(
      pipeline.execute(ops.orgs.remove, { orgId: orgA, userId: adminA.userId }, as(boss)),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      pipeline.execute(ops.orgs.setRoles, { orgId: orgA, userId: adminA.userId, roles: ['member'] }, as(boss)),
    ).rejects.toMatchObject({ code: 'conflict' });
    await pipeline.execute(ops.orgs.setRoles, { orgId: orgA, userId: hrA.userId, roles: ['org-admin'] }, as(boss));
    await expect(
      pipeline.execute(ops.orgs.setRoles, { orgId: orgA, userId: adminA.userId, roles: ['member'] }, as(boss)),
    ).resolves.toMatchObject({ roles: ['member'] });
  });

  it('accepts an invitation link once, and not after it expires', async () => {
    const boss = await signIn(services, 'admin@kasip.test');
    const { ops, pipeline } = services;
    const once = await invite(services, boss, orgB, 'once@b.test', ['member']);
    await accept(services, once, 'Once');
    await expect(accept(services, once, 'Twice')).rejects.toMatchObject({ code: 'not_found' });
    await expect(pipeline.execute(ops.orgs.viewInvitation, { token: once })).rejects.toMatchObject({
      code: 'not_found',
    });

    const late = await invite(services, boss, orgB, 'late@b.test', ['member']);
    clock.advance(INVITATION_DAYS * DAY - MINUTE);
    await expect(pipeline.execute(ops.orgs.viewInvitation, { token: late })).resolves.toMatchObject({
      email: 'late@b.test',
    });
    clock.advance(2 * MINUTE);
    await expect(pipeline.execute(ops.orgs.viewInvitation, { token: late })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(accept(services, late, 'Late')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets a password-reset link work once, and not after it expires; a newer link retires an older one', async () => {
    const boss = await signIn(services, 'admin@kasip.test');
    const { ops, pipeline } = services;
    const linkFor = async (email: string) =>
      (await pipeline.execute(ops.resets.create, { email }, as(boss))).link.split('/').at(-1) as string;
    await addMember(services, boss, orgB, 'reset@b.test', ['member']);

    const older = await linkFor('reset@b.test');
    const newer = await linkFor('reset@b.test');
    await expect(pipeline.execute(ops.resets.view, { token: older })).rejects.toMatchObject({ code: 'not_found' });

    clock.advance(RESET_HOURS * 60 * MINUTE - MINUTE);
    await expect(pipeline.execute(ops.resets.view, { token: newer })).resolves.toMatchObject({
      email: 'reset@b.test',
    });
    clock.advance(2 * MINUTE);
    await expect(
      pipeline.execute(ops.resets.complete, { token: newer, password: 'a late new passphrase' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await signIn(services, 'reset@b.test', PASSWORD);
  });
});
