/**
 * Normalisation of Kazakh text for search (docs/decisions/0003-kazakh-stemmer.md). The stored
 * text is never changed: documents and queries are normalised the same way only to build and
 * look up index keys. Pure: no I/O, no Node modules, so the web app can use it as well.
 */

/** Characters PDFs and word processors leave inside words: soft hyphen, zero-width marks, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Hyphens, en and em dashes, minus signs: people and PDFs use them interchangeably. */
const DASHES = /[\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D]/g;
const DOUBLE_QUOTES = /[«»„“”‟❝❞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛′`´]/g;
const WHITESPACE = /\s+/g;
/** A run of letters (with their combining marks): the unit the look-alike folding looks at. */
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Latin letters that look like Cyrillic ones, typed inside Cyrillic words (a Latin keyboard
 * layout, an old font without Kazakh letters). Case matters: a capital Latin H looks like the
 * Cyrillic Н (en), a small h like the Kazakh һ, so the folding runs before lower-casing.
 * Letters whose look-alike is ambiguous or not close are left alone: small b, m, t, n.
 * Y is folded to У, not Ү: both look like it, and У is the common Russian-keyboard substitute.
 */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  İ: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  Ə: 'Ә',
  Ɵ: 'Ө',
  a: 'а',
  c: 'с',
  e: 'е',
  h: 'һ',
  i: 'і',
  ı: 'і',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  ə: 'ә',
  ɵ: 'ө',
};
const FOLDABLE_LATIN = new RegExp(`[${Object.keys(LATIN_TO_CYRILLIC).join('')}]`, 'gu');

/**
 * Cyrillic variants that are not Kazakh letters but stand in for them: Bashkir and Tatar
 * letters from a neighbouring keyboard layout.
 */
const CYRILLIC_VARIANTS: Readonly<Record<string, string>> = { ҡ: 'қ', ҥ: 'ң', ҕ: 'ғ' };
const FOLDABLE_CYRILLIC = /[ҡҥҕ]/g;
/** ё decomposed: е and one or more diaereses. */
const YO_DECOMPOSED = /е\u0308+/g;

/**
 * Kazakh-specific letters and the Russian-keyboard letter people type instead of each
 * (қызметкер → кызметкер). Only for fuzzy matching keys: these are distinct letters.
 */
const KAZAKH_TO_RUSSIAN_KEYBOARD: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
const KAZAKH_LETTERS = /[әғқңөұүһі]/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** A word is treated as Cyrillic when it has at least as many Cyrillic letters as Latin ones. */
function isMostlyCyrillic(word: string): boolean {
  const cyrillic = count(word, CYRILLIC);
  return cyrillic > 0 && cyrillic >= count(word, LATIN);
}

/** Latin look-alikes become Cyrillic inside Cyrillic words; Latin words stay Latin. */
function foldLookAlikes(text: string): string {
  return text.replace(LETTER_RUN, (word) =>
    isMostlyCyrillic(word) ? word.replace(FOLDABLE_LATIN, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch) : word,
  );
}

/**
 * ё → е (Kazakh spelling writes е) and the stand-in letters → Kazakh ones. The diaeresis is
 * removed in decomposed form, so the final NFC cannot put an ё back together.
 */
function foldCyrillicVariants(text: string): string {
  return text
    .normalize('NFD')
    .replace(YO_DECOMPOSED, 'е')
    .normalize('NFC')
    .replace(FOLDABLE_CYRILLIC, (ch) => CYRILLIC_VARIANTS[ch] ?? ch);
}

/** One spelling for the punctuation that varies between keyboards, fonts and PDF extractors. */
function unifyPunctuation(text: string): string {
  return text.replace(DASHES, '-').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

/**
 * The search form of a text: NFC, look-alike Latin letters inside Cyrillic words folded to
 * Cyrillic, lower-case (Ә Ғ Қ Ң Ө Ұ Ү Һ І included), ё → е, one kind of dash and quote, single
 * spaces. Idempotent: normalising a normalised text changes nothing.
 */
export function normalizeKazakh(text: string): string {
  const cleaned = unifyPunctuation(text.replace(INVISIBLE, '').normalize('NFC'));
  // Lower-casing can decompose (İ → i + dot above); foldCyrillicVariants composes again.
  const lower = foldLookAlikes(cleaned).toLowerCase();
  return joinLatinApostrophes(foldCyrillicVariants(lower)).replace(WHITESPACE, ' ').trim();
}

/** The dot the 2021 capital İ leaves on its small i; the apostrophe i' of the 2018 alphabet inside a Latin word. */
const DOTTED_I = /i\u0307/g;
const LATIN_I_APOSTROPHE = /(?<=\p{Script=Latin})i'(?!s(?![\p{L}\p{M}]))(?=\p{Script=Latin}|$|[^\p{L}\p{M}\p{N}])/gu;

/**
 * The 2018 alphabet writes и and й as `i'` (psi'holog, júi'esi), often typed `i´` or `í`.
 * Inside a Latin word the apostrophe would split the word in two, so `i'` becomes the one
 * letter `í`, as if typed with the accent (not before a final s: the English possessive of
 * Levi's). The 2021 capital İ becomes a plain small i.
 */
function joinLatinApostrophes(text: string): string {
  // Without its dot the i may compose with a following mark (i + ¨ → ï): NFC once more.
  return text.replace(DOTTED_I, 'i').normalize('NFC').replace(LATIN_I_APOSTROPHE, 'í');
}

/** A word: letters and digits, possibly joined by hyphens (әлеуметтік-тұрмыстық). */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of a text, normalised, in order. A hyphenated compound is kept whole and is
 * followed by its parts, so `ата-аналармен` is found by `ата-ана`, `ана` and `ата`.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const [word] of normalizeKazakh(text).matchAll(TOKEN)) {
    out.push(word);
    if (word.includes('-')) out.push(...word.split('-'));
  }
  return out;
}

/**
 * A key for typo-tolerant (trigram) matching: the normalised text with each Kazakh-specific
 * letter replaced by the letter a Russian keyboard offers instead, so `элеуметтик` and
 * `әлеуметтік` share their trigrams. Never shown, and never used for exact matching.
 */
export function foldForTrigram(text: string): string {
  return foldKazakhLetters(normalizeKazakh(text));
}

/** An already normalised text with each Kazakh-specific letter folded as `foldForTrigram` does. */
export function foldKazakhLetters(normalized: string): string {
  return normalized.replace(KAZAKH_LETTERS, (ch) => KAZAKH_TO_RUSSIAN_KEYBOARD[ch] ?? ch);
}
