/**
 * The three languages Kasip speaks, defined once. Kazakh is the language of the official text
 * of every standard; Russian and English are translations. Everything else that needs a
 * language (display, the catalogue, exports, the stemmer) takes this type.
 */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const OFFICIAL_LANG: Lang = 'kk';

/** One text in each language. */
export type Texts = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
