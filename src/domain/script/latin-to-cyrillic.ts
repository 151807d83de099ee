/**
 * Cyrillic candidates for a Kazakh word typed in Latin script, for search (docs/search.md,
 * "Any script"). The reverse of a transliteration table is ambiguous (2021 `i` is и or й,
 * informal `a` is а or ә, `u` is у, ұ or ү…), so a word gives a few candidates, each read in one
 * way: the 2021 alphabet, the 2018 alphabet (acute accents, `i'` typed as `í`), and informal
 * ASCII read first as a Russian keyboard would write it (қ → к, ә → а…) and then with the
 * Kazakh letters put back by vowel harmony. The search tries them all as alternatives of the
 * same query word; a candidate that is no Kazakh word simply matches nothing. Pure.
 */

/** At most this many candidates per reading: ambiguity multiplies, the query must stay cheap. */
const MAX_PER_READING = 4;
/** Words longer than this are not read (a 10 KB "word" is no Kazakh word). */
const MAX_WORD = 40;

type Option = { take: number; out: string };
/** The ways to read the text at position k (longest spellings first), or [] for none. */
type Reader = (word: string, k: number) => Option[];

const LATIN_VOWELS = /[aeiouyäöüūıáóúýíə]/;

function afterVowel(word: string, k: number): boolean {
  return k > 0 && LATIN_VOWELS.test(word[k - 1] ?? '');
}

/** A reading of a spelling: its Cyrillic, or its Cyrillic and how many letters it takes (fewer than the spelling). */
type Reading = string | readonly [string, number];
/** `ts` is ц, or т with the s read on its own (тс, or тш from `tsh`). */
const TS: readonly Reading[] = ['ц', ['т', 1]];

/** A reader from spellings (tried longest first) and, per spelling, its readings in order of likelihood. */
function reader(
  spellings: Readonly<Record<string, readonly Reading[]>>,
  context?: (word: string, k: number) => Option[] | undefined,
): Reader {
  const keys = Object.keys(spellings).sort((a, b) => b.length - a.length);
  return (word, k) => {
    const special = context?.(word, k);
    if (special) return special;
    for (const key of keys) {
      if (!word.startsWith(key, k)) continue;
      return (spellings[key] ?? []).map((r) =>
        typeof r === 'string' ? { take: key.length, out: r } : { take: r[1], out: r[0] },
      );
    }
    return [];
  };
}

/** After a vowel, i stands for й (deñgeiı → деңгейі, jüiesı → жүйесі); elsewhere for и. */
function iOptions(take: number): (word: string, k: number) => Option[] {
  return (word, k) => (afterVowel(word, k) ? ['й', 'и'] : ['и', 'й']).map((out) => ({ take, out }));
}

const READ_2021 = reader(
  {
    şş: ['щ'],
    ts: TS,
    ch: ['ч'],
    ia: ['я', 'иа'],
    iu: ['ю', 'иу'],
    io: ['ио', 'ё'],
    a: ['а'],
    ä: ['ә'],
    b: ['б'],
    c: ['ц'],
    d: ['д'],
    e: ['е'],
    f: ['ф'],
    g: ['г'],
    ğ: ['ғ'],
    h: ['х', 'һ'],
    ı: ['і'],
    j: ['ж'],
    k: ['к'],
    l: ['л'],
    m: ['м'],
    n: ['н'],
    ñ: ['ң'],
    o: ['о'],
    ö: ['ө'],
    p: ['п'],
    q: ['қ'],
    r: ['р'],
    s: ['с'],
    ş: ['ш'],
    t: ['т'],
    u: ['у'],
    ū: ['ұ'],
    ü: ['ү'],
    v: ['в'],
    w: ['у'],
    x: ['кс'],
    y: ['ы'],
    z: ['з'],
  },
  (word, k) => (word[k] === 'i' && !/[aou]/.test(word[k + 1] ?? '') ? iOptions(1)(word, k) : undefined),
);

const READ_2018 = reader(
  {
    sh: ['ш'],
    ch: ['ч'],
    ts: TS,
    ía: ['я', 'иа'],
    íý: ['ю'],
    ío: ['ё', 'ио'],
    a: ['а'],
    á: ['ә'],
    b: ['б'],
    c: ['ц'],
    d: ['д'],
    e: ['е'],
    f: ['ф'],
    g: ['г'],
    ǵ: ['ғ'],
    h: ['х', 'һ'],
    i: ['і'],
    j: ['ж'],
    k: ['к'],
    l: ['л'],
    m: ['м'],
    n: ['н'],
    ń: ['ң'],
    o: ['о'],
    ó: ['ө'],
    p: ['п'],
    q: ['қ'],
    r: ['р'],
    s: ['с'],
    t: ['т'],
    u: ['ұ'],
    ú: ['ү'],
    v: ['в'],
    w: ['у'],
    x: ['кс'],
    y: ['ы'],
    ý: ['у'],
    z: ['з'],
  },
  (word, k) => (word[k] === 'í' && !/[aoý]/.test(word[k + 1] ?? '') ? iOptions(1)(word, k) : undefined),
);

/**
 * Informal ASCII (and any Kazakh Latin letter) as a Russian keyboard writes Kazakh: no Kazakh
 * letters (ә → а, қ → к, і → и…), digraphs zh sh ch kh ts, iotated ya yu yo.
 */
