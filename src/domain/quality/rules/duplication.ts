/**
 * Duplication: the same or nearly the same item twice in a card, items copied between the
 * cards of different professions, and terms that share a definition. Near-duplicates are found
 * by Jaccard similarity over 3-word shingles of stemmed, normalised text (see text.ts), so
 * "Оқу-әдістемелік құжаттаманы әзірлеуге қатысу." and "…қатысу;" are the same item.
 */
import { messages, messagesWith } from '../../shared/messages/index.js';
import { type TextItem, analyse, findingAt, itemName, placeOf, q } from '../context.js';
import { excerpt, jaccard, round2 } from '../text.js';
import type { Finding, Message, Rule } from '../types.js';
import { cap } from './structure.js';

const capAll = (m: Message): Message => ({ kk: cap(m.kk), ru: cap(m.ru), en: cap(m.en) });

/** Similarity from which two items count as near-duplicates (info), and as the same item (warning). */
export const NEAR = 0.6;
export const SAME = 0.8;

/** Share of the shorter item's shingles found in the longer one (only for items of 4+ words). */
function containment(a: TextItem, b: TextItem): number {
  const [small, large] = a.stems.length <= b.stems.length ? [a, b] : [b, a];
  if (small.stems.length < 4 || small.shingles.size === 0) return 0;
  let inside = 0;
  for (const s of small.shingles) if (large.shingles.has(s)) inside++;
  return inside / small.shingles.size;
}

export type Pair = { similarity: number; exact: boolean; contained: boolean };

/** How alike two items are: the same words, near-duplicates, or one inside the other. */
export function compare(a: TextItem, b: TextItem): Pair | null {
  if (a.words.length === 0 || b.words.length === 0) return null;
  if (a.flat === b.flat) return { similarity: 1, exact: true, contained: false };
  const similarity = jaccard(a.shingles, b.shingles);
  if (similarity >= NEAR) return { similarity, exact: false, contained: false };
  const inside = containment(a, b);
  if (inside === 1) return { similarity: round2(similarity), exact: false, contained: true };
  return null;
}

/** Knowledge of a legal act (a law, code, convention, order) is shared by every profession it applies to. */
const LEGAL_ACT = /^(?:заң|кодекс|конвенция|конституция|бұйрық|қаулы|қағидалар)/u;
const citesAnAct = (i: TextItem) => i.kind === 'knowledge' && i.words.some((w) => LEGAL_ACT.test(w));

const DUPLICABLE = new Set(['skill', 'knowledge', 'task', 'labourFunction', 'otherName']);

export const duplicateItem: Rule = {
  id: 'duplicate-item',
  family: 'duplication',
  severity: 'warning',
  description:
    'The same or nearly the same skill, knowledge item, task or function twice in one card: word for word in one list (error) or in different tasks or functions (warning; info for a legal act cited twice), nearly the same in one list (warning), otherwise near or one inside the other (info).',
  check(edition) {
    const out: Finding[] = [];
    for (const items of analyse(edition).byCard.values()) {
      const candidates = items.filter((i) => DUPLICABLE.has(i.kind));
      for (let j = 1; j < candidates.length; j++) {
        const b = candidates[j] as TextItem;
        // The closest earlier copy: word for word first, then the most similar, then containment.
        let best: { a: TextItem; pair: Pair } | undefined;
        for (let i = 0; i < j; i++) {
          const a = candidates[i] as TextItem;
          if (a.kind !== b.kind) continue;
          const pair = compare(a, b);
          if (!pair) continue;
          const score = (p: Pair) => (p.exact ? 3 : p.contained ? 0 : 1 + p.similarity);
          if (!best || score(pair) > score(best.pair)) best = { a, pair };
        }
        if (!best) continue;
        const { a, pair } = best;
        const sameList = a.listId !== undefined && a.listId === b.listId;
        const severity = pair.exact
          ? sameList
            ? 'error'
            : citesAnAct(b)
              ? 'info'
              : 'warning'
          : sameList && !pair.contained && pair.similarity >= SAME
            ? 'warning'
            : 'info';
        const other = itemName(a);
        const how = pair.exact
          ? messages('quality.duplication.how.exact')
          : pair.contained
            ? messages('quality.duplication.how.contained')
            : messages('quality.duplication.how.near');
        const own = itemName(b);
        out.push(
          findingAt(
            this.id,
            severity,
            b,
            messagesWith('quality.duplication.inCard', {
              item: capAll(own),
              how,
              other,
              text: q(excerpt(a.text, 60)),
            }),
            {
              text: b.text,
              related: [placeOf(a)],
              similarity: round2(pair.similarity),
              details: { sameList, contained: pair.contained },
            },
          ),
        );
      }
    }
    return out;
  },
};

/** An item found in the cards of this many professions is shared baseline (laws, generic duties), not a copy. */
export const BASELINE_PROFESSIONS = 3;
const COPYABLE = new Set(['skill', 'knowledge', 'task', 'labourFunction']);
/** Shorter items ("Еңбек кодексі.") are shared by nature. */
const MIN_COPY_WORDS = 4;

