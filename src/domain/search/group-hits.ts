/**
 * One result for a text printed in several cards. The standard repeats whole labour functions,
 * tasks, skills and knowledge items word for word across the levels of a profession (the same
 * skill in six cards); listed one by one they push every other result off the first page. The
 * best-ranked copy stands for them all and names the others.
 */
import type { HitType, SearchHit } from './search-index.js';

/** `text`: identical texts grouped (the default); `none`: every item a hit of its own. */
export const SEARCH_GROUPINGS = ['text', 'none'] as const;
export type SearchGrouping = (typeof SEARCH_GROUPINGS)[number];

export type HitCopy = { id: string; card: { code: string; level: number } | null };
export type GroupedHit = SearchHit & {
  /** The other items of the same type with the same official text, by card code and level. */
  alsoIn: HitCopy[];
};

/** Kinds that are printed inside cards and repeated across them. Cards (one per level), terms and
 * professions are each one thing, even where two share a name. */
const GROUPED_TYPES: ReadonlySet<HitType> = new Set(['labourFunction', 'task', 'skill', 'knowledge']);

/** The text as compared: the same letters and digits, case, punctuation and spacing aside (a list item
 * ends with `;` or `.` by its place in the list), as the item API's `sameTextIn` compares them. */
export const sameTextKey = (hit: Pick<SearchHit, 'type' | 'text'>) =>
  `${hit.type}\u0000${hit.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;

const byCard = (a: HitCopy, b: HitCopy) =>
  (a.card?.code ?? '').localeCompare(b.card?.code ?? '') ||
  (a.card?.level ?? 0) - (b.card?.level ?? 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Ranked hits with identical texts folded into their best copy; the ranking order is kept.
 * `keyOf` gives `sameTextKey` of a hit; a caller that groups the same items again and again
 * passes one that keeps the keys.
 */
export function groupIdenticalTexts(
  ranked: readonly SearchHit[],
  keyOf: (hit: SearchHit) => string = sameTextKey,
): GroupedHit[] {
  const out: GroupedHit[] = [];
  const groupOf = new Map<string, GroupedHit>();
  for (const hit of ranked) {
    if (!GROUPED_TYPES.has(hit.type)) {
      out.push({ ...hit, alsoIn: [] });
      continue;
    }
    const key = keyOf(hit);
    const group = groupOf.get(key);
    if (group) {
      group.alsoIn.push({ id: hit.id, card: hit.card });
      continue;
    }
    const first: GroupedHit = { ...hit, alsoIn: [] };
    groupOf.set(key, first);
    out.push(first);
  }
  for (const hit of out) hit.alsoIn.sort(byCard);
  return out;
}

/** Every hit on its own (`group=none`), in the same shape. */
export function ungrouped(ranked: readonly SearchHit[]): GroupedHit[] {
  return ranked.map((hit) => ({ ...hit, alsoIn: [] }));
}
