/**
 * The words HR departments write in a staff list's cells for the register's coded values: an
 * education level, a field of education, a category, a kind of leave, a certificate. Each value
 * has one label per language (what an export writes) and the synonyms people really type
 * («ТжКБ», «средне-специальное», «жогары» typed without the Kazakh keyboard).
 *
 * Matching goes through `normalizeKey`, so case, punctuation, extra spaces, Latin look-alike
 * letters inside Cyrillic words and Kazakh letters typed as their Russian neighbours all match.
 */
import type { Lang } from '../shared/localize.js';
import { categories, certificates, educationFields, educationLevels } from '../standard/schemas.js';
import { LEAVE_KINDS } from './staff-record.js';

/** Latin letters that look like Cyrillic ones; replaced only inside words that have Cyrillic letters. */
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  h: 'һ',
  i: 'і',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

/** Kazakh letters folded to the Russian letters people type when they have no Kazakh keyboard. */
const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

const CYRILLIC = /[\u0400-\u04ff]/;

/** The comparison key of a header or a value: «Білімі:» and "бiлiмi" (Latin i) give the same key. */
export function normalizeKey(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  return words
    .map((w) => (CYRILLIC.test(w) ? w.replace(/[acehikopxy]/g, (c) => LOOKALIKE[c] ?? c) : w))
    .join(' ')
    .replace(/[әғқңөұүһіё]/g, (c) => FOLD[c] ?? c);
}

type Words = Record<Lang, string> & { also: readonly string[] };

export type Vocabulary<V extends string> = {
  /** The value a cell names, or null when no one can tell. */
  read(cell: string): V | null;
  /** What an export writes for the value. */
  label(value: V, lang: Lang): string;
  /** Every value's label, for a message that says what may be written. */
  allowed(lang: Lang): string;
  /** Every word the vocabulary knows with its value (labels first), for tests. */
  words(): readonly (readonly [string, V])[];
};

function vocabulary<V extends string>(values: readonly V[], table: Record<V, Words>): Vocabulary<V> {
  const words: [string, V][] = [];
  for (const value of values) {
    const w = table[value];
    words.push([w.kk, value], [w.ru, value], [w.en, value], [value, value]);
    for (const also of w.also) words.push([also, value]);
  }
  const byKey = new Map<string, V>();
  // The first word wins a clash; the vocabulary test asserts there is none.
  for (const [word, value] of words) if (!byKey.has(normalizeKey(word))) byKey.set(normalizeKey(word), value);
  // A staff list repeats the same few words thousands of times: remember what each spelling read as.
  const seen = new Map<string, V | null>();
  const read = (cell: string): V | null => {
    let value = seen.get(cell);
    if (value === undefined) {
      value = byKey.get(normalizeKey(cell)) ?? null;
      if (seen.size >= 10_000) seen.clear();
      seen.set(cell, value);
    }
    return value;
  };
  return {
    read,
    label: (value, lang) => table[value][lang],
    allowed: (lang) => values.map((v) => table[v][lang]).join(', '),
    words: () => words,
  };
}

export type EducationLevel = (typeof educationLevels)[number];
export type EducationField = (typeof educationFields)[number];
export type Category = (typeof categories)[number];
export type Certificate = (typeof certificates)[number];

export const EDUCATION_LEVEL = vocabulary(educationLevels, {
  'basic-secondary': {
    kk: 'негізгі орта',
    ru: 'основное среднее',
    en: 'basic secondary',
    also: [
      'негізгі орта білім',
      'орта',
      'орта білім',
      'жалпы орта',
      'жалпы орта білім',
      'основное среднее образование',
      'среднее',
      'среднее образование',
      'общее среднее',
      'общее среднее образование',
      'secondary',
    ],
  },
  tvet: {
    kk: 'техникалық және кәсіптік',
    ru: 'техническое и профессиональное',
    en: 'technical and vocational',
    also: [
      'техникалық және кәсіптік білім',
      'ТжКБ',
      'ТКБ',
      'орта арнаулы',
      'арнаулы орта',
      'орта кәсіптік',
      'ТиПО',
      'техническое и профессиональное образование',
      'среднее специальное',
      'средне-специальное',
      'среднее профессиональное',
      'средне-профессиональное',
      'tvet',
      'vocational',
    ],
  },
  higher: {
    kk: 'жоғары',
    ru: 'высшее',
    en: 'higher',
    also: ['жоғары білім', 'бакалавр', 'высшее образование', 'higher education', "bachelor's", 'bachelor'],
  },
  postgraduate: {
    kk: 'жоғары оқу орнынан кейінгі',
    ru: 'послевузовское',
    en: 'postgraduate',
    also: [
      'жоғары оқу орнынан кейінгі білім',
      'магистратура',
      'магистр',
      'докторантура',
      'послевузовское образование',
      'PhD',
      'master',
      "master's",
      'postgraduate education',
    ],
  },
});

