/**
 * Display language: every localised text ({kk, ru?, en?}) gets a `display` beside it — the text
 * in the asked language if a translation exists, else the official Kazakh — saying which
 * language it is and whether it is official, so no client mistakes a translation for the law.
 */
import {
  type KeyCursor,
  type TranslationReview,
  type TranslationReviews,
  enterElement,
  enterField,
  enterNode,
  keyAt,
  reviewOf,
} from '../standard/translations.js';

import { type Lang, OFFICIAL_LANG } from './messages/lang.js';

// The languages are defined once, in the message catalogue; re-exported for existing imports.
export { isLang, type Lang, LANGS, OFFICIAL_LANG } from './messages/lang.js';

/**
 * A text as shown: `review` tells, for a translation, whether a person who knows both languages
 * checked it (`reviewed`) or not (`machine-draft`); the official Kazakh text has none.
 */
export type Display = { text: string; lang: Lang; official: boolean; review?: TranslationReview };

export function displayOf(
  text: { kk: string; ru?: string | undefined; en?: string | undefined },
  lang: Lang,
  review?: TranslationReview,
): Display {
  const wanted = text[lang];
  if (wanted && lang !== OFFICIAL_LANG)
    return { text: wanted, lang, official: false, review: review ?? 'machine-draft' };
  if (wanted) return { text: wanted, lang, official: true };
  return { text: text.kk, lang: OFFICIAL_LANG, official: true };
}

/**
 * The display of a text keyed `key` (src/domain/standard/translations.ts) with the review state
 * the edition's map gives it.
 */
export function displayOfKey(
  text: { kk: string; ru?: string | undefined; en?: string | undefined },
  lang: Lang,
  reviews: TranslationReviews | null | undefined,
  key: string,
): Display {
  return displayOf(text, lang, lang === 'kk' ? undefined : reviewOf(reviews, lang, key));
}

/** A tree whose localised texts carry a `display`. */
export type WithDisplay<T> = T extends readonly (infer U)[]
  ? WithDisplay<U>[]
  : T extends object
    ? { [K in keyof T]: K extends 'source' ? T[K] : WithDisplay<T[K]> } & (T extends { kk: string }
        ? { display: Display }
        : unknown)
    : T;

/**
 * Copies a tree, adding `display` to every object that has a Kazakh text. With the edition's
 * review map, each translated text's `review` is looked up by its key; `at` is where the tree
 * stands when it is not an item itself (a card's `name`: `{ owner: cardId, trail: ['name'] }`).
 */
export function withDisplay<T>(
  node: T,
  lang: Lang,
  reviews?: TranslationReviews | null,
  at: KeyCursor = { owner: '', trail: [] },
): WithDisplay<T> {
  if (Array.isArray(node)) {
    return node.map((n, index) => withDisplay(n, lang, reviews, enterElement(at, index, n))) as WithDisplay<T>;
  }
  if (node === null || typeof node !== 'object') return node as WithDisplay<T>;
  const record = node as Record<string, unknown>;
  const here = enterNode(at, record);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = key === 'source' ? value : withDisplay(value, lang, reviews, enterField(here, key));
  }
  if (typeof record.kk === 'string') {
    out.display = displayOfKey(record as { kk: string; ru?: string; en?: string }, lang, reviews, keyAt(here));
  }
  return out as WithDisplay<T>;
}
