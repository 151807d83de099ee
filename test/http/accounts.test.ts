/**
 * Accounts over HTTP on each engine: the session cookie, CSRF on cookie writes, the cache scope
 * of private answers, the newcomer's flow (admin → organisation → invitation → HR officer) and
 * isolation between organisations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { MAX_BODY_BYTES } from '../../src/http/operation-route.js';
import { createLogger } from '../../src/logger.js';
import { createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { PASSWORD, browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { openTestDb, testEngines } from '../support/engines.js';

describe.each(testEngines)('accounts over HTTP (%s)', (engine) => {
  let database: OpenDb;
  let app: App;
  beforeAll(async () => {
    database = await openTestDb(engine);
    app = createApp({ services: createServices(database, { checkOutput: true }), clientIp: testClientIp });
    await seedUser(database, 'admin@example.kz', ['admin']);
  });
  afterAll(async () => database?.close());

  it('signs in with an HttpOnly, SameSite=Lax cookie and answers /me privately', async () => {
    const b = browser(app);
    const res = await b.request('POST', '/v1/auth/login', { email: 'ADMIN@example.kz ', password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kasip_session=[^;]+/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('session');
    expect(JSON.stringify(body)).not.toContain((cookie.split(';')[0] ?? '').split('=')[1]);

    const me = await b.request('GET', '/v1/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    expect(me.headers.get('access-control-allow-origin')).toBeNull();
    expect(me.headers.get('etag')).toBeNull();
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('admin@example.kz');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const res = await app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email: 'admin@example.kz', password: PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown email with the same 401 problem', async () => {
    const wrong = await browser(app, '198.51.100.7').request('POST', '/v1/auth/login', {
      email: 'admin@example.kz',
      password: 'not the password',
    });
    const unknown = await browser(app, '198.51.100.7').request('POST', '/v1/auth/login', {
      email: 'nobody@example.kz',
      password: 'not the password',
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const [a, b] = [(await wrong.json()) as { detail: string }, (await unknown.json()) as { detail: string }];
    expect(a.detail).toBe(b.detail);
  });

  it('keeps public registry reads cacheable and open to other sites', async () => {
    const res = await app.request('/api/v1/editions', { headers: { origin: 'https://other.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/^public/);
  });

  it('asks for sign-in (401) without a session, and refuses a cookie write without the CSRF token', async () => {
    expect((await browser(app).request('GET', '/v1/me')).status).toBe(401);
    const admin = await signIn(app, 'admin@example.kz');
    const csrf = admin.csrf;
    admin.csrf = null;
    const refused = await admin.request('POST', '/v1/orgs', { name: 'Forged', kind: 'education-provider' });
    expect(refused.status).toBe(403);
    admin.csrf = 'wrong-token';
    expect((await admin.request('POST', '/v1/orgs', { name: 'Forged', kind: 'education-provider' })).status).toBe(403);
    admin.csrf = csrf;
    const orgs = await admin.json<{ orgs: { name: string }[] }>('GET', '/v1/orgs');
    expect(orgs.orgs.map((o) => o.name)).not.toContain('Forged');
  });

  it('takes a newcomer from admin to an organisation to an HR officer who signs in', async () => {
    const admin = await signIn(app, 'admin@example.kz');
    const createdRes = await admin.request('POST', '/v1/orgs', {
      name: 'Алматы қаласының аумақтық әлеуметтік қызмет көрсету орталығы',
      kind: 'social-service-provider',
    });
    expect(createdRes.status).toBe(201);
    const org = (await createdRes.json()) as { id: string };
    const invited = await admin.json<{ link: string; invitation: { status: string } }>(
      'POST',
      `/v1/orgs/${org.id}/invitations`,
      { email: 'hr@example.kz', roles: ['hr-officer'] },
    );
    expect(invited.invitation.status).toBe('pending');
    const token = invited.link.split('/invite/')[1] ?? '';

    const newcomer = browser(app);
    const view = await newcomer.json<{ email: string; accountExists: boolean }>('GET', `/v1/invitations/${token}`);
    expect(view).toMatchObject({ email: 'hr@example.kz', accountExists: false });
    const noConsent = await newcomer.request('POST', `/v1/invitations/${token}/accept`, {
      displayName: 'Айгүл',
      password: 'a long enough password',
    });
    expect(noConsent.status).toBe(400);
    const accepted = await newcomer.json<{ csrfToken: string }>('POST', `/v1/invitations/${token}/accept`, {
      displayName: 'Айгүл',
      password: 'a long enough password',
      consent: true,
    });
    expect(newcomer.cookie).not.toBeNull();
    newcomer.csrf = accepted.csrfToken;
    const replay = await browser(app).request('POST', `/v1/invitations/${token}/accept`, {
      displayName: 'Someone else',
      password: 'another long password',
      consent: true,
    });
    expect(replay.status).toBe(404);

    const hr = await signIn(app, 'hr@example.kz', 'a long enough password');
    const me = await hr.json<{ memberships: { org: { id: string }; roles: string[] }[] }>('GET', '/v1/me');
    expect(me.memberships).toEqual([expect.objectContaining({ org: expect.objectContaining({ id: org.id }) })]);
    expect(me.memberships[0]?.roles).toEqual(['hr-officer']);
    const members = await hr.json<{ members: unknown[] }>('GET', `/v1/orgs/${org.id}/members`);
    expect(members.members).toHaveLength(1);
    // An HR officer may read the members but not manage them.
    expect((await hr.request('GET', `/v1/orgs/${org.id}/invitations`)).status).toBe(403);

    // Another organisation's data is not there for them: 404, not 403.
    const other = (await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Басқа', kind: 'education-provider' }))
      .id;
    const hidden = await hr.request('GET', `/v1/orgs/${other}/members`);
    expect(hidden.status).toBe(404);
    expect((await hr.request('GET', `/v1/orgs/${crypto.randomUUID()}/members`)).status).toBe(404);

    // Signing out clears the cookie and ends the session.
    const out = await hr.request('POST', '/v1/auth/logout');
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^kasip_session=;/);
    expect(hr.cookie).toBeNull();
  });

  it('limits failed sign-ins per account with 429 and Retry-After', async () => {
    await seedUser(database, 'target@example.kz');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await browser(app, `203.0.113.${i}`).request('POST', '/v1/auth/login', {
        email: 'target@example.kz',
        password: `guess ${i}`,
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // The right password is refused too while the limit lasts.
    const locked = await browser(app, '203.0.113.99').request('POST', '/v1/auth/login', {
      email: 'target@example.kz',
      password: PASSWORD,
    });
    expect(locked.status).toBe(429);
  });

  it('accepts API tokens as Bearer credentials, without CSRF, within their scopes', async () => {
    const admin = await signIn(app, 'admin@example.kz');
    const created = await admin.json<{ secret: string; token: { id: string } }>('POST', '/v1/me/tokens', {
      name: 'HR system',
      scopes: ['read'],
    });
    const auth = { authorization: `Bearer ${created.secret}` };
    const read = await app.request('/api/v1/orgs', { headers: auth });
    expect(read.status).toBe(200);
    const write = await app.request('/api/v1/orgs', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'By token', kind: 'methodology-body' }),
    });
    expect(write.status).toBe(403);
    await admin.json('POST', `/v1/me/tokens/${created.token.id}/revoke`);
    expect((await app.request('/api/v1/orgs', { headers: auth })).status).toBe(401);
  });

  it('refuses bodies that are not JSON objects with a 400 problem', async () => {
    const admin = await signIn(app, 'admin@example.kz');
    for (const [body, type] of [
      ['{not json', 'application/json'],
      ['[1,2]', 'application/json'],
      ['name=x', 'application/x-www-form-urlencoded'],
    ] as const) {
      const raw = await app.request('/api/v1/orgs', {
        method: 'POST',
        headers: { cookie: admin.cookie ?? '', 'x-csrf-token': admin.csrf ?? '', 'content-type': type },
        body,
      });
      expect(raw.status).toBe(400);
      expect(raw.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it('resets a password with a single-use link that ends the old sessions', async () => {
    await seedUser(database, 'forgetful@example.kz');
    const old = await signIn(app, 'forgetful@example.kz');
    const admin = await signIn(app, 'admin@example.kz');
    expect((await old.request('POST', '/v1/password-resets', { email: 'forgetful@example.kz' })).status).toBe(403);
    const { link } = await admin.json<{ link: string }>('POST', '/v1/password-resets', {
      email: 'forgetful@example.kz',
    });
    const token = link.split('/reset/')[1] ?? '';
    const anyone = browser(app);
    expect(await anyone.json('GET', `/v1/password-resets/${token}`)).toMatchObject({ email: 'forgetful@example.kz' });
    const short = await anyone.request('POST', `/v1/password-resets/${token}/complete`, { password: 'short' });
    expect(short.status).toBe(400);
    const done = await anyone.json<{ sessionsEnded: number }>('POST', `/v1/password-resets/${token}/complete`, {
      password: 'a brand new passphrase',
    });
    expect(done.sessionsEnded).toBe(1);
    expect((await old.request('GET', '/v1/me')).status).toBe(401);
    const again = await anyone.request('POST', `/v1/password-resets/${token}/complete`, {
      password: 'yet another passphrase',
    });
    expect(again.status).toBe(404);
    expect(
      (
        await browser(app, '198.51.100.50').request('POST', '/v1/auth/login', {
          email: 'forgetful@example.kz',
          password: PASSWORD,
        })
      ).status,
    ).toBe(401);
    await signIn(app, 'forgetful@example.kz', 'a brand new passphrase');
  });

  it('keeps secrets and personal data out of the logs', async () => {
    const lines: string[] = [];
    const logged = createApp({
      services: createServices(database),
      clientIp: testClientIp,
      logger: createLogger('debug', (line) => lines.push(line)),
    });
    const admin = await signIn(logged, 'admin@example.kz');
    const org = await admin.json<{ id: string }>('POST', '/v1/orgs', { name: 'Логтар', kind: 'methodology-body' });
    const { link } = await admin.json<{ link: string }>('POST', `/v1/orgs/${org.id}/invitations`, {
      email: 'secret.person@example.kz',
      roles: ['member'],
    });
    const token = link.split('/invite/')[1] ?? '';
    await browser(logged).request('GET', `/v1/invitations/${token}`);
    await browser(logged).request('POST', '/v1/auth/login', { email: 'admin@example.kz', password: 'wrong password!' });
    const all = lines.join('\n');
    expect(all).toContain('/api/v1/invitations/[secret]');
    for (const secret of [token, PASSWORD, 'wrong password!', 'secret.person@example.kz', admin.csrf ?? '?']) {
      expect(all).not.toContain(secret);
    }
  });

  it('refuses a body over the bound before using it, whether or not it declares its length', async () => {
    const admin = await signIn(app, 'admin@example.kz');
    const huge = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES), kind: 'education-provider' });
    const headers = {
      cookie: admin.cookie ?? '',
      'x-csrf-token': admin.csrf ?? '',
      'content-type': 'application/json',
    };
    const declared = await app.request('/api/v1/orgs', { method: 'POST', headers, body: huge });
    const bytes = new TextEncoder().encode(huge);
    const streamed = await app.request('/api/v1/orgs', {
      method: 'POST',
      headers,
      // A stream has no Content-Length: the bound is counted while reading.
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.byteLength; at += 64 * 1024)
            controller.enqueue(bytes.subarray(at, at + 64 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    for (const res of [declared, streamed]) {
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(((await res.json()) as { detail: string }).detail).toBe('The request body is larger than 1 MB.');
    }
    const orgs = await admin.json<{ orgs: { name: string }[] }>('GET', '/v1/orgs');
    expect(orgs.orgs.some((o) => o.name.length > 1000)).toBe(false);
  });
});
