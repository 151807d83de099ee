/**
 * Display language: every localised text ({kk, ru?, en?}) gets a `display` beside it — the text
 * in the asked language if a translation exists, else the official Kazakh — saying which
 * language it is and whether it is official, so no client mistakes a translation for the law.
 */
import { type Lang, OFFICIAL_LANG } from './messages/lang.js';

// The languages are defined once, in the message catalogue; re-exported for existing imports.
export { isLang, type Lang, LANGS, OFFICIAL_LANG } from './messages/lang.js';

export type Display = { text: string; lang: Lang; official: boolean };

export function displayOf(text: { kk: string; ru?: string | undefined; en?: string | undefined }, lang: Lang): Display {
  const wanted = text[lang];
  if (wanted) return { text: wanted, lang, official: lang === OFFICIAL_LANG };
  return { text: text.kk, lang: OFFICIAL_LANG, official: true };
}

/** A tree whose localised texts carry a `display`. */
export type WithDisplay<T> = T extends readonly (infer U)[]
  ? WithDisplay<U>[]
  : T extends object
    ? { [K in keyof T]: K extends 'source' ? T[K] : WithDisplay<T[K]> } & (T extends { kk: string }
        ? { display: Display }
        : unknown)
    : T;

/** Copies a tree, adding `display` to every object that has a Kazakh text. */
export function withDisplay<T>(node: T, lang: Lang): WithDisplay<T> {
  if (Array.isArray(node)) return node.map((n) => withDisplay(n, lang)) as WithDisplay<T>;
  if (node === null || typeof node !== 'object') return node as WithDisplay<T>;
  const record = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = key === 'source' ? value : withDisplay(value, lang);
  if (typeof record.kk === 'string') {
    out.display = displayOf(record as { kk: string; ru?: string; en?: string }, lang);
  }
  return out as WithDisplay<T>;
}