export const copiedBetweenProfessions: Rule = {
  id: 'copied-between-professions',
  family: 'duplication',
  severity: 'info',
  description:
    "Skills, knowledge, tasks or functions of a card that repeat (near-)identically those of another profession's card; items shared by three or more professions (generic duties) and knowledge of legal acts count as common ground and are left out. Warning when three or more items or a third of the card's items are copied.",
  check(edition) {
    const out: Finding[] = [];
    const all = analyse(edition).items.filter(
      (i) => i.card && COPYABLE.has(i.kind) && i.stems.length >= MIN_COPY_WORDS && !citesAnAct(i),
    );
    // For each item, the professions (codes) where a near-identical item occurs.
    const matches = new Map<TextItem, { other: TextItem; similarity: number }[]>();
    for (let j = 1; j < all.length; j++) {
      const b = all[j] as TextItem;
      for (let i = 0; i < j; i++) {
        const a = all[i] as TextItem;
        if (a.kind !== b.kind || a.card?.code.value === b.card?.code.value) continue;
        const pair = compare(a, b);
        if (!pair || pair.contained || pair.similarity < 0.8) continue;
        matches.set(a, [...(matches.get(a) ?? []), { other: b, similarity: pair.similarity }]);
        matches.set(b, [...(matches.get(b) ?? []), { other: a, similarity: pair.similarity }]);
      }
    }
    // Group by (card, other profession): one finding per card and profession it copies from.
    const groups = new Map<string, { here: TextItem[]; there: TextItem[]; similarity: number[] }>();
    for (const [item, list] of matches) {
      const codes = new Set([item.card?.code.value, ...list.map((m) => m.other.card?.code.value)]);
      if (codes.size >= BASELINE_PROFESSIONS) continue;
      for (const m of list) {
        const key = `${item.card?.id}|${m.other.card?.code.value}`;
        const g = groups.get(key) ?? { here: [], there: [], similarity: [] };
        if (!g.here.includes(item)) g.here.push(item);
        if (!g.there.includes(m.other)) g.there.push(m.other);
        g.similarity.push(m.similarity);
        groups.set(key, g);
      }
    }
    for (const g of groups.values()) {
      const first = g.here[0] as TextItem;
      const other = g.there[0] as TextItem;
      if (!first.card || !other.key) continue;
      const ownTotal = (analyse(edition).byCard.get(first.card.id) ?? []).filter((i) => COPYABLE.has(i.kind)).length;
      const many = g.here.length >= 3 || g.here.length >= ownTotal / 3;
      const levels = [...new Set(g.there.map((t) => t.key?.level))].sort().join(', ');
      const code = other.key.code;
      const several = levels.includes(',');
      const o: Message = messagesWith(several ? 'quality.duplication.otherCards' : 'quality.duplication.otherCard', {
        code,
        levels,
      });
      const n = g.here.length;
      const name = itemName(first);
      out.push(
        findingAt(
          this.id,
          many ? 'warning' : 'info',
          first,
          n === 1
            ? messagesWith('quality.duplication.acrossOne', {
                item: capAll(name),
                other: o,
                text: q(excerpt(first.text, 60)),
              })
            : messagesWith('quality.duplication.acrossMany', { count: String(n), other: o }),
          {
            text: first.text,
            related: g.there.map((t) => placeOf(t)),
            similarity: round2(Math.min(...g.similarity)),
            details: { itemsHere: g.here.map((i) => i.itemId ?? i.path), profession: code },
          },
        ),
      );
    }
    return out;
  },
};

export const termDefinitionRepeated: Rule = {
  id: 'term-definition-repeated',
  family: 'duplication',
  severity: 'error',
  description:
    "A term defined twice, or a term whose definition repeats (word for word or nearly) another term's definition.",
  check(edition) {
    const out: Finding[] = [];
    const items = analyse(edition).items;
    const terms = items.filter((i) => i.kind === 'term');
    const definitions = items.filter((i) => i.kind === 'definition');
    for (let j = 1; j < terms.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = terms[i] as TextItem;
        const b = terms[j] as TextItem;
        if (a.flat !== b.flat) continue;
        out.push(
          findingAt(this.id, 'error', b, messagesWith('quality.duplication.termTwice', { term: q(b.text) }), {
            text: b.text,
            related: [placeOf(a)],
          }),
        );
      }
    }
    for (let j = 1; j < definitions.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = definitions[i] as TextItem;
        const b = definitions[j] as TextItem;
        const pair = compare(a, b);
        if (!pair || pair.contained || pair.similarity < 0.8) continue;
        const termA = terms.find((t) => t.itemId === a.itemId)?.text ?? '';
        const termB = terms.find((t) => t.itemId === b.itemId)?.text ?? '';
        out.push(
          findingAt(
            this.id,
            'error',
            b,
            pair.exact
              ? messagesWith('quality.duplication.definitionSame', { term: q(termB), other: q(termA) })
              : messagesWith('quality.duplication.definitionNear', { term: q(termB), other: q(termA) }),
            { text: b.text, related: [placeOf(a)], similarity: round2(pair.similarity) },
          ),
        );
      }
    }
    return out;
  },
};
