/**
 * The draft core on each engine: a draft started from Order 262 holds every item of it, unchanged,
 * cites the official text and materialises into exactly the published edition (the diff is
 * empty); a draft of a new standard starts empty; items come one card at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import { materialiseRow } from '../../src/services/workbench/draft-core.js';
import { findDraft, listDraftItems } from '../../src/storage/repositories/draft.repository.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, as } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { createMethodologist } from '../support/methodologists.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const CARD = '2635-3-001.5';

describe.each(testEngines)('draft core on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let meth: Caller;
  let draftId: string;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    meth = await createMethodologist(services, 'core-meth@example.kz');
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  const run = <I, O>(op: { name: string } & object, input: I): Promise<O> =>
    services.pipeline.execute(op as never, input as never, as(meth)) as Promise<O>;

  it('starts a draft from the current edition: every item, unchanged, citing the official text', async () => {
    const draft = await services.pipeline.execute(
      services.ops.drafts.create,
      { body: { from: 'edition', edition: 'current' } },
      as(meth),
    );
    draftId = draft.id;
    expect(draft).toMatchObject({
      standardId: 'social-protection',
      baseEditionId: 'order-262-2023',
      origin: 'edition',
      status: 'draft',
      revision: 1,
      openComments: 0,
      source: { mode: 'official', unmatchedTexts: 0 },
      createdBy: { id: meth.userId },
      can: { edit: true, submit: true, approve: false, publish: false, withdraw: true },
    });
    expect(draft.counts.new + draft.counts.changed + draft.counts.deprecated).toBe(0);
    const edition = await services.editions.read('order-262-2023');
    const stored = await services.pipeline.execute(services.ops.drafts.items, { draftId }, as(meth));
    expect(stored.items.length).toBe(draft.counts.items);
    expect(draft.counts.items).toBeGreaterThan(500);
    expect(edition.cards.length).toBe(stored.items.filter((i) => i.kind === 'card').length);
  });

  it('materialises an untouched draft into the published edition: the diff is empty', async () => {
    const row = await findDraft(database.db, draftId);
    if (!row) throw new Error('no draft row');
    const { edition, mode } = materialiseRow(row, await listDraftItems(database.db, draftId), false);
    const published = await services.editions.read('order-262-2023');
    expect(mode).toBe('official');
    expect(edition).toEqual(published);
    const diff = await services.pipeline.execute(services.ops.drafts.diff, { draftId }, as(meth));
    expect(diff.changes).toEqual([]);
    expect(diff.alignment.added).toEqual([]);
    expect(diff.alignment.removed).toEqual([]);
  });

  it("answers one card's items in print order, the card first", async () => {
    const out = await services.pipeline.execute(services.ops.drafts.items, { draftId, card: CARD }, as(meth));
    expect(out.items[0]).toMatchObject({ id: CARD, kind: 'card', state: 'unchanged', revision: 1 });
    expect(out.items[0]?.fields).toMatchObject({ code: '2635-3-001', level: 5 });
    expect(out.items.every((i) => i.id === CARD || i.cardId === CARD)).toBe(true);
    const f1 = out.items.findIndex((i) => i.id === `${CARD}.f1`);
    const t1 = out.items.findIndex((i) => i.id === `${CARD}.f1.t1`);
    expect(f1).toBeGreaterThan(0);
    expect(t1).toBe(f1 + 1);
    const terms = await services.pipeline.execute(services.ops.drafts.items, { draftId, card: 'none' }, as(meth));
    expect(terms.items.length).toBeGreaterThan(0);
    expect(terms.items.every((i) => i.kind === 'term' || i.kind === 'profession')).toBe(true);
    await expect(run(services.ops.drafts.items, { draftId, card: 'nope.1' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('starts a new standard empty, compiled, and lists both drafts', async () => {
    const draft = await services.pipeline.execute(
      services.ops.drafts.create,
      { body: { from: 'empty', standardId: 'new-standard', title: { kk: 'Жаңа стандарт' } } },
      as(meth),
    );
    expect(draft).toMatchObject({
      standardId: 'new-standard',
      baseEditionId: null,
      origin: 'empty',
      counts: { items: 0, new: 0, changed: 0, deprecated: 0 },
      source: { mode: 'compiled' },
    });
    const list = await services.pipeline.execute(services.ops.drafts.list, {}, as(meth));
    expect(list.total).toBe(2);
    expect(list.drafts.map((d) => d.id)).toContain(draftId);
    const checks = await services.pipeline.execute(services.ops.drafts.checks, { draftId: draft.id }, as(meth));
    expect(checks.blocking).toEqual([]);
  });

  it('refuses an empty draft whose standard id is a stored standard', async () => {
    await expect(
      run(services.ops.drafts.create, {
        body: { from: 'empty', standardId: 'social-protection', title: { kk: 'Қайталау' } },
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('answers 404 for a draft that does not exist', async () => {
    await expect(
      run(services.ops.drafts.get, { draftId: '0b5f3c1e-6a4f-4f2e-9c61-3f8d7e2a9b10' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
