/**
 * Kazakh Cyrillic → Latin by a versioned table (./transliteration-tables). Everything that is
 * not a Cyrillic letter (digits, punctuation, Latin words, codes such as 3412-0-008) is kept as
 * it is. Pure.
 */
import type { TransliterationTable } from './transliteration-tables.js';

/** Cyrillic letters outside Kazakh that stand in for Kazakh ones (Bashkir and Tatar layouts). */
const STAND_INS: Readonly<Record<string, string>> = { ҡ: 'қ', ҥ: 'ң', ҕ: 'ғ' };
const CYRILLIC_LETTER = /(?=\p{L})\p{Script=Cyrillic}/u;
/** Written for a Cyrillic letter no table knows (Ukrainian ґ, Serbian ђ…): never a Cyrillic letter. */
const UNKNOWN = '?';

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function upperLetter(latin: string, table: TransliterationTable): string {
  return table.capitals[latin] ?? latin.toUpperCase();
}

/** The capital spelling: all capitals inside a word in capitals (ШЫҒЫС → ŞYĞYS, ШЫ → SHY), else the first. */
function capitalize(latin: string, allCaps: boolean, table: TransliterationTable): string {
  const chars = [...latin];
  if (chars.length === 0) return latin;
  if (allCaps) return chars.map((c) => upperLetter(c, table)).join('');
  const [first = '', ...rest] = chars;
  return upperLetter(first, table) + rest.join('');
}

/** The spelling of one lower-case Cyrillic letter, or undefined when the table has none. */
function spell(lower: string, table: TransliterationTable): string | undefined {
  const known = table.lower[lower] ?? table.lower[STAND_INS[lower] ?? ''];
  if (known !== undefined) return known;
  // A letter with a diacritic the table lacks (ї, ў): its base letter.
  const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return base !== lower ? table.lower[base] : undefined;
}

/** The text with each Cyrillic letter spelled by the table; the output has no Cyrillic letter. */
export function transliterate(text: string, table: TransliterationTable): string {
  const chars = [...text.normalize('NFC')];
  let out = '';
  chars.forEach((ch, i) => {
    if (!CYRILLIC_LETTER.test(ch)) {
      out += ch;
      return;
    }
    const lower = ch.toLowerCase();
    const latin = spell(lower, table) ?? UNKNOWN;
    if (!isUpper(ch)) {
      out += latin;
      return;
    }
    out += capitalize(latin, isUpper(chars[i + 1]) || (isUpper(chars[i - 1]) && !isLetter(chars[i + 1])), table);
  });
  return out;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}
