/**
 * Stemming for search (docs/decisions/0003-kazakh-stemmer.md): a rule-based Kazakh suffix
 * stripper, a light Russian one for queries against the Russian translations, and `analyze`,
 * which turns a text in a known language into the stems the index stores. Stems are index keys,
 * not words to show: `психолог` is stored as `психолок` (see `canonicalFinal`).
 *
 * Kazakh words are a stem followed by endings in a fixed order:
 *   stem · derivational (-лық) · plural (-лар) · possessive (-ы, -сы) · case (-ға, -ның, -мен…)
 * so the stemmer peels them from the end in reverse order. Each ending has variants chosen by
 * the last sound of what it follows (-лар after a vowel, -дар after м/н, -тар after т/с…) and by
 * vowel harmony (-лар after а о ұ ы, -лер after ә ө ү і е). An ending is stripped only when the
 * stem left behind would have chosen that very variant; this is what keeps `орта` (middle) from
 * being read as `ор` + locative `-та`. Pure: no I/O, no Node modules.
 */
import type { Lang } from '../shared/messages/lang.js';
import { tokenize } from './kazakh-normalize.js';

import {
  type Ending,
  NASAL,
  L,
  RYU,
  VOWEL,
  YI,
  ZJ,
  ANY_VOWEL,
  afterConsonant,
  afterPossessive,
  afterVowel,
  endsIn,
  harmonises,
  lastChar,
  pair,
  voiced,
  voiceless,
} from './kazakh-sounds.js';
import { FINITE, PARTICIPLE, appendVerbalNoun } from './kazakh-verb-endings.js';
import { stemEnglish, stemRussian } from './russian-english-stemmers.js';

export { stemEnglish, stemRussian };

// ---------------------------------------------------------------------------------------------
// Nominal endings

/**
 * Where -сы/-сі can follow: a vowel, but after ы/і only in agent nouns (басшы·сы). Otherwise
 * ы/і + с is the common noun ending -ыс/-іс and the -ы its possessive (жұмыс·ы, not жұмы·сы).
 */
const beforePossessiveSy = (stem: string): boolean =>
  (afterVowel(stem) && !YI.has(lastChar(stem))) || stem.endsWith('шы') || stem.endsWith('ші');

/** Case endings, including the relative -дағы (ортадағы) that follows the locative. */
const CASE: Ending[] = [
  // genitive
  ...pair('ның', 'нің', endsIn(VOWEL, NASAL)),
  ...pair('дың', 'дің', endsIn(RYU, L, ZJ)),
  ...pair('тың', 'тің', voiceless),
  // dative
  ...pair('ға', 'ге', voiced),
  ...pair('қа', 'ке', voiceless),
  ...pair('на', 'не', afterPossessive),
  // accusative; кү·ні, са·ны are not words: күн·і, сан·ы (three letters before -ны at least)
  ...pair('ны', 'ні', afterVowel, { minStem: 3 }),
  ...pair('ды', 'ді', endsIn(NASAL, RYU, L, ZJ)),
  ...pair('ты', 'ті', voiceless),
  { text: 'н', harmony: 'any', after: afterPossessive },
  // locative and the relative locative
  ...pair('да', 'де', voiced),
  ...pair('та', 'те', voiceless),
  ...pair('нда', 'нде', afterPossessive),
  ...pair('дағы', 'дегі', voiced),
  ...pair('тағы', 'тегі', voiceless),
  ...pair('ндағы', 'ндегі', afterPossessive),
  // ablative
  ...pair('дан', 'ден', endsIn(VOWEL, RYU, L, ZJ)),
  ...pair('нан', 'нен', endsIn(NASAL, YI)),
  ...pair('тан', 'тен', voiceless),
  // instrumental: one form for both harmonies
  ...['мен', 'менен'].map((text) => ({ text, harmony: 'any' as const, after: endsIn(VOWEL, NASAL, RYU, L) })),
  ...['бен', 'бенен'].map((text) => ({ text, harmony: 'any' as const, after: endsIn(ZJ) })),
  ...['пен', 'пенен'].map((text) => ({ text, harmony: 'any' as const, after: voiceless })),
];

/**
 * Before the possessive -ы/-і some nouns lose the vowel of their last syllable between a
 * sonorant and қ н з: халық → халқы, орын → орны, ауыз → аузы, мойын → мойны. No stem ends in
 * such a pair, so the vowel, the one of the ending, goes back. Not before п: the result would
 * read as a converb (жалпы would become жалып → жал·ып); қалып and қауіп are protected instead.
 */
