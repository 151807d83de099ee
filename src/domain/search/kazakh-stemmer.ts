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
import { tokenize } from './kazakh-normalize.js';

// ---------------------------------------------------------------------------------------------
// Sounds

/**
 * Vowels that choose the "after a vowel" variant of an ending. у and и are left out on purpose:
 * after them Kazakh takes the consonant variants (оңалтуды, оңалтуға), as after й.
 */
const VOWEL = new Set('аәеёоөұүыіэюя');
/** Every vowel letter, for "a stem must keep a vowel". */
const ANY_VOWEL = new Set('аәеёиоөуұүыіэюя');
const BACK = new Set('аоұыяё');
const FRONT = new Set('әөүіеэ');
const NASAL = new Set('мнң');
/** Sonorants that behave alike before endings: р й у и (and л, which differs in a few endings). */
const RYU = new Set('рйуи');
const ZJ = new Set('зж');
const VOICELESS = new Set('пфкқтсшщхцчһ');
/** Voiced stops end only loanwords (психолог, клуб), which take the voiceless variants (психологтың). */
const LOAN_VOICED = new Set('бвгд');

type Harmony = 'back' | 'front' | 'any';
type Condition = (stem: string) => boolean;

function lastChar(stem: string): string {
  return stem.charAt(stem.length - 1);
}

/** The stem ends in one of the given sound classes. */
function endsIn(...classes: ReadonlySet<string>[]): Condition {
  return (stem) => classes.some((c) => c.has(lastChar(stem)));
}

const YI = new Set('ыі');
const L = new Set('л');

const afterVowel = endsIn(VOWEL);
const afterConsonant: Condition = (stem) => stem.length > 0 && !VOWEL.has(lastChar(stem));
/** The 3rd-person possessive (-ы, -і, -сы, -сі), after which case endings take an extra н. */
const afterPossessive = endsIn(YI);
/**
 * Where -сы/-сі can follow: a vowel, but after ы/і only in agent nouns (басшы·сы). Otherwise
 * ы/і + с is the common noun ending -ыс/-іс and the -ы its possessive (жұмыс·ы, not жұмы·сы).
 */
const beforePossessiveSy: Condition = (stem) =>
  (afterVowel(stem) && !YI.has(lastChar(stem))) || stem.endsWith('шы') || stem.endsWith('ші');

/** Voiced: vowels, sonorants and з ж — the д/ғ variants of most endings. */
const voiced = endsIn(VOWEL, NASAL, RYU, L, ZJ);
const voiceless = endsIn(VOICELESS, LOAN_VOICED);

/** The harmony class of a stem: its last vowel; и у ю are read both ways (loanwords, у after a consonant). */
function harmonyOf(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem.charAt(i);
    if (BACK.has(ch)) return 'back';
    if (FRONT.has(ch)) return 'front';
    if (ANY_VOWEL.has(ch)) return 'any';
  }
  return 'any';
}

function harmonises(stem: string, harmony: Harmony): boolean {
  const own = harmonyOf(stem);
  return harmony === 'any' || own === 'any' || own === harmony;
}

// ---------------------------------------------------------------------------------------------
// Endings

type Ending = {
  text: string;
  harmony: Harmony;
  /** What the stem left behind must end in for this variant to be the right one. */
  after: Condition;
  /** Verb forms are rewritten to the verbal noun in -у, the form dictionaries list. */
  replaceWith?: string;
  /** Letters the stem must keep, when more than its layer asks. */
  minStem?: number;
};

type Options = Pick<Ending, 'replaceWith' | 'minStem'>;

/** The back and the front variant of an ending, with the same condition. */
function pair(back: string, front: string, after: Condition, options: Options = {}): Ending[] {
  return [
    { text: back, harmony: 'back', after, ...options },
    { text: front, harmony: 'front', after, ...options },
  ];
}

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
  // accusative
  ...pair('ны', 'ні', afterVowel),
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
 * Possessive endings of the 3rd person and the 1st person plural. The singular 1st and 2nd
 * person (-ым, -ың, -м, -ң) are not stripped: they never occur in a standard's text, and they
 * would cut nouns such as білім, ұйым, адам, мың down. The polite 2nd person (-ыңыз) is read as
 * the imperative (see FINITE), which is how the standards use it.
 */
const POSSESSIVE: Ending[] = [
  ...pair('ы', 'і', afterConsonant),
  // бас·ы, жас·ы, іс·і are not ба·сы, жа·сы: a stem of two letters is too short to be sure.
  ...pair('сы', 'сі', beforePossessiveSy, { minStem: 3 }),
  ...pair('ымыз', 'іміз', afterConsonant),
  ...pair('мыз', 'міз', afterVowel),
];

const PLURAL: Ending[] = [
  ...pair('лар', 'лер', endsIn(VOWEL, RYU)),
  ...pair('дар', 'дер', endsIn(L, NASAL, ZJ)),
  ...pair('тар', 'тер', voiceless),
];

