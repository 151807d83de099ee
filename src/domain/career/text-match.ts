/**
 * Matching the items of two cards by their Kazakh text. Ids cannot be compared: every card
 * numbers its own items (`2635-3-001.4.f1.t1.s3` and `2635-3-001.5.f1.t1.s3` need not be the
 * same skill). Two texts are compared by their sets of stems (normalised, stemmed, without the
 * function words that every sentence shares): the Jaccard index of the two sets. Pure.
 */
import { tokenize } from '../search/kazakh-normalize.js';
import { stemKazakh } from '../search/kazakh-stemmer.js';

/** From this similarity on, two differently worded texts are the same item reworded. */
export const SIMILARITY_THRESHOLD = 0.6;

/** Conjunctions, postpositions and pronouns that carry no subject matter of their own. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'және',
  'мен',
  'бен',
  'пен',
  'немесе',
  'не',
  'да',
  'де',
  'та',
  'те',
  'ал',
  'бірақ',
  'сондай-ақ',
  'сондай',
  'ақ',
  'үшін',
  'туралы',
  'бойынша',
  'жөніндегі',
  'жөнінде',
  'арқылы',
  'сияқты',
  'қатысты',
  'бұл',
  'осы',
  'сол',
  'оның',
  'олардың',
  'өз',
  'т',
  'б',
]);

/** The stems a text is compared by. */
export function stemSet(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of tokenize(text)) {
    if (FUNCTION_WORDS.has(word)) continue;
    stems.add(stemKazakh(word));
  }
  return stems;
}

/** The words of a text without case, punctuation and spacing: equal keys are the same text. */
export function wordingKey(text: string): string {
  return tokenize(text).join(' ');
}

/** Jaccard index of two stem sets, 0…1; two texts without words are alike only if equal. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Similarity of two texts, rounded to two decimals. */
export function textSimilarity(a: string, b: string): number {
  if (wordingKey(a) === wordingKey(b)) return 1;
  return round2(jaccard(stemSet(a), stemSet(b)));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export type Matched<T> = { from: T; to: T; similarity: number };

export type Matching<T> = {
  /** The same words (case, punctuation and spacing aside). */
  same: Matched<T>[];
  /** Reworded: not the same words, but similar enough to be the same item. */
  changed: Matched<T>[];
  /** Items of the second list with no similar item in the first. */
  added: T[];
  /** Items of the first list with no similar item in the second. */
  removed: T[];
};

/**
 * Compares two lists of items by text. Every item of `to` is matched to its most similar item
 * of `from` (the same words first, then the highest similarity at or above the threshold, the
 * earlier item on a tie); an item of `from` is removed when no item of `to` is similar to it.
 * Matching is not one-to-one on purpose: a card may repeat an item under two functions, and
 * the repetition is not new to a person who knows the item.
 */
export function matchByText<T>(
  from: readonly T[],
  to: readonly T[],
  text: (item: T) => string,
  threshold = SIMILARITY_THRESHOLD,
): Matching<T> {
  const prepare = (item: T) => ({ item, key: wordingKey(text(item)), stems: stemSet(text(item)) });
  const a = from.map(prepare);
  const b = to.map(prepare);
  const covered = new Set<number>();
  const out: Matching<T> = { same: [], changed: [], added: [], removed: [] };
  for (const target of b) {
    let best = -1;
    let bestSimilarity = -1;
    for (let i = 0; i < a.length; i++) {
      const candidate = a[i] as (typeof a)[number];
      const similarity = candidate.key === target.key ? 1 : round2(jaccard(candidate.stems, target.stems));
      if (similarity >= threshold) covered.add(i);
      const exact = candidate.key === target.key;
      const bestExact = best >= 0 && (a[best] as (typeof a)[number]).key === target.key;
      if (exact && !bestExact) {
        best = i;
        bestSimilarity = 1;
      } else if (!bestExact && similarity > bestSimilarity) {
        best = i;
        bestSimilarity = similarity;
      }
    }
    const match = a[best];
    if (match && match.key === target.key) out.same.push({ from: match.item, to: target.item, similarity: 1 });
    else if (match && bestSimilarity >= threshold)
      out.changed.push({ from: match.item, to: target.item, similarity: bestSimilarity });
    else out.added.push(target.item);
  }
  a.forEach((candidate, i) => {
    if (!covered.has(i)) out.removed.push(candidate.item);
  });
  return out;
}
