/**
 * An edition as a flat list of items and back. Storage keeps one row per item (a card, a
 * function, a task, a skill, a term…), each with its own fields only; `assembleEdition`
 * rebuilds exactly the tree that `flattenEdition` took apart. The shape of the tree is the
 * table `CHILDREN`, so adding a kind of item is one line here.
 */
import type { Edition } from './edition.js';
import {
  type Card,
  type EditionMeta,
  type Profession,
  type Term,
  cardSchema,
  professionSchema,
  termSchema,
} from './schemas.js';

export const ITEM_KINDS = [
  'card',
  'otherName',
  'qualificationGroup',
  'qualificationRule',
  'labourFunction',
  'task',
  'skill',
  'knowledge',
  'link',
  'qualificationLink',
  'term',
  'profession',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type ChildList = { field: string; kind: ItemKind; within?: string; optional?: boolean };

/** Which lists of an item hold child items, in the order they are written. */
const CHILDREN: Partial<Record<ItemKind, ChildList[]>> = {
  card: [
    { field: 'otherNames', kind: 'otherName' },
    { field: 'groups', kind: 'qualificationGroup', within: 'qualification' },
    { field: 'labourFunctions', kind: 'labourFunction' },
    { field: 'links', kind: 'link' },
    { field: 'qualificationLink', kind: 'qualificationLink' },
  ],
  qualificationGroup: [{ field: 'rules', kind: 'qualificationRule' }],
  labourFunction: [
    { field: 'tasks', kind: 'task' },
    { field: 'skills', kind: 'skill', optional: true },
    { field: 'knowledge', kind: 'knowledge', optional: true },
  ],
  task: [
    { field: 'skills', kind: 'skill' },
    { field: 'knowledge', kind: 'knowledge' },
  ],
};

/** The lists of child items an item of this kind holds (none for a leaf). */
export const childListsOf = (kind: ItemKind): readonly ChildList[] => CHILDREN[kind] ?? [];

type Text = { kk: string; ru?: string; en?: string };
type Json = Record<string, unknown>;

export type ItemRecord = {
  id: string;
  kind: ItemKind;
  parentId: string | null;
  cardId: string | null;
  /** Index within the parent's list of this kind. */
  position: number;
  /** The item's display text (a name or the item's own text), for lookup and search. */
  text: Text | null;
  source: [number, number] | null;
  /** The item's own fields, without its child lists. */
  data: Json;
};

export function textOf(kind: ItemKind, data: Json): { text: Text | null; source: [number, number] | null } {
  const pick = (holder: unknown) => {
    if (!holder || typeof holder !== 'object') return { text: null, source: null };
    const h = holder as Json & { source?: { lines: [number, number] } };
    const text: Text = { kk: String(h.kk) };
    if (typeof h.ru === 'string') text.ru = h.ru;
    if (typeof h.en === 'string') text.en = h.en;
    return { text, source: h.source?.lines ?? null };
  };
  switch (kind) {
    case 'card':
    case 'labourFunction':
    case 'task':
    case 'profession':
      return {
        ...pick(data.name),
        ...(kind === 'profession' ? { source: (data.source as { lines: [number, number] }).lines } : {}),
      };
    case 'qualificationGroup':
      return pick(data.label);
    case 'term':
      return { text: pick(data.term).text, source: (data.source as { lines: [number, number] }).lines };
    default:
      return pick(data);
  }
}

function flattenItem(
  node: Json,
  kind: ItemKind,
  parentId: string | null,
  cardId: string | null,
  position: number,
  out: ItemRecord[],
): void {
  const id = String(node.id);
  const data: Json = { ...node };
  const lists: { list: ChildList; items: Json[] }[] = [];
  for (const list of CHILDREN[kind] ?? []) {
    if (list.within) {
      const holder = { ...(data[list.within] as Json) };
      lists.push({ list, items: (holder[list.field] as Json[] | undefined) ?? [] });
      delete holder[list.field];
      data[list.within] = holder;
    } else {
      lists.push({ list, items: (data[list.field] as Json[] | undefined) ?? [] });
      delete data[list.field];
    }
  }
  out.push({ id, kind, parentId, cardId, position, ...textOf(kind, data), data });
  const ownCard = kind === 'card' ? id : cardId;
  for (const { list, items } of lists) {
    items.forEach((child, i) => {
      flattenItem(child, list.kind, id, ownCard, i, out);
    });
  }
}

export function flattenEdition(edition: Pick<Edition, 'terms' | 'professions' | 'cards'>): ItemRecord[] {
  const out: ItemRecord[] = [];
  edition.terms.forEach((term, i) => {
    flattenItem(term as Json, 'term', null, null, i, out);
  });
  edition.professions.forEach((p, i) => {
    flattenItem(p as Json, 'profession', null, null, i, out);
  });
  edition.cards.forEach((card, i) => {
    flattenItem(card as Json, 'card', null, null, i, out);
  });
  return out;
}

function assembleItem(record: ItemRecord, byParent: Map<string, ItemRecord[]>): Json {
  const node: Json = structuredClone(record.data);
  const children = byParent.get(record.id) ?? [];
  for (const list of CHILDREN[record.kind] ?? []) {
    const items = children
      .filter((c) => c.kind === list.kind && fieldFor(record.kind, c) === list.field)
      .sort((a, b) => a.position - b.position)
      .map((c) => assembleItem(c, byParent));
    if (list.optional && items.length === 0) continue;
    if (list.within) node[list.within] = { ...(node[list.within] as Json), [list.field]: items };
    else node[list.field] = items;
  }
  return node;
}

/** A child's list in its parent: the first list of the parent that holds its kind. */
function fieldFor(parentKind: ItemKind, child: ItemRecord): string | undefined {
  return CHILDREN[parentKind]?.find((l) => l.kind === child.kind)?.field;
}

/** Rebuilds the cards among some item records (e.g. one card's tree read from storage). */
export function assembleCards(records: readonly ItemRecord[]): Card[] {
  const byParent = groupByParent(records);
  return records
    .filter((r) => r.parentId === null && r.kind === 'card')
    .sort((a, b) => a.position - b.position)
    .map((r) => cardSchema.parse(assembleItem(r, byParent)) as Card);
}

function groupByParent(records: readonly ItemRecord[]): Map<string, ItemRecord[]> {
  const byParent = new Map<string, ItemRecord[]>();
  for (const r of records) {
    if (r.parentId === null) continue;
    const list = byParent.get(r.parentId) ?? [];
    list.push(r);
    byParent.set(r.parentId, list);
  }
  return byParent;
}

/**
 * Rebuilds terms, professions and cards from item records (in any order). Each tree is parsed
 * with its schema, which also restores the schema's key order after a trip through jsonb.
 */
export function assembleEdition(meta: EditionMeta, sourceText: string, records: readonly ItemRecord[]): Edition {
  const byParent = groupByParent(records);
  const roots = (kind: ItemKind) =>
    records
      .filter((r) => r.parentId === null && r.kind === kind)
      .sort((a, b) => a.position - b.position)
      .map((r) => assembleItem(r, byParent));
  return {
    meta,
    sourceText,
    terms: roots('term').map((t) => termSchema.parse(t) as Term),
    professions: roots('profession').map((p) => professionSchema.parse(p) as Profession),
    cards: roots('card').map((c) => cardSchema.parse(c) as Card),
  };
}
