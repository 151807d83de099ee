/**
 * Identity across editions: which item of the new edition is which item of the old one.
 *
 * An amended order may keep an item's id, renumber it (a list lost an item, a card changed its
 * code or level and its ids with it), reword it or move it. Items are matched kind by kind,
 * parents before children (cards, then functions, then tasks, then skills…), so a child's
 * match can lean on its parent's:
 *
 * 1. **id**: the same id with (nearly) the same text is the same item.
 * 2. **text**: the remaining items are paired best-first by text similarity (normalised Kazakh
 *    stems weighted by rarity, plus word trigrams; for cards, functions, tasks and requirement
 *    groups also the words of everything under them). The same id adds a strong bonus, so a
 *    reworded item keeps its id, but an id reused for another item's text (a renumbered list)
 *    loses to the text it really carries. Being under the matching parent, at the same index,
 *    in the matching card, with the same code or level, adds smaller bonuses.
 * 3. **position**: an item still unmatched, at the same index of the matching parent as an
 *    unmatched old item of its kind, is that item if their texts are at least a little alike.
 *
 * Whatever stays unmatched is added (new edition) or removed (old edition).
 */
import type { Edition } from '../standard/edition.js';
import { type ItemKind, type ItemRecord, flattenEdition } from '../standard/item-tree.js';
import { StemWeights, type TextProfile, profileOf, textSimilarity } from './similarity.js';

export type MatchHow = 'id' | 'text' | 'position';

export type AlignedPair = {
  kind: ItemKind;
  oldId: string;
  newId: string;
  how: MatchHow;
  /** Text similarity of the two items, 0–1 (1 = the same normalised text). */
  similarity: number;
};

export type Alignment = {
  /** Items present in both editions, in the new edition's order. */
  pairs: AlignedPair[];
  /** Ids of the new edition's items with no counterpart in the old one. */
  added: string[];
  /** Ids of the old edition's items with no counterpart in the new one. */
  removed: string[];
};

export type EditionItems = Pick<Edition, 'terms' | 'professions' | 'cards'>;

/** Parents before children: a child's match uses its parent's. */
const KIND_ORDER: readonly ItemKind[] = [
  'card',
  'term',
  'profession',
  'otherName',
  'qualificationGroup',
  'labourFunction',
  'link',
  'qualificationLink',
  'qualificationRule',
  'task',
  'skill',
  'knowledge',
];

/** Kinds whose identity also lies in what they hold. */
const CONTAINERS: ReadonlySet<ItemKind> = new Set(['card', 'labourFunction', 'task', 'qualificationGroup']);

/** A pair kept by its id without further search when its similarity is at least this. */
export const SAME_ID_SURE = 0.8;
/** The least similarity for a match by text alone. */
export const TEXT_MIN = 0.55;
/** The least similarity for a match by position. */
export const POSITION_MIN = 0.25;
const ID_BONUS = 0.3;

type Json = Record<string, unknown>;

type Node = {
  record: ItemRecord;
  /** Index in its edition's flattened order (for stable tie-breaks). */
  index: number;
  own: TextProfile;
  /** Stems of everything under a container; null for other kinds. */
  content: Set<string> | null;
};

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The words that make an item itself: its text, a term with its definition, a group's label. */
export function ownText(record: ItemRecord): string {
  const data = record.data as Json;
  switch (record.kind) {
    case 'term':
      return `${str((data.term as Json | undefined)?.kk)} ${str((data.definition as Json | undefined)?.kk)}`;
    case 'qualificationGroup':
      return `${str((data.label as Json | undefined)?.kk)} ${str(data.group)}`.trim();
    default:
      return record.text?.kk ?? '';
  }
}

function nodesOf(records: readonly ItemRecord[], weights: StemWeights): Node[] {
  const nodes = records.map((record, index) => {
    const own = profileOf(ownText(record));
    weights.add(own.stems);
    return { record, index, own, content: CONTAINERS.has(record.kind) ? new Set<string>() : null };
  });
  const byId = new Map(nodes.map((n) => [n.record.id, n]));
  // Every item's stems go to all its container ancestors.
  for (const node of nodes) {
    let parentId = node.record.parentId;
    while (parentId !== null) {
      const parent = byId.get(parentId);
      if (!parent) break;
      if (parent.content) for (const s of node.own.stems) parent.content.add(s);
      parentId = parent.record.parentId;
    }
  }
  return nodes;
}

