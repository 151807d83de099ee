/**
 * The sounds Kazakh endings choose their variants by, and the `Ending` shape the stemmer's rules
 * are written in (kazakh-stemmer.ts, kazakh-verb-endings.ts). An ending's variant is chosen by
 * the last sound of what it follows (-лар after a vowel, -дар after м/н, -тар after т/с…) and by
 * vowel harmony (-лар after а о ұ ы, -лер after ә ө ү і е). Pure: no I/O, no Node modules.
 */

/**
 * Vowels that choose the "after a vowel" variant of an ending. у, и and ю (= йу) are left out on
 * purpose: after them Kazakh takes the consonant variants (оңалтуды, оңалтуға, қоюды), as after й.
 */
export const VOWEL = new Set('аәеёоөұүыіэя');
/** Every vowel letter, for "a stem must keep a vowel". */
export const ANY_VOWEL = new Set('аәеёиоөуұүыіэюя');
const BACK = new Set('аоұыяё');
const FRONT = new Set('әөүіеэ');
export const NASAL = new Set('мнң');
/** Sonorants that behave alike before endings: р й у и ю (and л, which differs in a few endings). */
export const RYU = new Set('рйуию');
export const ZJ = new Set('зж');
export const VOICELESS = new Set('пфкқтсшщхцчһ');
/** Voiced stops end only loanwords (психолог, клуб), which take the voiceless variants (психологтың). */
const LOAN_VOICED = new Set('бвгд');
export const YI = new Set('ыі');
export const L = new Set('л');

export type Harmony = 'back' | 'front' | 'any';
export type Condition = (stem: string) => boolean;

export function lastChar(stem: string): string {
  return stem.charAt(stem.length - 1);
}

/** The stem ends in one of the given sound classes. */
export function endsIn(...classes: ReadonlySet<string>[]): Condition {
  return (stem) => classes.some((c) => c.has(lastChar(stem)));
}

export const afterVowel = endsIn(VOWEL);
/** A consonant, or у и ю, which take the endings a consonant takes (оңалту·ы, қою·ы). */
export const afterConsonant: Condition = (stem) => stem.length > 0 && !VOWEL.has(lastChar(stem));
/**
 * The 3rd-person possessive (-ы, -і, -сы, -сі), after which case endings take an extra н. The
 * possessive follows a stem, so what comes before the ы/і must have a vowel of its own: сын,
 * сына are not с + ы + н(а).
 */
export const afterPossessive: Condition = (stem) =>
  YI.has(lastChar(stem)) && [...stem.slice(0, -1)].some((ch) => ANY_VOWEL.has(ch));
/** Voiced: vowels, sonorants and з ж — the д/ғ variants of most endings. */
export const voiced = endsIn(VOWEL, NASAL, RYU, L, ZJ);
export const voiceless = endsIn(VOICELESS, LOAN_VOICED);

/** The harmony class of a stem: its last vowel; и у ю are read both ways (loanwords, у after a consonant). */
export function harmonyOf(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem.charAt(i);
    if (BACK.has(ch)) return 'back';
    if (FRONT.has(ch)) return 'front';
    if (ANY_VOWEL.has(ch)) return 'any';
  }
  return 'any';
}

export function harmonises(stem: string, harmony: Harmony): boolean {
  const own = harmonyOf(stem);
  return harmony === 'any' || own === 'any' || own === harmony;
}

/** How a verb ending is rewritten: to the verbal noun in -у, the form dictionaries list. */
export type VerbalNoun =
  /** The ending starts with a consonant, so the stem shows its bare last sound (соқ·қан → соғу). */
  | 'voice'
  /** The ending starts with a vowel, so the stem already shows its voiced sound (шығ·ады → шығу). */
  | 'as-written';

export type Ending = {
  text: string;
  harmony: Harmony;
  /** What the stem left behind must end in for this variant to be the right one. */
  after: Condition;
  /** Verb forms are rewritten to the verbal noun in -у (see `VerbalNoun`). */
  verbalNoun?: VerbalNoun;
  /** Letters the stem must keep, when more than its layer asks. */
  minStem?: number;
  /** Rewrites the stem left behind (the vowel a possessive elided: халқ·ы → халық). */
  restore?: (stem: string) => string;
};

export type Options = Pick<Ending, 'verbalNoun' | 'minStem' | 'restore'>;

/** The back and the front variant of an ending, with the same condition. */
export function pair(back: string, front: string, after: Condition, options: Options = {}): Ending[] {
  return [
    { text: back, harmony: 'back', after, ...options },
    { text: front, harmony: 'front', after, ...options },
  ];
}