function restoreElidedVowel(vowel: string): (stem: string) => string {
  return (stem) =>
    /[лрйу][қнз]$/u.test(stem) && hasVowel(stem.slice(0, -2)) ? `${stem.slice(0, -1)}${vowel}${lastChar(stem)}` : stem;
}

/**
 * Possessive endings of the 3rd person and the 1st person plural. The singular 1st and 2nd
 * person (-ым, -ың, -м, -ң) are not stripped: they never occur in a standard's text, and they
 * would cut nouns such as білім, ұйым, адам, мың down. The polite 2nd person (-ыңыз) is read as
 * the imperative (see FINITE), which is how the standards use it.
 */
const POSSESSIVE: Ending[] = [
  { text: 'ы', harmony: 'back', after: afterConsonant, restore: restoreElidedVowel('ы') },
  { text: 'і', harmony: 'front', after: afterConsonant, restore: restoreElidedVowel('і') },
  // бас·ы, жас·ы, іс·і are not ба·сы, жа·сы: a stem of two letters is too short to be sure.
  ...pair('сы', 'сі', beforePossessiveSy, { minStem: 3 }),
  // The vowel elides before this possessive too: халқымыз → халық, like халқы.
  { text: 'ымыз', harmony: 'back', after: afterConsonant, restore: restoreElidedVowel('ы') },
  { text: 'іміз', harmony: 'front', after: afterConsonant, restore: restoreElidedVowel('і') },
  ...pair('мыз', 'міз', afterVowel, { minStem: 3 }),
];

const PLURAL: Ending[] = [
  ...pair('лар', 'лер', endsIn(VOWEL, RYU)),
  ...pair('дар', 'дер', endsIn(L, NASAL, ZJ)),
  ...pair('тар', 'тер', voiceless),
];

/**
 * Derivational endings: only the abstract-noun/adjective -лық, and only after a base of seven
 * letters or more (since issue 15), where the derivative is transparent: әлеуметтік → әлеумет,
 * мүгедектік → мүгедек, ақпараттық → ақпарат, педагогикалық → педагогика, мемлекеттік →
 * мемлекет. Short bases are where -лық makes a word of its own, and they keep it: бастық
 * "chief" ≠ бас "head", орталық "centre" ≠ орта, жаңалық "news" ≠ жаңа "new", бостандық
 * "freedom" ≠ бос "empty", ұлттық ≠ ұлт. Agent nouns (-шы, -кер: оңалтушы, қызметкер), the
 * privative -сыз (қауіпсіз "safe" ≠ қауіп "danger") and verb voice (оқыту "teach" ≠ оқу
 * "study") are kept: they make different words, and a registry of professions must tell them apart.
 */
const DERIVATIONAL: Ending[] = [
  ...pair('лық', 'лік', endsIn(VOWEL, RYU)),
  ...pair('дық', 'дік', endsIn(L, NASAL, ZJ)),
  ...pair('тық', 'тік', voiceless),
];

type Layer = { name: string; endings: Ending[]; minStem: number };

/** Longest endings first, so -ндағы is tried before -да and -менен before -нен. */
function layer(name: string, endings: Ending[], minStem: number): Layer {
  return { name, endings: [...endings].sort((a, b) => b.text.length - a.text.length), minStem };
}

const FINITE_LAYER = layer('verb', FINITE, 2);
/** The nominal layers, from the end of the word inwards. */
const NOMINAL_LAYERS: Layer[] = [
  layer('case', CASE, 2),
  layer('possessive', POSSESSIVE, 2),
  layer('plural', PLURAL, 2),
  // -лық needs a longer stem: халық, толық, көлік are not derived words.
  layer('derivational', DERIVATIONAL, 7),
  layer('participle', PARTICIPLE, 2),
];

/**
 * Words whose ending only looks like a suffix; nothing is cut into them (жағдайды is
 * жағдай + ды, not жағда + йды; үшін "for" is not үш "three" + і + н).
 */
const PROTECTED = [
  'аудан',
  'барлық',
  'басқа',
  'баға',
  'бұрын',
  'дайын',
  'жағдай',
  'жақын',
  'кейін',
  'кешен',
  'кәсіп',
  'мазмұн',
  'маман',
  'орын',
  'отбасы',
  'пайда',
  'пән',
  'сауда',
  'теңге',
  'тұлға',
  'шағын',
  'шығын',
  'қазақстан',
  'қалып',
  'қауіп',
  'үшін',
  'өзге',
  // Nouns that end like the converb -ып/-іп or -п after а/е (see FINITE): тәртіп is not тәрт·іп.
  'есеп',
  'жауап',
  'кітап',
  'мектеп',
  'себеп',
  'талап',
  'тарап',
  'тақырып',
  'тәртіп',
  'өнеркәсіп',
];

