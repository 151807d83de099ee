/**
 * The draft's items as the editor needs them: which kinds an item may hold (the shape of a card,
 * as `src/domain/standard/item-tree.ts` stores it; the web app imports nothing from src/), a
 * card's tree in printed order, the parents an item may move to, the position one step up or down,
 * and which structured fields the form shows for each kind. Pure, so it is tested on its own.
 */
import type { DraftItem, ItemKind } from '../../api/workbench';

/** The kinds each kind holds, in the order the printed card shows them. */
export const CHILD_KINDS: Record<ItemKind, readonly ItemKind[]> = {
  card: ['otherName', 'qualificationGroup', 'labourFunction', 'link', 'qualificationLink'],
  qualificationGroup: ['qualificationRule'],
  labourFunction: ['task', 'skill', 'knowledge'],
  task: ['skill', 'knowledge'],
  otherName: [],
  qualificationRule: [],
  skill: [],
  knowledge: [],
  link: [],
  qualificationLink: [],
  term: [],
  profession: [],
};

/** Kinds with no parent: a card, a term, a profession. */
export const ROOT_KINDS: readonly ItemKind[] = ['card', 'term', 'profession'];

export type TreeNode = { item: DraftItem; children: TreeNode[] };

const kindOrder = (parent: ItemKind | null, kind: ItemKind) =>
  parent ? CHILD_KINDS[parent].indexOf(kind) : ROOT_KINDS.indexOf(kind);

/** Children of each parent (null: the roots), by the parent's order of kinds, then position. */
export function childrenByParent(items: readonly DraftItem[]): Map<string | null, DraftItem[]> {
  const kinds = new Map(items.map((i) => [i.id, i.kind]));
  const out = new Map<string | null, DraftItem[]>();
  for (const item of items) {
    const list = out.get(item.parentId) ?? [];
    list.push(item);
    out.set(item.parentId, list);
  }
  for (const [parentId, list] of out) {
    const parentKind = parentId === null ? null : (kinds.get(parentId) ?? null);
    list.sort((a, b) => kindOrder(parentKind, a.kind) - kindOrder(parentKind, b.kind) || a.position - b.position);
  }
  return out;
}

/** The tree under one item (itself included). */
export function treeOf(items: readonly DraftItem[], rootId: string): TreeNode | null {
  const root = items.find((i) => i.id === rootId);
  if (!root) return null;
  const byParent = childrenByParent(items);
  const build = (item: DraftItem): TreeNode => ({
    item,
    children: (byParent.get(item.id) ?? []).map(build),
  });
  return build(root);
}

/** The roots of one kind (cards, terms, professions) by position. */
export function rootsOf(items: readonly DraftItem[], kind: ItemKind): DraftItem[] {
  return items.filter((i) => i.parentId === null && i.kind === kind).sort((a, b) => a.position - b.position);
}

/** The item and everything under it. */
export function descendantIds(items: readonly DraftItem[], id: string): Set<string> {
  const byParent = childrenByParent(items);
  const out = new Set<string>();
  const walk = (at: string) => {
    out.add(at);
    for (const child of byParent.get(at) ?? []) walk(child.id);
  };
  walk(id);
  return out;
}

/**
 * Where an item may move: the live (not deprecated) items of its card that hold its kind, not
 * itself nor anything under it. A card, term or profession has no parent: it is only reordered.
 */
export function validParents(items: readonly DraftItem[], item: DraftItem): DraftItem[] {
  if (item.parentId === null) return [];
  const own = descendantIds(items, item.id);
  return items.filter(
    (p) =>
      !p.deprecated && !own.has(p.id) && CHILD_KINDS[p.kind].includes(item.kind) && (p.cardId ?? p.id) === item.cardId,
  );
}

/** The item's siblings of its own kind, by position (itself included). */
export function siblingsOf(items: readonly DraftItem[], item: DraftItem): DraftItem[] {
  return items
    .filter((i) => i.parentId === item.parentId && i.kind === item.kind)
    .sort((a, b) => a.position - b.position);
}

/** The position one step up (-1) or down (+1) among its siblings of its kind; null at either end. */
export function stepPosition(items: readonly DraftItem[], item: DraftItem, step: -1 | 1): number | null {
  const siblings = siblingsOf(items, item);
  const index = siblings.findIndex((s) => s.id === item.id);
  const next = index + step;
  return index < 0 || next < 0 || next >= siblings.length ? null : next;
}

/** The structured fields the form shows for a kind (the API accepts more; these are the everyday ones). */
export type FormField = 'number' | 'note' | 'code' | 'level' | 'category' | 'minLevel' | 'minYears' | 'group';

export const FORM_FIELDS: Record<ItemKind, readonly FormField[]> = {
  card: ['code', 'level'],
  otherName: ['code'],
  qualificationGroup: ['group'],
  qualificationRule: ['category', 'minLevel', 'minYears', 'note'],
  labourFunction: ['number', 'note'],
  task: ['note'],
  skill: ['number', 'note'],
  knowledge: ['number', 'note'],
  link: ['level', 'note'],
  qualificationLink: [],
  term: ['number'],
  profession: ['number', 'note'],
};

/** A qualification group may have no printed label; every other kind has a main text. */
export const textRequired = (kind: ItemKind): boolean => kind !== 'qualificationGroup';

/** Replace the items an edit answered with (and add the new ones). */
export function mergeItems(items: readonly DraftItem[], changed: readonly DraftItem[]): DraftItem[] {
  const byId = new Map(changed.map((i) => [i.id, i]));
  const out = items.map((i) => byId.get(i.id) ?? i);
  const known = new Set(items.map((i) => i.id));
  for (const c of changed) if (!known.has(c.id)) out.push(c);
  return out;
}
