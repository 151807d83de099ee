/**
 * Versioned tables from Kazakh Cyrillic to the Latin alphabets Kazakhstan has approved
 * (docs/transliteration.md). Cyrillic stays the canonical script of the standards (the legal
 * texts are Cyrillic); a Latin rendering is derived on demand from one of these tables, and
 * always says which one. A table never changes once published: a new alphabet is a new table.
 * Pure data: the web app and the search analyser read it too.
 */

export const LATIN_ALPHABETS = ['2021', '2018'] as const;
export type LatinAlphabet = (typeof LATIN_ALPHABETS)[number];
export const DEFAULT_LATIN_ALPHABET: LatinAlphabet = '2021';

export type TransliterationTable = {
  id: `kk-Latn-${LatinAlphabet}`;
  alphabet: LatinAlphabet;
  name: string;
  /** The day the alphabet was approved or presented (ISO date). */
  date: string;
  /** What the Kazakh letters follow: the decree or presentation, with where it was read. */
  source: { title: string; urls: readonly string[] };
  /** Choices that are convention, not decree: the Russian-only letters and the like. */
  conventions: readonly string[];
  /** Each lower-case Cyrillic letter and its Latin spelling (possibly two letters, or none). */
  lower: Readonly<Record<string, string>>;
  /**
   * The capital of each Latin spelling, where a plain `toUpperCase` is wrong or ambiguous:
   * the 2021 alphabet has a dotted capital İ for i and a plain I for the dotless ı.
   */
  capitals: Readonly<Record<string, string>>;
};

/** Letters both alphabets spell the same way. */
const SHARED: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'j',
  з: 'z',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ы: 'y',
  // Russian-only letters (convention, shared by both tables): ц as ts, э as e, the hard and
  // soft signs dropped; the iotated vowels are spelled per table below.
  ц: 'ts',
  э: 'e',
  ъ: '',
  ь: '',
};

export const KK_LATN_2021: TransliterationTable = {
  id: 'kk-Latn-2021',
  alphabet: '2021',
  name: 'Kazakh Latin alphabet of 2021 (31 letters)',
  date: '2021-01-28',
  source: {
    title:
      'Improved 31-letter Latin alphabet presented to the Government on 28 January 2021 ' +
      '(Decree No. 569 of 26 October 2017 as revised); transition planned for 2023–2031',
    urls: [
      'https://www.inform.kz/en/new-version-of-latin-based-kazakh-alphabet-presented-at-government_a3746549',
      'https://shepherdgazette.com/kazakhstan-presents-new-latin-alphabet-and-plans-gradual-transition-by-2031/',
    ],
  },
  conventions: [
    'ә ө ү ұ ғ ш → ä ö ü ū ğ ş are the presented letters; қ q, ң ñ, і ı, и/й i, ы y, у u, х/һ h, ж j are the letters as commonly published with it (the presentation did not list them all)',
    'Russian-only letters are not in the alphabet: ц ts, ч ch, щ şş, ё io, ю iu, я ia, э e; ъ and ь are dropped (convention of this project, as the query set of test/search/queries.yaml writes them)',
  ],
  lower: {
    ...SHARED,
    ә: 'ä',
    ғ: 'ğ',
    ң: 'ñ',
    ө: 'ö',
    ұ: 'ū',
    ү: 'ü',
    і: 'ı',
    и: 'i',
    й: 'i',
    у: 'u',
    ш: 'ş',
    ч: 'ch',
    щ: 'şş',
    ё: 'io',
    ю: 'iu',
    я: 'ia',
  },
  capitals: { i: 'İ', ı: 'I' },
};

export const KK_LATN_2018: TransliterationTable = {
  id: 'kk-Latn-2018',
  alphabet: '2018',
  name: 'Kazakh Latin alphabet of 2018 (acute accents)',
  date: '2018-02-19',
  source: {
    title:
      'The February 2018 revision of Decree No. 569 of 26 October 2017 (reported as Decree No. 637 ' +
      'of 19 February 2018; number and day not verified here): acute accents instead of ' +
      'apostrophes, digraphs sh and ch, 32 letters',
    urls: ['https://www.balkhash.goo.kz/blog/view/17/8165', 'https://obvk.kz/?p=1864'],
  },
  conventions: [
    'и and й are both written i′ (an apostrophe-like mark after i), as in the decree; this table writes the ASCII apostrophe',
    'Russian-only letters: ц ts, щ shsh, ё i′o, ю i′ý, я i′a, э e; ъ and ь are dropped (convention of this project)',
  ],
  lower: {
    ...SHARED,
    ә: 'á',
    ғ: 'ǵ',
    ң: 'ń',
    ө: 'ó',
    ұ: 'u',
    ү: 'ú',
    і: 'i',
    и: "i'",
    й: "i'",
    у: 'ý',
    ш: 'sh',
    ч: 'ch',
    щ: 'shsh',
    ё: "i'o",
    ю: "i'ý",
    я: "i'a",
  },
  capitals: {},
};

export const TRANSLITERATION_TABLES: Readonly<Record<LatinAlphabet, TransliterationTable>> = {
  '2021': KK_LATN_2021,
  '2018': KK_LATN_2018,
};

/** The Kazakh alphabet in Cyrillic (42 letters, lower case): every one must have a spelling. */
export const KAZAKH_CYRILLIC_LETTERS = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
