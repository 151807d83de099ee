/**
 * The pure draft core: edits applied to a small edition's items (ids, revisions, positions,
 * deprecation), the materialised draft (official while every text matches, compiled after a
 * rewording), the problems that refuse a batch, and a property: any batch of edits either is
 * refused with an EditRefusal or yields items that, when `draftProblems` finds nothing, always
 * assemble into a valid edition — never another kind of error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyEdition } from '../../src/domain/editions/test-editions.js';
import type { Edition } from '../../src/domain/standard/edition.js';
import { flattenEdition } from '../../src/domain/standard/item-tree.js';
import type { DraftEdit, DraftItem } from '../../src/domain/workbench/draft.js';
import { compileSourceText } from '../../src/domain/workbench/compile-source.js';
import { EditRefusal, applyDraftEdits } from '../../src/domain/workbench/draft-edits.js';
import { approvalRefusal, draftPermissions } from '../../src/domain/workbench/draft-permissions.js';
import { fieldsOf } from '../../src/domain/workbench/item-fields.js';
import { draftProblems, materialiseDraft } from '../../src/domain/workbench/materialise.js';
import { newItemId } from '../../src/domain/workbench/new-item-id.js';

/**
 * A tiny edition with a source text its every text matches: the compiled text of it (whose
 * sources, by construction, cite exactly their own lines).
 */
function officialEdition(): Edition {
  const edition = compileSourceText(
    tinyEdition('tiny-1', [
      {
        code: '2635-3-001',
        level: 5,
        functions: [
          { name: 'Кеңес беру', tasks: [{ name: 'Қабылдау', skills: ['Тыңдау', 'Жазу'], knowledge: ['Заң'] }] },
          { name: 'Есеп беру', tasks: [{ name: 'Талдау', skills: ['Санау'] }] },
        ],
        rules: [{ kk: 'Жоғары білім' }],
      },
    ]),
  );
  const { sourceKind: _kind, ...meta } = edition.meta;
  return { ...edition, meta };
}

const asDraftItems = (edition: Edition): DraftItem[] =>
  flattenEdition(edition).map((r) => ({ ...r, deprecated: false, revision: 1, baseHash: 'base' }));

const CARD = '2635-3-001.5';
const T1 = `${CARD}.f1.t1`;

describe('applyDraftEdits', () => {
  const items = asDraftItems(officialEdition());

  it('rewords an item, counts its revision once per batch, and leaves the input untouched', () => {
    const out = applyDraftEdits(
      items,
      [
        { op: 'update', id: `${T1}.s1`, revision: 1, text: { kk: 'Мұқият тыңдау' } },
        { op: 'update', id: `${T1}.s1`, revision: 1, fields: { note: 'Қайта жазылды' } },
      ],
      new Set(),
    );
    const s1 = out.items.get(`${T1}.s1`);
    expect(s1?.data).toMatchObject({
      kk: 'Мұқият тыңдау',
      note: 'Қайта жазылды',
      source: { lines: expect.any(Array) },
    });
    expect(s1?.revision).toBe(2);
    expect(items.find((i) => i.id === `${T1}.s1`)?.revision).toBe(1);
    expect(out.summary).toEqual([
      { op: 'update', id: `${T1}.s1` },
      { op: 'update', id: `${T1}.s1` },
    ]);
  });

  it('refuses an edit from an older revision as a conflict naming the item', () => {
    const stale = items.map((i) => (i.id === `${T1}.s2` ? { ...i, revision: 3 } : i));
    const attempt = () => applyDraftEdits(stale, [{ op: 'deprecate', id: `${T1}.s2`, revision: 2 }], new Set());
    expect(attempt).toThrow(EditRefusal);
    expect(attempt).toThrow(`${T1}.s2`);
  });

  it('gives a new item the next number never used, by the draft or any edition', () => {
    const out = applyDraftEdits(
      items,
      [{ op: 'add', kind: 'skill', parentId: T1, position: 0, text: { kk: 'Жаңа' } }],
      new Set([`${T1}.s7`]),
    );
    expect([...out.added]).toEqual([`${T1}.s8`]);
    const skills = [...out.items.values()].filter((i) => i.parentId === T1 && i.kind === 'skill');
    expect(skills.sort((a, b) => a.position - b.position).map((s) => s.id)).toEqual([
      `${T1}.s8`,
      `${T1}.s1`,
      `${T1}.s2`,
    ]);
    expect(newItemId('term', null, new Set(['term-3', 'term-10']))).toBe('term-11');
    expect(newItemId('qualificationLink', CARD, new Set([`${CARD}.q4`]))).toBe(`${CARD}.ql1`);
  });

  it('deprecates an item with its children and refuses to restore a child of a deprecated parent', () => {
    const out = applyDraftEdits(items, [{ op: 'deprecate', id: T1, revision: 1 }], new Set());
    expect([...out.changed].sort()).toEqual([T1, `${T1}.k1`, `${T1}.s1`, `${T1}.s2`].sort());
    const after = [...out.items.values()];
    expect(() => applyDraftEdits(after, [{ op: 'restore', id: `${T1}.s1`, revision: 2 }], new Set())).toThrow(
      /restore the parent first/,
    );
  });

  it('refuses a move under a kind that does not hold the item, and under itself', () => {
    expect(() =>
      applyDraftEdits(items, [{ op: 'move', id: `${T1}.s1`, revision: 1, parentId: CARD, position: 0 }], new Set()),
    ).toThrow(/holds no skill/);
    expect(() =>
      applyDraftEdits(items, [{ op: 'move', id: `${CARD}.f1`, revision: 1, parentId: T1, position: 0 }], new Set()),
    ).toThrow(/holds no labourFunction/);
  });
});

