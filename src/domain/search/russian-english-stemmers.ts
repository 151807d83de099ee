/**
 * Light stemmers for the unofficial translations (docs/decisions/0003-kazakh-stemmer.md): a
 * compact Snowball-style Russian stemmer and an English plural stripper. Query words go through
 * all three stemmers (see analyzer.ts), so these must never throw on Kazakh or arbitrary text.
 * Pure: no I/O, no Node modules.
 */

// ---------------------------------------------------------------------------------------------
// Russian (unofficial translations): a compact Snowball-style stemmer

const RU_VOWELS = new Set('аеиоуыэюя');

/** A list of endings, longest first (Snowball always removes the longest that fits). */
function ruEndings(list: string): readonly string[] {
  return list.split(' ').sort((a, b) => b.length - a.length);
}

const RU_PERFECTIVE_GERUND_1 = ruEndings('в вши вшись');
const RU_PERFECTIVE_GERUND_2 = ruEndings('ив ивши ившись ыв ывши ывшись');
const RU_REFLEXIVE = ruEndings('ся сь');
const RU_ADJECTIVE = ruEndings('ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею');
const RU_PARTICIPLE_1 = ruEndings('ем нн вш ющ щ');
const RU_PARTICIPLE_2 = ruEndings('ивш ывш ующ');
const RU_VERB_1 = ruEndings('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно');
const RU_VERB_2 = ruEndings(
  'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
);
const RU_NOUN = ruEndings(
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
);
const RU_FINAL_I = ruEndings('и');
const RU_DERIVATIONAL = ruEndings('ост ость');
const RU_SUPERLATIVE = ruEndings('ейш ейше');
const RU_SOFT_SIGN = ruEndings('ь');

/** Where the region after the first vowel starts (Snowball's RV), or the word's length. */
function ruRegionAfterVowel(word: string, from = 0): number {
  for (let i = from; i < word.length; i++) if (RU_VOWELS.has(word.charAt(i))) return i + 1;
  return word.length;
}

/** Snowball's R2: the region after the second vowel-consonant pair. */
function ruRegion2(word: string): number {
  const r1 = ruRegionAfterConsonant(word, 0);
  return ruRegionAfterConsonant(word, r1);
}

function ruRegionAfterConsonant(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!RU_VOWELS.has(word.charAt(i)) && RU_VOWELS.has(word.charAt(i - 1))) return i + 1;
  }
  return word.length;
}

/**
 * Removes the longest ending of `list` that lies inside the region starting at `region`; endings
 * of a "group 1" must follow а or я (also inside the region). Returns undefined when none fits.
 */
function ruStrip(word: string, region: number, list: readonly string[], afterAOrYa = false): string | undefined {
  for (const ending of list) {
    const start = word.length - ending.length;
    if (start < region || !word.endsWith(ending)) continue;
    if (afterAOrYa && (start - 1 < region || !'ая'.includes(word.charAt(start - 1)))) continue;
    return word.slice(0, start);
  }
  return undefined;
}

function ruAdjectival(word: string, rv: number): string | undefined {
  const adjective = ruStrip(word, rv, RU_ADJECTIVE);
  if (adjective === undefined) return undefined;
  return ruStrip(adjective, rv, RU_PARTICIPLE_2) ?? ruStrip(adjective, rv, RU_PARTICIPLE_1, true) ?? adjective;
}

/** Snowball step 1: a perfective gerund, or else reflexive + adjectival, verb or noun ending. */
function ruStep1(word: string, rv: number): string {
  const gerund = ruStrip(word, rv, RU_PERFECTIVE_GERUND_2) ?? ruStrip(word, rv, RU_PERFECTIVE_GERUND_1, true);
  if (gerund !== undefined) return gerund;
  const w = ruStrip(word, rv, RU_REFLEXIVE) ?? word;
  return (
    ruAdjectival(w, rv) ?? ruStrip(w, rv, RU_VERB_2) ?? ruStrip(w, rv, RU_VERB_1, true) ?? ruStrip(w, rv, RU_NOUN) ?? w
  );
}

/**
 * A light Russian stemmer after the Snowball algorithm (steps 1–4: endings, final и,
 * -ость in R2, superlative and doubled н, final ь), for the unofficial Russian translations.
 */
export function stemRussian(word: string): string {
  const w = word.replaceAll('ё', 'е');
  const rv = ruRegionAfterVowel(w);
  let stem = ruStep1(w, rv);
  stem = ruStrip(stem, rv, RU_FINAL_I) ?? stem;
  stem = ruStrip(stem, Math.max(rv, ruRegion2(w)), RU_DERIVATIONAL) ?? stem;
  stem = ruStrip(stem, rv, RU_SUPERLATIVE) ?? stem;
  if (stem.endsWith('нн') && stem.length - 2 >= rv) return stem.slice(0, -1);
  return ruStrip(stem, rv, RU_SOFT_SIGN) ?? stem;
}

// ---------------------------------------------------------------------------------------------
// English (unofficial translations): lower-case and plural -s only

/** services → service, activities → activity, processes → process; -ss, -us, -is are not plurals. */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
