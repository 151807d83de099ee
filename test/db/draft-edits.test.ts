/**
 * Editing a draft through drafts.edit, on each engine: two methodologists on the same item get
 * a 409 naming it (nothing of the losing batch applied), on different items both apply; a moved
 * item keeps its id; a deprecated item's id is never given out again; rewording one skill shows
 * as exactly that skill in the diff and makes the draft cite a compiled text; a batch that would
 * leave a card invalid is refused naming the item; a draft in review is not edited.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/shared/errors.js';
import { readEdition } from '../../src/importer/read-edition.js';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, as } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { createMethodologist } from '../support/methodologists.js';
import { BUNDLED_EDITION } from '../support/paths.js';

const CARD = '2635-3-001.5';
const TASK = `${CARD}.f1.t1`;

describe.each(testEngines)('editing a draft on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let ann: Caller;
  let bek: Caller;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    await services.editions.load(await readEdition(BUNDLED_EDITION));
    ann = await createMethodologist(services, 'ann@example.kz');
    bek = await createMethodologist(services, 'bek@example.kz');
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  const newDraft = async () =>
    (await services.pipeline.execute(services.ops.drafts.create, { body: { from: 'edition' } }, as(ann))).id;
  const items = async (draftId: string) =>
    (await services.pipeline.execute(services.ops.drafts.items, { draftId, card: CARD }, as(ann))).items;
  const item = async (draftId: string, id: string) => {
    const found = (await items(draftId)).find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  const edit = (who: Caller, draftId: string, edits: readonly unknown[]) =>
    services.pipeline.execute(services.ops.drafts.edit, { draftId, edits } as never, as(who));

  it('refuses the second edit of the same item made from the same revision, naming it; different items both apply', async () => {
    const draftId = await newDraft();
    const s1 = await item(draftId, `${TASK}.s1`);
    const s2 = await item(draftId, `${TASK}.s2`);
    const first = await edit(ann, draftId, [{ op: 'update', id: s1.id, revision: 1, text: { kk: 'Аннаның мәтіні' } }]);
    expect(first.revision).toBe(2);
    expect(first.items).toMatchObject([{ id: s1.id, revision: 2, state: 'changed', baseText: s1.text?.kk }]);
    const lost = edit(bek, draftId, [
      { op: 'update', id: s2.id, revision: 1, text: { kk: 'Бектің мәтіні' } },
      { op: 'update', id: s1.id, revision: 1, text: { kk: 'Бектің басқа мәтіні' } },
    ]);
    await expect(lost).rejects.toMatchObject({ code: 'conflict' });
    await expect(lost).rejects.toThrow(/Аннаның мәтіні.*ann/);
    await expect(lost).rejects.toThrow(s1.id);
    // Nothing of the refused batch was applied.
    expect((await item(draftId, s2.id)).text?.kk).toBe(s2.text?.kk);
    await edit(bek, draftId, [{ op: 'update', id: s2.id, revision: 1, text: { kk: 'Бектің мәтіні' } }]);
    expect((await item(draftId, s1.id)).text?.kk).toBe('Аннаның мәтіні');
    expect((await item(draftId, s2.id)).text?.kk).toBe('Бектің мәтіні');
    const draft = await services.pipeline.execute(services.ops.drafts.get, { draftId }, as(ann));
    expect(draft).toMatchObject({
      revision: 3,
      counts: { changed: 2 },
      source: { mode: 'compiled', unmatchedTexts: 2 },
    });
  });

  it('lets exactly one of two simultaneous edits of the same item through', async () => {
    const draftId = await newDraft();
    const id = `${TASK}.s3`;
    const results = await Promise.allSettled([
      edit(ann, draftId, [{ op: 'update', id, revision: 1, text: { kk: 'Бірінші' } }]),
      edit(bek, draftId, [{ op: 'update', id, revision: 1, text: { kk: 'Екінші' } }]),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ code: 'conflict' });
    expect((await item(draftId, id)).revision).toBe(2);
  });

  it('shows a reworded skill as exactly that skill in the diff', async () => {
    const draftId = await newDraft();
    await edit(ann, draftId, [{ op: 'update', id: `${TASK}.s1`, revision: 1, text: { kk: 'Жаңа тұжырым' } }]);
    const diff = await services.pipeline.execute(services.ops.drafts.diff, { draftId }, as(ann));
    expect(diff.changes.map((c) => [c.kind, c.to?.id ?? c.from?.id])).toEqual([['reworded', `${TASK}.s1`]]);
  });

  it('keeps the id of a moved item and renumbers its old and new siblings', async () => {
    const draftId = await newDraft();
    const card = '2634-4-001.7';
    const [from, to] = [`${card}.f1.t1`, `${card}.f1.t2`];
    const cardItems = async () =>
      (await services.pipeline.execute(services.ops.drafts.items, { draftId, card }, as(ann))).items;
    await edit(ann, draftId, [{ op: 'move', id: `${from}.s1`, revision: 1, parentId: to, position: 0 }]);
    const after = await cardItems();
    const moved = after.find((i) => i.id === `${from}.s1`);
    expect(moved).toMatchObject({ parentId: to, position: 0, revision: 2, state: 'changed' });
    const newSiblings = after.filter((i) => i.parentId === to && i.kind === 'skill');
    expect(newSiblings[0]?.id).toBe(`${from}.s1`);
    expect(newSiblings.map((i) => i.position)).toEqual(newSiblings.map((_, n) => n));
    const oldSiblings = after.filter((i) => i.parentId === from && i.kind === 'skill');
    expect(oldSiblings.map((i) => i.position)).toEqual(oldSiblings.map((_, n) => n));
    // Renumbered neighbours have not changed.
    expect([...oldSiblings, ...newSiblings.slice(1)].every((i) => i.state === 'unchanged' && i.revision === 1)).toBe(
      true,
    );
    const diff = await services.pipeline.execute(services.ops.drafts.diff, { draftId }, as(ann));
    expect(diff.changes.find((c) => c.to?.id === `${from}.s1`)?.kind).toBe('moved');
  });

  it("never gives a deprecated item's id to a new item", async () => {
    const draftId = await newDraft();
    const skills = (await items(draftId)).filter((i) => i.parentId === TASK && i.kind === 'skill');
    const last = skills.at(-1);
    if (!last) throw new Error('no skills');
    await edit(ann, draftId, [{ op: 'deprecate', id: last.id, revision: 1 }]);
    const added = await edit(ann, draftId, [{ op: 'add', kind: 'skill', parentId: TASK, text: { kk: 'Жаңа дағды' } }]);
    const fresh = added.items[0];
    expect(fresh?.id).not.toBe(last.id);
    expect(fresh?.id).toBe(`${TASK}.s${skills.length + 1}`);
    expect(fresh).toMatchObject({ state: 'new', revision: 1 });
    const restored = await edit(ann, draftId, [{ op: 'restore', id: last.id, revision: 2 }]);
    expect(restored.items).toMatchObject([{ id: last.id, deprecated: false, revision: 3 }]);
    const draft = await services.pipeline.execute(services.ops.drafts.get, { draftId }, as(ann));
    expect(draft.counts).toMatchObject({ new: 1, deprecated: 0, changed: 0 });
  });

  it('refuses fields a kind does not have, a new card without its code, and an emptied group', async () => {
    const draftId = await newDraft();
    await expect(
      edit(ann, draftId, [{ op: 'update', id: `${TASK}.s1`, revision: 1, fields: { levels: [5] } }]),
    ).rejects.toMatchObject({ code: 'validation_failed', errors: [{ path: 'edits[0].fields.levels' }] });
    await expect(
      edit(ann, draftId, [
        { op: 'add', kind: 'card', parentId: null, text: { kk: 'Жаңа карта' }, fields: { level: 4 } },
      ]),
    ).rejects.toMatchObject({ code: 'validation_failed', errors: [{ path: 'edits[0].fields.code' }] });
    const rules = (await items(draftId)).filter((i) => i.kind === 'qualificationRule' && i.parentId === `${CARD}.g1`);
    const deprecations = rules.map((r) => ({ op: 'deprecate', id: r.id, revision: 1 }));
    const emptied = edit(ann, draftId, deprecations);
    await expect(emptied).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(emptied).rejects.toThrow(`${CARD}.g1`);
  });

  it('adds a whole new card that checks and diffs as added', async () => {
    const draftId = await newDraft();
    const out = await edit(ann, draftId, [
      {
        op: 'add',
        kind: 'card',
        parentId: null,
        text: { kk: 'Әлеуметтік жұмыс жөніндегі кеңесші' },
        fields: { code: '2635-3-099', level: 5, educationLevel: { kk: 'Жоғары білім', levels: ['higher'] } },
      },
    ]);
    expect(out.items[0]?.id).toBe('2635-3-099.5');
    await edit(ann, draftId, [
      { op: 'add', kind: 'labourFunction', parentId: '2635-3-099.5', text: { kk: 'Кеңес беру' } },
    ]);
    const fn = await services.pipeline.execute(services.ops.drafts.items, { draftId, card: '2635-3-099.5' }, as(ann));
    expect(fn.items.map((i) => i.id)).toEqual(['2635-3-099.5', '2635-3-099.5.f1']);
    const diff = await services.pipeline.execute(services.ops.drafts.diff, { draftId }, as(ann));
    expect(diff.alignment.added).toContain('2635-3-099.5');
    const checks = await services.pipeline.execute(services.ops.drafts.checks, { draftId }, as(ann));
    expect(checks.blocking).toEqual([]);
  });

  it('edits only a draft in status draft', async () => {
    const draftId = await newDraft();
    await database.db.updateTable('draft_edition').set({ status: 'in-review' }).where('id', '=', draftId).execute();
    await expect(
      edit(ann, draftId, [{ op: 'update', id: `${TASK}.s1`, revision: 1, text: { kk: 'Кеш' } }]),
    ).rejects.toThrow(/in-review/);
  });

  it('never answers a random batch with a 500, and never stores a draft that does not materialise', async () => {
    const draftId = await newDraft();
    const ids = (await items(draftId)).map((i) => i.id);
    const id = fc.constantFrom(...ids.slice(0, 30), 'no.such.item');
    const text = fc.record({ kk: fc.string({ minLength: 1, maxLength: 8 }) });
    const anEdit = fc.oneof(
      fc.record({
        op: fc.constant('add'),
        kind: fc.constantFrom('skill', 'knowledge', 'task', 'qualificationRule', 'card', 'term'),
        parentId: fc.option(id, { nil: null }),
        text,
        fields: fc.option(fc.record({ note: fc.string({ maxLength: 5 }), level: fc.integer({ min: 1, max: 8 }) }), {
          nil: undefined,
        }),
      }),
      fc.record({ op: fc.constant('update'), id, revision: fc.integer({ min: 1, max: 3 }), text }),
      fc.record({
        op: fc.constant('move'),
        id,
        revision: fc.integer({ min: 1, max: 3 }),
        parentId: fc.option(id, { nil: null }),
        position: fc.nat(4),
      }),
      fc.record({ op: fc.constantFrom('deprecate', 'restore'), id, revision: fc.integer({ min: 1, max: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(anEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
        try {
          await edit(ann, draftId, edits);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBeLessThan(500);
        }
        // Whatever happened, the stored draft still materialises and checks.
        const checks = await services.pipeline.execute(services.ops.drafts.checks, { draftId }, as(ann));
        expect(checks.blocking).toEqual([]);
      }),
      { numRuns: 15 },
    );
  }, 300_000);
});
