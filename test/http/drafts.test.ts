/**
 * The draft core over HTTP: who may call it (401 signed out, 403 without the methodologist
 * role, granted by an admin through POST /v1/platform-roles), 201 on creation, items of one
 * card, an edit batch, a stale edit answered 409 as problem+json naming the item, a field the
 * kind lacks answered 400 naming where it is in the request, and the checks and diff.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/http/app.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { createServices } from '../../src/services/index.js';
import { type Browser, browser, seedUser, signIn, testClientIp } from '../support/accounts.js';
import { openTestDb } from '../support/engines.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const S1 = '2635-3-001.5.f1.t1.s1';

describe('drafts over HTTP', () => {
  let app: App;
  let meth: Browser;
  let other: Browser;
  let draftId: string;

  beforeAll(async () => {
    const database = await openTestDb('pglite');
    const services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    app = createApp({ services, clientIp: testClientIp });
    await seedUser(database, 'http-admin@example.kz', ['admin']);
    await seedUser(database, 'http-meth@example.kz');
    await seedUser(database, 'http-other@example.kz', ['methodologist']);
    const admin = await signIn(app, 'http-admin@example.kz');
    meth = await signIn(app, 'http-meth@example.kz');
    other = await signIn(app, 'http-other@example.kz');
    expect((await meth.request('GET', '/v1/drafts')).status).toBe(403);
    const granted = await admin.json<{ user: { platformRoles: string[] } }>('POST', '/v1/platform-roles', {
      email: 'http-meth@example.kz',
      role: 'methodologist',
    });
    expect(granted.user.platformRoles).toEqual(['methodologist']);
  }, 120_000);

  it('asks a signed-out caller to sign in', async () => {
    expect((await browser(app).request('GET', '/v1/drafts')).status).toBe(401);
  });

  it('creates a draft (201) and answers one card of it', async () => {
    const res = await meth.request('POST', '/v1/drafts', { from: 'edition' });
    expect(res.status).toBe(201);
    draftId = ((await res.json()) as { id: string }).id;
    const items = await meth.json<{ revision: number; items: { id: string; revision: number }[] }>(
      'GET',
      `/v1/drafts/${draftId}/items?card=2635-3-001.5`,
    );
    expect(items.revision).toBe(1);
    expect(items.items[0]?.id).toBe('2635-3-001.5');
  });

  it('applies an edit, then answers a stale one with 409 problem+json naming the item', async () => {
    const ok = await meth.json<{ revision: number }>('POST', `/v1/drafts/${draftId}/edits`, {
      edits: [{ op: 'update', id: S1, revision: 1, text: { kk: 'Жаңа мәтін' } }],
    });
    expect(ok.revision).toBe(2);
    const stale = await other.request('POST', `/v1/drafts/${draftId}/edits`, {
      edits: [{ op: 'update', id: S1, revision: 1, text: { kk: 'Басқа мәтін' } }],
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await stale.json()) as { detail: string };
    expect(problem.detail).toContain(S1);
    expect(problem.detail).toContain('Жаңа мәтін');
  });

  it('answers 400 naming a field the kind does not have', async () => {
    const res = await meth.request('POST', `/v1/drafts/${draftId}/edits`, {
      edits: [{ op: 'update', id: S1, revision: 2, fields: { definition: { kk: 'Анықтама' } } }],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('edits[0].fields.definition');
  });

  it('answers the checks and the diff of the edited draft', async () => {
    const checks = await meth.json<{ revision: number; blocking: unknown[] }>('GET', `/v1/drafts/${draftId}/checks`);
    expect(checks).toMatchObject({ revision: 2, blocking: [] });
    const diff = await meth.json<{ changes: { kind: string; to: { id: string } | null }[] }>(
      'GET',
      `/v1/drafts/${draftId}/diff`,
    );
    expect(diff.changes.map((c) => [c.kind, c.to?.id])).toEqual([['reworded', S1]]);
    const draft = await meth.json<{ source: { mode: string } }>('GET', `/v1/drafts/${draftId}`);
    expect(draft.source.mode).toBe('compiled');
  });
});