describe('materialiseDraft', () => {
  const edition = officialEdition();
  const items = asDraftItems(edition);

  it('answers the edition itself, citing the official text, for an untouched draft', () => {
    const out = materialiseDraft(edition.meta, edition.sourceText, items);
    expect(out.mode).toBe('official');
    expect(out.edition.cards).toEqual(edition.cards);
  });

  it('compiles the source text once a text no longer matches, and says how many', () => {
    const { items: edited } = applyDraftEdits(
      items,
      [{ op: 'update', id: `${T1}.s1`, revision: 1, text: { kk: 'Мүлде басқа сөз' } }],
      new Set(),
    );
    const out = materialiseDraft(edition.meta, edition.sourceText, [...edited.values()]);
    expect(out).toMatchObject({ mode: 'compiled', unmatchedTexts: 1 });
    expect(out.edition.meta.sourceKind).toBe('compiled');
    expect(out.edition.sourceText).toContain('Мүлде басқа сөз');
  });

  it('names the group an emptied qualification group is', () => {
    const { items: edited } = applyDraftEdits(items, [{ op: 'deprecate', id: `${CARD}.q1`, revision: 1 }], new Set());
    const problems = draftProblems(edition.meta, [...edited.values()], new Set([`${CARD}.q1`]));
    expect(problems[0]?.itemId).toBe(`${CARD}.g1`);
  });

  it('reads fields back from the data', () => {
    const card = items.find((i) => i.id === CARD);
    expect(fieldsOf('card', card?.data ?? {})).toMatchObject({
      code: '2635-3-001',
      level: 5,
      educationLevel: { kk: 'Жоғары білім', levels: ['higher'] },
    });
  });
});

describe('draftPermissions', () => {
  it('lets neither the creator nor the submitter approve, nor anyone while comments are open', () => {
    const draft = { status: 'in-review' as const, createdBy: 'a', submittedBy: 'b', openComments: 0 };
    expect(draftPermissions(draft, 'a').approve).toBe(false);
    expect(draftPermissions(draft, 'b').approve).toBe(false);
    expect(draftPermissions(draft, 'c')).toMatchObject({ approve: true, edit: false, return: true, publish: false });
    expect(approvalRefusal({ ...draft, openComments: 2 }, 'c')).toMatch(/2 review comment/);
  });
});

describe('random batches of edits', () => {
  const edition = officialEdition();
  const start = asDraftItems(edition);
  const ids = start.map((i) => i.id);
  const id = fc.constantFrom(...ids, 'missing.id');
  const kinds = ['skill', 'knowledge', 'task', 'labourFunction', 'qualificationRule', 'term', 'card'] as const;
  const text = fc.record({ kk: fc.string({ minLength: 1, maxLength: 12 }) });
  const fields = fc.option(
    fc.record(
      {
        number: fc.option(fc.string({ maxLength: 3 })),
        note: fc.option(fc.string({ maxLength: 10 })),
        level: fc.integer({ min: 1, max: 8 }),
        code: fc.constantFrom('2635-3-001', '1234-5-678', 'BAD CODE'),
        levels: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 2 }),
        education: fc.constant([{ minLevel: 'higher' as const }]),
        educationLevel: fc.constant({ kk: 'Білім', levels: ['higher' as const] }),
        definition: text,
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );
  const edit: fc.Arbitrary<DraftEdit> = fc.oneof(
    fc.record({
      op: fc.constant('add' as const),
      kind: fc.constantFrom(...kinds),
      parentId: fc.option(id, { nil: null }),
      position: fc.option(fc.nat(5), { nil: undefined }),
      text,
      fields,
    }),
    fc.record({
      op: fc.constant('update' as const),
      id,
      revision: fc.constant(1),
      text: fc.option(text, { nil: undefined }),
      fields,
    }),
    fc.record({
      op: fc.constant('move' as const),
      id,
      revision: fc.constantFrom(1, 2),
      parentId: fc.option(id, { nil: null }),
      position: fc.nat(5),
    }),
    fc.record({ op: fc.constantFrom('deprecate' as const, 'restore' as const), id, revision: fc.constant(1) }),
  ) as fc.Arbitrary<DraftEdit>;

  it('either refuse the batch with an EditRefusal or leave items that assemble whenever no problem is found', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let out: ReturnType<typeof applyDraftEdits>;
        try {
          out = applyDraftEdits(start, edits, new Set());
        } catch (error) {
          expect(error).toBeInstanceOf(EditRefusal);
          return;
        }
        const after = [...out.items.values()];
        if (draftProblems(edition.meta, after, out.changed).length > 0) return;
        // What the service would store must materialise (no ZodError, no crash).
        const materialised = materialiseDraft(edition.meta, edition.sourceText, after);
        expect(materialised.edition.cards.length).toBe(after.filter((i) => i.kind === 'card' && !i.deprecated).length);
        const idsAfter = after.map((i) => i.id);
        expect(new Set(idsAfter).size).toBe(idsAfter.length);
      }),
      { numRuns: 300 },
    );
  });
});
