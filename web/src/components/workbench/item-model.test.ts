import { describe, expect, it } from 'vitest';
import type { DraftItem } from '../../api/workbench';
import { formValues, updateEdit } from './item-form-state';
import { childrenByParent, mergeItems, stepPosition, treeOf, validParents } from './item-model';

const item = (over: Partial<DraftItem> & Pick<DraftItem, 'id' | 'kind'>): DraftItem => ({
  parentId: null,
  cardId: null,
  position: 0,
  text: { kk: over.id },
  fields: {},
  deprecated: false,
  revision: 1,
  state: 'unchanged',
  baseText: null,
  openComments: 0,
  ...over,
});

// A card with two functions; the first has two tasks, the second one; skills under the tasks.
const card = item({ id: 'c', kind: 'card', fields: { code: '3412-0-008', level: 4 } });
const f1 = item({ id: 'c.f1', kind: 'labourFunction', parentId: 'c', cardId: 'c', position: 0 });
const f2 = item({ id: 'c.f2', kind: 'labourFunction', parentId: 'c', cardId: 'c', position: 1 });
const t1 = item({ id: 'c.f1.t1', kind: 'task', parentId: 'c.f1', cardId: 'c', position: 0 });
const t2 = item({ id: 'c.f1.t2', kind: 'task', parentId: 'c.f1', cardId: 'c', position: 1 });
const t3 = item({ id: 'c.f2.t1', kind: 'task', parentId: 'c.f2', cardId: 'c', position: 0 });
const s1 = item({
  id: 'c.f1.t1.s1',
  kind: 'skill',
  parentId: 'c.f1.t1',
  cardId: 'c',
  position: 0,
  fields: { number: '1' },
});
const s2 = item({ id: 'c.f1.t1.s2', kind: 'skill', parentId: 'c.f1.t1', cardId: 'c', position: 1 });
const k1 = item({ id: 'c.f1.t1.k1', kind: 'knowledge', parentId: 'c.f1.t1', cardId: 'c', position: 0 });
const other = item({ id: 'd', kind: 'card' });
const otherTask = item({ id: 'd.f1.t1', kind: 'task', parentId: 'd.f1', cardId: 'd' });
const items = [k1, s2, s1, t3, t2, t1, f2, f1, card, other, otherTask];

describe('the editor item model', () => {
  it('orders children as the printed card does: skills before knowledge, then by position', () => {
    expect(
      childrenByParent(items)
        .get('c.f1.t1')
        ?.map((i) => i.id),
    ).toEqual(['c.f1.t1.s1', 'c.f1.t1.s2', 'c.f1.t1.k1']);
    const tree = treeOf(items, 'c');
    expect(tree?.children.map((n) => n.item.id)).toEqual(['c.f1', 'c.f2']);
    expect(tree?.children[0]?.children.map((n) => n.item.id)).toEqual(['c.f1.t1', 'c.f1.t2']);
  });

  it('offers a skill the tasks and functions of its own card as parents, never another card’s', () => {
    const parents = validParents(items, s1).map((p) => p.id);
    expect(parents.sort()).toEqual(['c.f1', 'c.f1.t1', 'c.f1.t2', 'c.f2', 'c.f2.t1']);
    expect(parents).not.toContain('d.f1.t1');
  });

  it('never offers an item itself or what is under it, nor a deprecated parent', () => {
    const withDeprecated = mergeItems(items, [{ ...t2, deprecated: true }]);
    const parents = validParents(withDeprecated, t1).map((p) => p.id);
    expect(parents.sort()).toEqual(['c.f1', 'c.f2']);
    expect(validParents(items, card)).toEqual([]);
  });

  it('moves one step among siblings of the same kind, and not past either end', () => {
    expect(stepPosition(items, s1, -1)).toBeNull();
    expect(stepPosition(items, s1, 1)).toBe(1);
    expect(stepPosition(items, s2, -1)).toBe(0);
    expect(stepPosition(items, s2, 1)).toBeNull();
    // The knowledge item is alone among its kind even though skills share its parent.
    expect(stepPosition(items, k1, -1)).toBeNull();
  });
});

describe('the item form', () => {
  it('sends nothing when nothing changed', () => {
    expect(updateEdit(s1, formValues(s1))).toBeNull();
  });

  it('sends only the changed text with the revision it was read at', () => {
    const edit = updateEdit({ ...s1, revision: 3 }, { ...formValues(s1), kk: 'жаңа мәтін' });
    expect(edit).toEqual({ op: 'update', id: s1.id, revision: 3, text: { kk: 'жаңа мәтін' } });
  });

  it('sends a cleared number as null, and a rule’s years inside its experience', () => {
    expect(updateEdit(s1, { ...formValues(s1), number: '' })).toEqual({
      op: 'update',
      id: s1.id,
      revision: 1,
      fields: { number: null },
    });
    const rule = item({
      id: 'c.g1.q1',
      kind: 'qualificationRule',
      fields: {
        category: 'first',
        education: [{ minLevel: 'tvet', fields: 'relevant' }],
        experience: { minYears: 1, inCategory: 'second' },
      },
    });
    expect(updateEdit(rule, { ...formValues(rule), minYears: '3', minLevel: 'higher' })).toEqual({
      op: 'update',
      id: rule.id,
      revision: 1,
      fields: {
        education: [{ minLevel: 'higher', fields: 'relevant' }],
        experience: { minYears: 3, inCategory: 'second' },
      },
    });
  });
});