// ---------------------------------------------------------------------------------------------
// Stripping

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function hasVowel(text: string): boolean {
  for (const ch of text) if (ANY_VOWEL.has(ch)) return true;
  return false;
}

/** A stem must keep enough letters and a vowel, so short words are never reduced to nothing. */
function longEnough(stem: string, minStem: number): boolean {
  return letterCount(stem) >= minStem && hasVowel(stem);
}

/** Cutting `word` down to `stem` would cut into a protected word it starts with. */
function cutsProtected(word: string, stem: string): boolean {
  return PROTECTED.some((p) => word.startsWith(p) && stem.length < p.length);
}

/**
 * The rules that fired, in order, as `layer -ending` (`case -да`, `verb -ды`): what the
 * treebank bench counts merged lemmas by. Undefined when nobody asked, so stemming pays nothing.
 */
type Trace = string[] | undefined;

/** The word without the first ending of the layer that fits it, or undefined. */
function stripOne(word: string, { name, endings, minStem }: Layer, trace?: Trace): string | undefined {
  for (const ending of endings) {
    if (!word.endsWith(ending.text)) continue;
    const stem = word.slice(0, word.length - ending.text.length);
    if (!longEnough(stem, Math.max(minStem, ending.minStem ?? 0))) continue;
    if (!ending.after(stem) || !harmonises(stem, ending.harmony)) continue;
    if (cutsProtected(word, stem)) continue;
    const restored = ending.restore ? ending.restore(stem) : stem;
    trace?.push(`${name} -${ending.text}`);
    return ending.verbalNoun === undefined ? restored : appendVerbalNoun(restored, ending.verbalNoun);
  }
  return undefined;
}

/**
 * Final г ғ б alternate with к қ п (көмек → көмегі, кітап → кітабы), and loanwords end in г
 * without alternating (психолог → психологы). Writing every final г ғ б as к қ п makes both
 * kinds of word meet: it only affects the stem used as a key.
 */
const DEVOICED: Readonly<Record<string, string>> = { г: 'к', ғ: 'қ', б: 'п' };

function canonicalFinal(stem: string): string {
  const devoiced = DEVOICED[lastChar(stem)];
  return devoiced ? stem.slice(0, -1) + devoiced : stem;
}

/** One pass from the end of the word inwards: a finite verb form, or the nominal layers in order. */
function stripPass(word: string, trace?: Trace): string {
  const verb = stripOne(word, FINITE_LAYER, trace);
  if (verb !== undefined) return verb;
  let stem = word;
  for (const nominal of NOMINAL_LAYERS) stem = stripOne(stem, nominal, trace) ?? stem;
  return longEnough(stem, 2) ? canonicalFinal(stem) : stem;
}

/** Passes repeat until nothing changes, so the result is a fixed point (idempotence). */
function stemSimpleWord(word: string, trace?: Trace): string {
  let current = word;
  // Every pass but the first shortens the word (the first may only rewrite a final г ғ б),
  // so word.length + 2 passes always reach the fixed point.
  for (let guard = 0; guard <= word.length + 1; guard++) {
    const next = stripPass(current, trace);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * The stem of one normalised Kazakh word (see `normalizeKazakh`). Endings attach to the last
 * part of a hyphenated compound, so only that part is stemmed (ата-аналармен → ата-ана).
 * Idempotent; the stem is never longer than the word and never empty for a non-empty word.
 */
export function stemKazakh(word: string): string {
  const tail = word.lastIndexOf('-') + 1;
  return word.slice(0, tail) + stemSimpleWord(word.slice(tail));
}

/** `stemKazakh` with the rules that fired, in order (`case -да`, `verb -ды`): for the benches. */
export function explainKazakhStem(word: string): { stem: string; rules: string[] } {
  const tail = word.lastIndexOf('-') + 1;
  const rules: string[] = [];
  return { stem: word.slice(0, tail) + stemSimpleWord(word.slice(tail), rules), rules };
}

// ---------------------------------------------------------------------------------------------

// The one Lang of the message catalogue; re-exported for the stemmer's callers.
export type { Lang };

const STEMMERS: Readonly<Record<Lang, (word: string) => string>> = {
  kk: stemKazakh,
  ru: stemRussian,
  en: stemEnglish,
};

/**
 * The stems of a text's words in the given language, in order (a hyphenated compound gives its
 * whole and its parts, see `tokenize`). Documents and queries must both go through this.
 */
export function analyze(text: string, lang: Lang): string[] {
  const stem = STEMMERS[lang];
  return tokenize(text).map((word) => stem(word));
}
