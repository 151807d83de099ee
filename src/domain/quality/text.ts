/**
 * Text helpers shared by the rules: words, stems, shingles and similarity. Texts are compared
 * in their search form (`normalizeKazakh`: case, look-alike letters, dashes and quotes folded)
 * and through the Kazakh stemmer, so "әдістері" and "әдістерін" count as one word.
 */
import { foldKazakhLetters, normalizeKazakh } from '../search/kazakh-normalize.js';
import { stemKazakh } from '../search/kazakh-stemmer.js';

/** A word: letters and digits, possibly joined by hyphens (әлеуметтік-тұрмыстық). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/** The normalised words of a text, in order; hyphenated compounds stay whole. */
export function words(text: string): string[] {
  return [...normalizeKazakh(text).matchAll(WORD)].map((m) => m[0]);
}

const stemCache = new Map<string, string>();
/** `stemKazakh` with a cache: standards repeat their vocabulary a lot. */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemKazakh(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const normCache = new Map<string, string>();
/** `normalizeKazakh` of one word, cached. */
export function normWord(word: string): string {
  let s = normCache.get(word);
  if (s === undefined) {
    s = normalizeKazakh(word);
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(word, s);
  }
  return s;
}

/** Words that only contain digits are left out of stems: numbering and years say little about content. */
export function stems(text: string): string[] {
  return stemsOfWords(words(text));
}

export function stemsOfWords(list: readonly string[]): string[] {
  return list.filter((w) => /\p{L}/u.test(w)).map((w) => stemOf(w));
}

const foldCache = new Map<string, string>();
/**
 * A normalised word with each Kazakh-specific letter replaced by the letter a Russian keyboard
 * offers instead (the same folding as `foldForTrigram`, for words already normalised), cached.
 */
export function foldWord(word: string): string {
  let s = foldCache.get(word);
  if (s === undefined) {
    s = foldKazakhLetters(word);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, s);
  }
  return s;
}

/** The text reduced to its words, for "the same text" comparisons (case, punctuation and spacing ignored). */
export function comparable(text: string): string {
  return words(text).join(' ');
}

/**
 * n-word shingles of a list of stems. A text shorter than n words gives one shingle, the whole
 * text, so short texts match only when they are the same.
 */
export function shingles(list: readonly string[], n = 3): Set<string> {
  if (list.length === 0) return new Set();
  if (list.length < n) return new Set([list.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** Kazakh-specific letters: a word that has one is Kazakh (or a Kazakh-inflected loanword). */
export const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Shortens a text for a message: the first `max` characters, cut at a word boundary. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