/**
 * Derivational endings: only the abstract-noun/adjective -лық (әлеуметтік → әлеумет,
 * мүгедектік → мүгедек). Agent nouns (-шы, -кер: оңалтушы, қызметкер), the privative -сыз
 * (қауіпсіз "safe" ≠ қауіп "danger") and verb voice (оқыту "teach" ≠ оқу "study") are kept:
 * they make different words, and a registry of professions must tell them apart.
 */
const DERIVATIONAL: Ending[] = [
  ...pair('лық', 'лік', endsIn(VOWEL, RYU)),
  ...pair('дық', 'дік', endsIn(L, NASAL, ZJ)),
  ...pair('тық', 'тік', voiceless),
];

/** Participles, which take nominal endings after them (сотталған·дар·ға): rewritten to -у. */
const TO_VERBAL_NOUN: Options = { replaceWith: 'у' };
/**
 * The future participle after a vowel (реттейтін → реттеу). After a consonant (тұратын) it is
 * not stripped: -атын/-етін is just as often a noun in -ат/-ет with -ын/-ін (мақсатын,
 * мемлекетін, қабілетін), and nouns matter more to search.
 */
const FUTURE_PARTICIPLE: Ending[] = pair('йтын', 'йтін', afterVowel, { ...TO_VERBAL_NOUN, minStem: 3 });

const PARTICIPLE: Ending[] = [
  ...pair('ған', 'ген', voiced, TO_VERBAL_NOUN),
  ...pair('қан', 'кен', voiceless, TO_VERBAL_NOUN),
  ...FUTURE_PARTICIPLE,
];

/**
 * Verb forms at the very end of a word, tried before the case endings they resemble: the
 * present tense (анықтайды, not анықтай + accusative -ды), the future participle (реттейтін,
 * not реттейті + -н) and the polite imperative (ұсыныңыз). The converb -ып/-іп is not
 * stripped: it would turn тәртіп, кәсіп, қауіп, зайып into verbs.
 */
const FINITE: Ending[] = [
  ...pair('ады', 'еді', afterConsonant, TO_VERBAL_NOUN),
  ...pair('йды', 'йді', afterVowel, TO_VERBAL_NOUN),
  ...FUTURE_PARTICIPLE,
  // маңыз is not ма + ңыз: three letters at least.
  ...pair('ыңыз', 'іңіз', afterConsonant, { ...TO_VERBAL_NOUN, minStem: 3 }),
  ...pair('ңыз', 'ңіз', afterVowel, { ...TO_VERBAL_NOUN, minStem: 3 }),
];

type Layer = { endings: Ending[]; minStem: number };

/** Longest endings first, so -ндағы is tried before -да and -менен before -нен. */
function layer(endings: Ending[], minStem: number): Layer {
  return { endings: [...endings].sort((a, b) => b.text.length - a.text.length), minStem };
}

const FINITE_LAYER = layer(FINITE, 2);
/** The nominal layers, from the end of the word inwards. */
const NOMINAL_LAYERS: Layer[] = [
  layer(CASE, 2),
  layer(POSSESSIVE, 2),
  layer(PLURAL, 2),
  // -лық needs a longer stem: халық, толық, көлік are not derived words.
  layer(DERIVATIONAL, 3),
  layer(PARTICIPLE, 2),
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

/** Verb stems voice their last consonant before -у (тап- → табу, соқ- → соғу). */
const VOICE_BEFORE_VOWEL: Readonly<Record<string, string>> = { п: 'б', қ: 'ғ', к: 'г' };

function appendVerbalNoun(stem: string, suffix: string): string {
  const last = lastChar(stem);
  const voicedLast = VOICE_BEFORE_VOWEL[last];
  return voicedLast ? stem.slice(0, -1) + voicedLast + suffix : stem + suffix;
}

/** The word without the first ending of the layer that fits it, or undefined. */
function stripOne(word: string, { endings, minStem }: Layer): string | undefined {
  for (const ending of endings) {
    if (!word.endsWith(ending.text)) continue;
    const stem = word.slice(0, word.length - ending.text.length);
    if (!longEnough(stem, Math.max(minStem, ending.minStem ?? 0))) continue;
    if (!ending.after(stem) || !harmonises(stem, ending.harmony)) continue;
    if (cutsProtected(word, stem)) continue;
    return ending.replaceWith === undefined ? stem : appendVerbalNoun(stem, ending.replaceWith);
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
function stripPass(word: string): string {
  const verb = stripOne(word, FINITE_LAYER);
  if (verb !== undefined) return verb;
  let stem = word;
  for (const nominal of NOMINAL_LAYERS) stem = stripOne(stem, nominal) ?? stem;
  return longEnough(stem, 2) ? canonicalFinal(stem) : stem;
}

/** Passes repeat until nothing changes, so the result is a fixed point (idempotence). */
function stemSimpleWord(word: string): string {
  let current = word;
  // Every pass but the first shortens the word (the first may only rewrite a final г ғ б),
  // so word.length + 2 passes always reach the fixed point.
  for (let guard = 0; guard <= word.length + 1; guard++) {
    const next = stripPass(current);
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

// ---------------------------------------------------------------------------------------------

export type Lang = 'kk' | 'ru' | 'en';

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