function cardKeyOf(record: ItemRecord): { code: string; level: number } {
  const data = record.data as { code?: { value?: string }; level?: { value?: number } };
  return { code: data.code?.value ?? '', level: data.level?.value ?? 0 };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Aligns two editions' items (see the module comment). */
export function alignEditions(oldEdition: EditionItems, newEdition: EditionItems): Alignment {
  return alignRecords(flattenEdition(oldEdition), flattenEdition(newEdition));
}

/** Aligns two editions' flattened items. */
export function alignRecords(oldRecords: readonly ItemRecord[], newRecords: readonly ItemRecord[]): Alignment {
  const weights = new StemWeights();
  const oldNodes = nodesOf(oldRecords, weights);
  const newNodes = nodesOf(newRecords, weights);
  const oldToNew = new Map<string, string>();
  const newToOld = new Map<string, string>();
  const matched = new Map<string, { how: MatchHow; similarity: number; oldId: string }>();

  const similarity = (o: Node, n: Node): number => {
    const own = textSimilarity(o.own, n.own, weights);
    if (!o.content || !n.content || (o.content.size === 0 && n.content.size === 0)) return own;
    return (own + weights.dice(o.content, n.content)) / 2;
  };

  const bonus = (o: Node, n: Node): number => {
    const a = o.record;
    const b = n.record;
    let extra = 0;
    if (a.parentId !== null && b.parentId !== null) {
      if (oldToNew.get(a.parentId) === b.parentId) {
        extra += 0.1;
        if (a.position === b.position) extra += 0.05;
      } else if (a.cardId !== null && b.cardId !== null && oldToNew.get(a.cardId) === b.cardId) {
        extra += 0.05;
      }
    } else if (a.parentId === null && b.parentId === null && a.position === b.position) {
      extra += 0.05;
    }
    if (a.kind === 'card') {
      const ka = cardKeyOf(a);
      const kb = cardKeyOf(b);
      if (ka.code === kb.code) extra += 0.1;
      if (ka.level === kb.level) extra += 0.05;
    }
    return extra;
  };

  const pair = (o: Node, n: Node, how: MatchHow, sim: number) => {
    oldToNew.set(o.record.id, n.record.id);
    newToOld.set(n.record.id, o.record.id);
    matched.set(n.record.id, { how, similarity: round(sim), oldId: o.record.id });
  };

  const oldById = new Map(oldNodes.map((n) => [n.record.id, n]));

  for (const kind of KIND_ORDER) {
    const olds = oldNodes.filter((n) => n.record.kind === kind);
    const news = newNodes.filter((n) => n.record.kind === kind);
    if (olds.length === 0 || news.length === 0) continue;

    // 1. The same id with nearly the same text.
    for (const n of news) {
      const o = oldById.get(n.record.id);
      if (!o || o.record.kind !== kind || oldToNew.has(o.record.id)) continue;
      const sim = similarity(o, n);
      if (sim >= SAME_ID_SURE) pair(o, n, 'id', sim);
    }

    // 2. Best-first by similarity, the same id and the surroundings adding bonuses.
    const openOld = olds.filter((o) => !oldToNew.has(o.record.id));
    const openNew = news.filter((n) => !newToOld.has(n.record.id));
    const candidates: { o: Node; n: Node; sim: number; score: number; sameId: boolean }[] = [];
    for (const n of openNew) {
      for (const o of openOld) {
        const sameId = o.record.id === n.record.id;
        const sim = similarity(o, n);
        if (!sameId && sim < TEXT_MIN) continue;
        candidates.push({ o, n, sim, sameId, score: sim + (sameId ? ID_BONUS : 0) + bonus(o, n) });
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.n.index - y.n.index || x.o.index - y.o.index);
    for (const c of candidates) {
      if (oldToNew.has(c.o.record.id) || newToOld.has(c.n.record.id)) continue;
      pair(c.o, c.n, c.sameId ? 'id' : 'text', c.sim);
    }

    // 3. The same place under the matching parent.
    for (const n of news) {
      if (newToOld.has(n.record.id)) continue;
      const parentOld = n.record.parentId === null ? null : newToOld.get(n.record.parentId);
      if (parentOld === undefined) continue;
      const o = olds.find(
        (c) => !oldToNew.has(c.record.id) && c.record.parentId === parentOld && c.record.position === n.record.position,
      );
      if (!o) continue;
      const sim = similarity(o, n);
      if (sim >= POSITION_MIN) pair(o, n, 'position', sim);
    }
  }

  const pairs: AlignedPair[] = [];
  const added: string[] = [];
  for (const n of newNodes) {
    const m = matched.get(n.record.id);
    if (m)
      pairs.push({ kind: n.record.kind, oldId: m.oldId, newId: n.record.id, how: m.how, similarity: m.similarity });
    else added.push(n.record.id);
  }
  const removed = oldNodes.filter((o) => !oldToNew.has(o.record.id)).map((o) => o.record.id);
  return { pairs, added, removed };
}