export const EDUCATION_FIELD = vocabulary(educationFields, {
  social: {
    kk: 'әлеуметтік',
    ru: 'социальное',
    en: 'social',
    also: ['әлеуметтік жұмыс', 'социальная работа', 'social work'],
  },
  economic: {
    kk: 'экономикалық',
    ru: 'экономическое',
    en: 'economic',
    also: ['экономика', 'есеп және аудит', 'экономист', 'учёт и аудит', 'economics'],
  },
  pedagogical: {
    kk: 'педагогикалық',
    ru: 'педагогическое',
    en: 'pedagogical',
    also: ['педагогика', 'педагогика және психология', 'педагогика и психология', 'pedagogy', 'teaching'],
  },
  medical: {
    kk: 'медициналық',
    ru: 'медицинское',
    en: 'medical',
    also: ['медицина', 'мейіргер ісі', 'мейірбике ісі', 'емдеу ісі', 'сестринское дело', 'лечебное дело', 'nursing'],
  },
  psychological: {
    kk: 'психологиялық',
    ru: 'психологическое',
    en: 'psychological',
    also: ['психология', 'psychology'],
  },
  legal: {
    kk: 'құқықтық',
    ru: 'юридическое',
    en: 'legal',
    also: ['заңгерлік', 'құқықтану', 'заңтану', 'юриспруденция', 'право', 'law'],
  },
  other: { kk: 'басқа', ru: 'другое', en: 'other', also: ['өзге', 'иное', 'другая'] },
});

export const CATEGORY = vocabulary(categories, {
  none: {
    kk: 'санатсыз',
    ru: 'без категории',
    en: 'no category',
    also: ['санаты жоқ', 'санатсыз лауазым', 'нет категории', 'none'],
  },
  second: {
    kk: 'екінші',
    ru: 'вторая',
    en: 'second',
    also: ['екінші санат', '2 санат', 'вторая категория', '2 категория', 'second category'],
  },
  first: {
    kk: 'бірінші',
    ru: 'первая',
    en: 'first',
    also: ['бірінші санат', '1 санат', 'первая категория', '1 категория', 'first category'],
  },
  higher: {
    kk: 'жоғары',
    ru: 'высшая',
    en: 'higher',
    also: ['жоғары санат', 'высшая категория', 'higher category', 'highest'],
  },
});

export const LEAVE_KIND = vocabulary(LEAVE_KINDS, {
  'child-care': {
    kk: 'бала күтімі',
    ru: 'по уходу за ребёнком',
    en: 'child care',
    also: [
      'бала күтімі бойынша демалыс',
      'бала күтіміне байланысты демалыс',
      'декрет',
      'декреттік демалыс',
      'отпуск по уходу за ребёнком',
      'декретный отпуск',
      'parental leave',
    ],
  },
  other: {
    kk: 'басқа',
    ru: 'другой',
    en: 'other',
    also: [
      'өзге',
      'ақысыз демалыс',
      'жалақы сақталмайтын демалыс',
      'другое',
      'иной',
      'без содержания',
      'отпуск без сохранения заработной платы',
      'unpaid',
    ],
  },
});

export const CERTIFICATE = vocabulary(certificates, {
  'social-training': {
    kk: 'әлеуметтік жұмыс бойынша кәсіптік даярлық туралы сертификат',
    ru: 'сертификат о профессиональной подготовке по социальной работе',
    en: 'social work training certificate',
    also: ['сертификат', 'бар', 'иә', 'есть', 'да', 'yes', 'кәсіптік даярлық сертификаты'],
  },
});

const NO_CERTIFICATE = new Set(['жоқ', 'нет', 'no', 'none'].map(normalizeKey));

/** A certificate cell that says "none" in words, not one that is unreadable. */
export function saysNoCertificate(cell: string): boolean {
  return NO_CERTIFICATE.has(normalizeKey(cell));
}