const READ_INFORMAL = reader(
  {
    shch: ['щ'],
    zh: ['ж'],
    sh: ['ш'],
    ch: ['ч'],
    kh: ['х'],
    ts: TS,
    ya: ['я'],
    yu: ['ю'],
    yo: ['ё'],
    ia: ['я', 'иа'],
    iu: ['ю', 'иу'],
    a: ['а'],
    ä: ['а'],
    á: ['а'],
    b: ['б'],
    c: ['ц'],
    d: ['д'],
    e: ['е'],
    f: ['ф'],
    g: ['г'],
    ğ: ['г'],
    ǵ: ['г'],
    h: ['х'],
    i: ['и'],
    ı: ['и'],
    í: ['и'],
    j: ['ж'],
    k: ['к'],
    l: ['л'],
    m: ['м'],
    n: ['н'],
    ñ: ['н'],
    ń: ['н'],
    o: ['о'],
    ö: ['о'],
    ó: ['о'],
    p: ['п'],
    q: ['к'],
    r: ['р'],
    s: ['с'],
    ş: ['ш'],
    t: ['т'],
    u: ['у'],
    ū: ['у'],
    ü: ['у'],
    ú: ['у'],
    ý: ['у'],
    v: ['в'],
    w: ['у'],
    x: ['кс'],
    y: ['ы'],
    z: ['з'],
  },
  // y after a vowel is й (dengeyi → денгейи); before a vowel it begins я ю ё (read above).
  (word, k) =>
    word[k] === 'y' && afterVowel(word, k) && !/[auo]/.test(word[k + 1] ?? '') ? [{ take: 1, out: 'й' }] : undefined,
);

/** Up to `max` readings of a word, the likeliest first; characters no reader knows are kept. */
function readAll(word: string, read: Reader, max: number): string[] {
  const out: string[] = [];
  const walk = (at: number, prefix: string): void => {
    if (out.length >= max) return;
    if (at >= word.length) {
      out.push(prefix);
      return;
    }
    const options = read(word, at);
    if (options.length === 0) walk(at + 1, prefix + (word[at] ?? ''));
    for (const option of options) walk(at + option.take, prefix + option.out);
  };
  walk(0, '');
  return out;
}

/** Whether the nearest vowel after position k (else before it) of a folded word is a back vowel. */
function nearestVowelIsBack(letters: string[], k: number, wordIsFront: boolean): boolean {
  for (const range of [letters.slice(k + 1), letters.slice(0, k).reverse()]) {
    for (const ch of range) {
      if (ch === 'ы') return true;
      if (/[еиэ]/.test(ch)) return false;
      // а о у were folded: in a front word they stand for ә ө ү.
      if (/[аоу]/.test(ch)) return !wordIsFront;
    }
  }
  return !wordIsFront;
}

/**
 * A word written without Kazakh letters (Russian keyboard, or informal Latin read as one) with
 * them put back by vowel harmony: in a front word (no ы, at least as many е и э as а о) а → ә,
 * о → ө, и → і, у → ү; in a back word у → ұ; к and г become қ and ғ next to a back vowel. у after
 * a vowel or at the end stays у (the consonant of әлеуметтік, the verbal noun -у). ң cannot be
 * told from н and stays н: the typo matching finds it.
 */
export function restoreKazakhLetters(folded: string): string {
  const letters = [...folded];
  // ы is back and е и э are front whatever was folded; а and о may stand for ә and ө, so they
  // only outvote the front vowels (сотталгандармен is back despite its -мен).
  const count = (pattern: RegExp) => letters.filter((ch) => pattern.test(ch)).length;
  const front = count(/[еиэ]/);
  const wordIsFront = count(/ы/) === 0 && front > 0 && front >= count(/[ао]/);
  const wordIsBack = !wordIsFront && count(/[аоы]/) > 0;
  const out = letters.map((ch, k) => {
    const previous = letters[k - 1] ?? '';
    switch (ch) {
      case 'а':
        return wordIsFront ? 'ә' : ch;
      case 'э':
        return k === 0 ? 'ә' : 'е';
      case 'о':
        return wordIsFront ? 'ө' : ch;
      case 'и':
        return wordIsFront ? 'і' : ch;
      case 'у':
        if (k === 0 || k === letters.length - 1 || /[аоыеиэу]/.test(previous)) return ch;
        return wordIsFront ? 'ү' : wordIsBack ? 'ұ' : ch;
      case 'к':
        return nearestVowelIsBack(letters, k, wordIsFront) ? 'қ' : ch;
      case 'г':
        return nearestVowelIsBack(letters, k, wordIsFront) ? 'ғ' : ch;
      default:
        return ch;
    }
  });
  return out.join('');
}

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const MARKS_2021 = /[äğñöūüış]/;
const MARKS_2018 = /[áǵńóúýí]/;

/** Whether a normalised word is Latin script (at least one Latin letter, no Cyrillic one). */
export function isLatinWord(word: string): boolean {
  return LATIN_LETTER.test(word) && !CYRILLIC_LETTER.test(word);
}

/**
 * The Cyrillic candidates of a normalised (lower-case) Latin word, likeliest first, without
 * repeats: at most a dozen. A word with letters of only one alphabet (ä ğ ñ ö ū ü ı ş are
 * 2021's; á ǵ ń ó ú ý í are 2018's) is read in that alphabet, plus the informal readings,
 * which also cover a mix of both.
 */
export function cyrillicCandidates(word: string): string[] {
  if (!isLatinWord(word) || word.length > MAX_WORD) return [];
  const is2021 = MARKS_2021.test(word);
  const is2018 = MARKS_2018.test(word);
  const candidates: string[] = [];
  if (!is2018) candidates.push(...readAll(word, READ_2021, MAX_PER_READING));
  if (!is2021) candidates.push(...readAll(word, READ_2018, MAX_PER_READING));
  const informal = readAll(word, READ_INFORMAL, 2);
  candidates.push(...informal.map(restoreKazakhLetters), ...informal);
  return [...new Set(candidates)];
}
