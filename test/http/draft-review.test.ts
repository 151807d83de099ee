/**
 * Review and publishing over HTTP, on each engine: a methodologist drafts Order 262's next
 * edition with one skill reworded, submits it, a second methodologist returns it with a comment,
 * it is resubmitted, the comment resolved, approved by the second methodologist (never by its
 * creator), and published: the diff between the editions shows exactly the edit, the old edition
 * is superseded but readable, and the new one is current. The impact names the programme that
 * links the reworded skill and the certificate on its card (by number, never by holder).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeContent } from '../../src/domain/programmes/programme.js';
import { type Browser, signIn } from '../support/accounts.js';
import { type Caller, addMember, as, createAdmin, createOrg } from '../support/callers.js';
import { useBundledApp } from '../support/bundled-app.js';
import { testEngines } from '../support/engines.js';
import { createMethodologist } from '../support/methodologists.js';

const CARD = '3412-0-008';
const SKILL = `${CARD}.4.f1.t1.s1`;
const REWORDED = 'Қызмет көрсету аймағындағы көмекке мұқтаж азаматтарды анықтайды.';
const HOLDER = 'Асанова Әйгерім Серікқызы';
const ORDER = {
  number: '300',
  date: '2026-12-01',
  registration: { number: '34567', date: '2026-12-02' },
  inForceFrom: '2026-12-15',
};

type Json = Record<string, unknown>;
type Draft = { id: string; status: string; revision: number; openComments: number; can: Record<string, boolean> };

describe.each(testEngines)('reviewing and publishing a draft on %s', (engine) => {
  const ctx = useBundledApp(engine);
  let author: Browser;
  let reviewer: Browser;
  let orgId: string;
  let programmeId: string;

  const call = async (b: Browser, method: string, path: string, body?: unknown) => {
    const res = await b.request(method, path, body);
    return { status: res.status, body: (await res.json()) as Json };
  };
  const ok = async <T = Json>(b: Browser, method: string, path: string, body?: unknown): Promise<T> => {
    const res = await call(b, method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as T;
  };

  /** A programme on the card that links the skill, and a certificate on the card, in one college. */
  async function seedStoredData(): Promise<void> {
    const { services, database } = ctx;
    const admin = await createAdmin(services, `admin-${engine}@kasip.test`);
    orgId = await createOrg(services, admin, 'Колледж');
    const designer: Caller = await addMember(services, admin, orgId, `designer-${engine}@a.test`, [
      'programme-designer',
    ]);
    const run = <O>(op: unknown, input: unknown) =>
      services.pipeline.execute(op as never, input as never, as(designer)) as Promise<O>;
    const content = await run<ProgrammeContent>(services.ops.programmes.propose, {
      orgId,
      card: CARD,
      level: 4,
      type: 'tvet-modular',
      lang: 'kk',
    });
    programmeId = (await run<{ id: string }>(services.ops.programmes.create, { orgId, content })).id;
    const now = new Date();
    // A certificate row as certificates.issue writes it (the certificate tests cover issuing).
    const statusListId = crypto.randomUUID();
    await database.db
      .insertInto('status_list')
      .values({
        org_id: orgId,
        id: statusListId,
        purpose: 'revocation',
        size: 131072,
        created_at: now,
        issuer_key_id: null,
      })
      .execute();
    await database.db
      .insertInto('credential')
      .values({
        id: crypto.randomUUID(),
        org_id: orgId,
        number: `KSP-2026-${engine === 'pglite' ? '000001' : '000002'}`,
        candidate_id: null,
        holder_name: HOLDER,
        card_code: CARD,
        card_level: 4,
        edition_id: 'order-262-2023',
        issued_at: now,
        valid_until: new Date(now.getTime() + 86_400_000 * 365),
        status_list_id: statusListId,
        status_index: 1,
        document: JSON.stringify({}),
      })
      .execute();
  }

  beforeAll(async () => {
    const { app, services } = ctx;
    await createMethodologist(services, `author-${engine}@kasip.test`);
    await createMethodologist(services, `reviewer-${engine}@kasip.test`);
    author = await signIn(app, `author-${engine}@kasip.test`);
    reviewer = await signIn(app, `reviewer-${engine}@kasip.test`);
    await seedStoredData();
  });

  it('goes from draft to published with a second methodologist, and the diff shows exactly the edit', async () => {
    let draft = await ok<Draft>(author, 'POST', '/v1/drafts', { from: 'edition' });
    const items = await ok<{ items: { id: string; revision: number }[] }>(
      author,
      'GET',
      `/v1/drafts/${draft.id}/items`,
    );
    const skill = items.items.find((i) => i.id === SKILL);
    expect(skill).toBeDefined();
    await ok(author, 'POST', `/v1/drafts/${draft.id}/edits`, {
      edits: [{ op: 'update', id: SKILL, revision: skill?.revision, text: { kk: REWORDED } }],
    });
    draft = await ok<Draft>(author, 'GET', `/v1/drafts/${draft.id}`);

    // A stale revision is a conflict; a step the status does not allow is a conflict too.
    expect((await call(author, 'POST', `/v1/drafts/${draft.id}/submit`, { revision: draft.revision - 1 })).status).toBe(
      409,
    );
    const early = await call(reviewer, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    expect(early.status).toBe(409);
    expect(String(early.body.detail ?? early.body.message)).toContain('draft');

    draft = await ok<Draft>(author, 'POST', `/v1/drafts/${draft.id}/submit`, { revision: draft.revision });
    expect(draft.status).toBe('in-review');

    // Returning needs a comment; with one, it goes back and the comment is kept, open.
    expect((await call(reviewer, 'POST', `/v1/drafts/${draft.id}/return`, { revision: draft.revision })).status).toBe(
      400,
    );
    draft = await ok<Draft>(reviewer, 'POST', `/v1/drafts/${draft.id}/return`, {
      revision: draft.revision,
      comment: 'Сөзін тексеріңіз.',
    });
    expect(draft).toMatchObject({ status: 'draft', openComments: 1 });

    // A comment on an item of the draft, and one on an item it does not have (400).
    const onItem = await ok<{ id: string; itemId: string }>(reviewer, 'POST', `/v1/drafts/${draft.id}/comments`, {
      itemId: SKILL,
      body: 'Осы білік.',
    });
    expect(onItem.itemId).toBe(SKILL);
    const unknown = await call(reviewer, 'POST', `/v1/drafts/${draft.id}/comments`, {
      itemId: 'no.such.item',
      body: 'x',
    });
    expect(unknown.status).toBe(400);

    draft = await ok<Draft>(author, 'POST', `/v1/drafts/${draft.id}/submit`, { revision: draft.revision });

    // The creator cannot approve; open comments block the second methodologist.
    const self = await call(author, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    expect(self.status).toBe(403);
    expect(JSON.stringify(self.body)).toContain('Approval needs a second methodologist');
    const blocked = await call(reviewer, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    expect(blocked.status).toBe(422);
    expect(JSON.stringify(blocked.body)).toContain(onItem.id);

    const open = await ok<{ comments: { id: string }[] }>(author, 'GET', `/v1/drafts/${draft.id}/comments?open=true`);
    expect(open.comments).toHaveLength(2);
    for (const c of open.comments) await ok(author, 'POST', `/v1/drafts/${draft.id}/comments/${c.id}/resolve`);
    // Resolving twice answers the comment as it is.
    const again = await ok<{ resolvedBy: { id: string } | null }>(
      reviewer,
      'POST',
      `/v1/drafts/${draft.id}/comments/${onItem.id}/resolve`,
    );
    expect(again.resolvedBy).not.toBeNull();
    const all = await ok<{ comments: { resolvedAt: string | null }[] }>(
      author,
      'GET',
      `/v1/drafts/${draft.id}/comments`,
    );
    expect(all.comments.every((c) => c.resolvedAt !== null)).toBe(true);

    draft = await ok<Draft>(author, 'GET', `/v1/drafts/${draft.id}`);
    draft = await ok<Draft>(reviewer, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    expect(draft.status).toBe('approved');

    // The impact: the programme linking the skill, the certificate on its card; no holder name.
    const impact = await ok<{ changedItems: number; entries: Json[] }>(author, 'GET', `/v1/drafts/${draft.id}/impact`);
    expect(impact.changedItems).toBe(1);
    expect(impact.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'programme',
          orgId,
          orgName: 'Колледж',
          targetId: programmeId,
          items: [{ itemId: SKILL, change: 'changed' }],
          href: `/orgs/${orgId}/programmes/${programmeId}`,
        }),
        expect.objectContaining({
          kind: 'certificate',
          orgId,
          label: expect.stringContaining('KSP-2026-'),
          // The fields the web app words its own label from, in the page's language.
          name: expect.stringMatching(/^KSP-2026-/),
          card: { code: expect.any(String), level: expect.any(Number) },
          items: [{ itemId: SKILL, change: 'changed' }],
        }),
      ]),
    );
    expect(JSON.stringify(impact)).not.toContain(HOLDER);

    const published = await ok<{ editionId: string; supersededEditionId: string; draft: Draft; impact: Json }>(
      reviewer,
      'POST',
      `/v1/drafts/${draft.id}/publish`,
      { revision: draft.revision, order: ORDER },
    );
    expect(published).toMatchObject({
      editionId: 'order-300-2026',
      supersededEditionId: 'order-262-2023',
      draft: { status: 'published', publishedEditionId: 'order-300-2026' },
    });
    expect((published.impact.entries as Json[]).length).toBe(impact.entries.length);

    // Publishing twice is a conflict (the draft is published now).
    const twice = await call(reviewer, 'POST', `/v1/drafts/${draft.id}/publish`, {
      revision: published.draft.revision,
      order: ORDER,
    });
    expect(twice.status).toBe(409);

    // The diff between the editions shows exactly the edit (besides the order's own fields).
    const diff = await ok<{ changes: { kind: string; from: { id: string } | null; to: { text: string } | null }[] }>(
      author,
      'GET',
      '/v1/editions/order-262-2023/diff/order-300-2026',
    );
    const itemChanges = diff.changes.filter((c) => c.kind !== 'metadataChanged');
    expect(itemChanges).toHaveLength(1);
    expect(itemChanges[0]).toMatchObject({ kind: 'reworded', from: { id: SKILL }, to: { text: REWORDED } });

    // The new edition is current; the old one is superseded and still read by id.
    const editions = await ok<{ editions: { id: string; current: boolean; status: string }[] }>(
      author,
      'GET',
      '/v1/editions',
    );
    expect(editions.editions.find((e) => e.current)?.id).toBe('order-300-2026');
    expect(editions.editions.find((e) => e.id === 'order-262-2023')?.status).toBe('superseded');
    const oldCard = await call(author, 'GET', `/v1/cards/${CARD}/4?edition=order-262-2023`);
    expect(oldCard.status).toBe(200);
  });

  it('refuses approving to the methodologist who created the draft even when another submitted it', async () => {
    let draft = await ok<Draft>(author, 'POST', '/v1/drafts', { from: 'edition' });
    draft = await ok<Draft>(reviewer, 'POST', `/v1/drafts/${draft.id}/submit`, { revision: draft.revision });
    expect(draft.can.approve).toBe(false);
    const byCreator = await call(author, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    expect(byCreator.status).toBe(403);
    const bySubmitter = await call(reviewer, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    expect(bySubmitter.status).toBe(403);
    draft = await ok<Draft>(author, 'POST', `/v1/drafts/${draft.id}/withdraw`, { revision: draft.revision });
    expect(draft.status).toBe('withdrawn');
    expect((await call(author, 'POST', `/v1/drafts/${draft.id}/submit`, { revision: draft.revision })).status).toBe(
      409,
    );
  });

  it('publishes a new standard dated later without taking over as the current edition', async () => {
    const before = await ok<{ editions: { id: string; current: boolean }[] }>(author, 'GET', '/v1/editions');
    const current = before.editions.find((e) => e.current)?.id;
    let draft = await ok<Draft>(author, 'POST', '/v1/drafts', {
      from: 'empty',
      standardId: `later-${engine}`,
      title: { kk: 'Жаңа стандарт' },
    });
    draft = await ok<Draft>(author, 'POST', `/v1/drafts/${draft.id}/submit`, { revision: draft.revision });
    draft = await ok<Draft>(reviewer, 'POST', `/v1/drafts/${draft.id}/approve`, { revision: draft.revision });
    const later = { ...ORDER, number: '9', date: '2030-01-01', inForceFrom: '2030-01-01' };
    // An id a published edition has already is refused.
    const taken = await call(reviewer, 'POST', `/v1/drafts/${draft.id}/publish`, {
      revision: draft.revision,
      order: later,
      editionId: 'order-262-2023',
    });
    expect(taken.status).toBe(409);
    const out = await ok<{ editionId: string; supersededEditionId: string | null; impact: { entries: unknown[] } }>(
      reviewer,
      'POST',
      `/v1/drafts/${draft.id}/publish`,
      { revision: draft.revision, order: later },
    );
    expect(out).toMatchObject({ editionId: 'order-9-2030', supersededEditionId: null, impact: { entries: [] } });
    const after = await ok<{ editions: { id: string; current: boolean; status: string }[] }>(
      author,
      'GET',
      '/v1/editions',
    );
    expect(after.editions.find((e) => e.current)?.id).toBe(current);
    expect(after.editions.find((e) => e.id === 'order-9-2030')?.status).toBe('in-force');
  });
});
