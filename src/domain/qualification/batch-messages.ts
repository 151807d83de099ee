/**
 * The words of the staff-list batch in kk, ru and en: the column titles it reads and writes, the
 * values it writes (status, category, group) and accepts (education, field, certificate), and its
 * row errors. One table serves both directions, so a template written in Kazakh is read back.
 * The web page's template uses the same words (web/src/i18n, `batch.col.*`, `batch.value.*`);
 * test/http/qualification.test.ts fails if they drift apart.
 */
import type { Lang } from '../shared/localize.js';
import {
  CATEGORY_WORDS,
  INPUT_COLUMNS,
  MEETING_REQUIREMENTS,
  OUTPUT_COLUMNS,
  STATUS_WORDS,
} from '../shared/messages/batch.js';
import { valueWord } from '../shared/messages/index.js';
import { certificates, educationFields, educationLevels } from '../standard/schemas.js';
import { type Category, CATEGORY_ORDER, MAX_YEARS } from './person.js';

export type Words = Record<Lang, string>;

export { CATEGORY_WORDS, INPUT_COLUMNS, MEETING_REQUIREMENTS, OUTPUT_COLUMNS, STATUS_WORDS };
export type InputColumn = keyof typeof INPUT_COLUMNS;
export type OutputColumn = keyof typeof OUTPUT_COLUMNS;
/** A row's outcome; `no-requirements`: the card states none, so there is nothing to meet or miss. */
export type BatchStatus = keyof typeof STATUS_WORDS;
// The tables cover exactly the codes they are for.
STATUS_WORDS satisfies Record<'eligible' | 'not-eligible' | 'no-requirements' | 'unreadable', Words>;
CATEGORY_WORDS satisfies Record<Category, Words>;

/** A group's name (the catalogue's `value.group.*`); a group it does not know (a new standard's) is written as its code. */
export const groupWord = (group: string, lang: Lang): string => {
  const word = valueWord(lang, 'group', group);
  return word === group ? group : word.charAt(0).toLocaleUpperCase(lang) + word.slice(1);
};

// ---------------------------------------------------------------------------------------------
// Values a staff list may hold besides the codes. The first word of each language is the one
// the template writes; the others are accepted as people write them.

type Accepted = Record<Lang, readonly string[]>;

export const EDUCATION_WORDS: Record<(typeof educationLevels)[number], Accepted> = {
  'basic-secondary': { kk: ['негізгі орта'], ru: ['основное среднее'], en: ['basic secondary'] },
  tvet: {
    kk: ['техникалық және кәсіптік', 'тжкб'],
    ru: ['техническое и профессиональное', 'типо'],
    en: ['technical and vocational'],
  },
  higher: { kk: ['жоғары'], ru: ['высшее'], en: ['higher'] },
  postgraduate: { kk: ['жоғары оқу орнынан кейінгі'], ru: ['послевузовское'], en: ['postgraduate'] },
};

export const FIELD_WORDS: Record<(typeof educationFields)[number], Accepted> = {
  social: { kk: ['әлеуметтік'], ru: ['социальное'], en: ['social'] },
  economic: { kk: ['экономикалық'], ru: ['экономическое'], en: ['economic'] },
  pedagogical: { kk: ['педагогикалық'], ru: ['педагогическое'], en: ['pedagogical'] },
  medical: { kk: ['медициналық'], ru: ['медицинское'], en: ['medical'] },
  psychological: { kk: ['психологиялық'], ru: ['психологическое'], en: ['psychological'] },
  legal: { kk: ['құқықтық', 'заңгерлік'], ru: ['юридическое', 'правовое'], en: ['legal'] },
  other: { kk: ['басқа'], ru: ['другое'], en: ['other'] },
};

/** The standard knows one certificate, so "yes" in its column can only mean that one. */
export const CERTIFICATE_YES: Accepted = { kk: ['иә', 'бар'], ru: ['да', 'есть'], en: ['yes'] };
export const CERTIFICATE_NO: Accepted = { kk: ['жоқ'], ru: ['нет'], en: ['no'] };
export const THE_CERTIFICATE: (typeof certificates)[number] = 'social-training';

/**
 * How headers and values are compared: case, "ё", spaces, a part in brackets ("ТжКБ" in
 * "Техникалық және кәсіптік (ТжКБ)") and a trailing "education" word do not matter.
 */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .replace(/ (білім|образование|education)$/, '');
}

/** A lookup from every accepted spelling (normalized) to its code. */
export function wordIndex<C extends string>(table: Record<C, Accepted | Words>): Map<string, C> {
  const index = new Map<string, C>();
  for (const [code, words] of Object.entries(table) as [C, Accepted | Words][]) {
    index.set(normalizeWord(code), code);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const said = words[lang];
      for (const word of typeof said === 'string' ? [said] : said) index.set(normalizeWord(word), code);
    }
  }
  return index;
}

// ---------------------------------------------------------------------------------------------
// Row errors, each a phrase without a final stop (a row's errors are joined with "; "). `en`
// is also the error's `message`, as the API has always given it.

const list = (table: Record<string, Accepted>, lang: Lang) =>
  Object.values(table)
    .map((w) => w[lang][0])
    .join(', ');

const categoryList = (lang: Lang) =>
  CATEGORY_ORDER.map((c) => `${c} (${CATEGORY_WORDS[c][lang].toLowerCase()})`).join(', ');

/** "Years in the second category: …" before an experience error, when the category is known. */
const where = (category: Category | null, lang: Lang) =>
  category ? `${INPUT_COLUMNS[category][lang].replace(/\s*\([^)]*\)$/, '')}: ` : '';

export const ROW_ERRORS = {
  noCode: (): Words => ({
    kk: 'карточка коды көрсетілмеген (үлгі: 2635-3-001)',
    ru: 'не указан код карточки (образец: 2635-3-001)',
    en: 'no card code is given (like 2635-3-001)',
  }),
  badCode: (code: string): Words => ({
    kk: `«${code}» — карточка коды емес (үлгі: 2635-3-001)`,
    ru: `«${code}» — не код карточки (образец: 2635-3-001)`,
    en: `"${code}" is not a card code like 2635-3-001`,
  }),
  badLevel: (level: string): Words => ({
    kk: level ? `«${level}» — 1-ден 8-ге дейінгі деңгей емес` : 'деңгей көрсетілмеген (1-ден 8-ге дейін)',
    ru: level ? `«${level}» — не уровень от 1 до 8` : 'не указан уровень (от 1 до 8)',
    en: `"${level}" is not a level from 1 to 8`,
  }),
  unknownCard: (code: string, level: number): Words => ({
    kk: `${code}/${level} карточкасы бұл редакцияда жоқ`,
    ru: `карточки ${code}/${level} нет в этой редакции`,
    en: `there is no card ${code}/${level}`,
  }),
  badEducation: (value: string): Words => ({
    kk: `${value ? `«${value}» — белгісіз білім деңгейі` : 'білім деңгейі көрсетілмеген'} (мүмкін мәндер: ${list(EDUCATION_WORDS, 'kk')})`,
    ru: `${value ? `«${value}» — неизвестный уровень образования` : 'не указан уровень образования'} (возможные значения: ${list(EDUCATION_WORDS, 'ru')})`,
    en: `${value ? `"${value}" is not an education level` : 'no education level is given'}: one of ${educationLevels.join(', ')}`,
  }),
  badField: (value: string): Words => ({
    kk: `${value ? `«${value}» — белгісіз білім саласы` : 'білім саласы көрсетілмеген'} (мүмкін мәндер: ${list(FIELD_WORDS, 'kk')})`,
    ru: `${value ? `«${value}» — неизвестное направление образования` : 'не указано направление образования'} (возможные значения: ${list(FIELD_WORDS, 'ru')})`,
    en: `${value ? `"${value}" is not an education field` : 'no education field is given'}: one of ${educationFields.join(', ')}`,
  }),
  badCertificate: (value: string): Words => ({
    kk: `«${value}» — сертификат бағанында «иә», «жоқ» немесе бос ұяшық болуы керек`,
    ru: `«${value}» — в столбце сертификата должно быть «да», «нет» или пусто`,
    en: `"${value}" is not a certificate: yes, no, ${certificates.join(', ')} or empty`,
  }),
  badCategory: (value: string): Words => ({
    kk: `«${value}» — белгісіз санат (мүмкін мәндер: ${categoryList('kk')})`,
    ru: `«${value}» — неизвестная категория (возможные значения: ${categoryList('ru')})`,
    en: `"${value}" is not a category: one of ${CATEGORY_ORDER.join(', ')}`,
  }),
  badYears: (value: string, category: Category | null): Words => ({
    kk: `${where(category, 'kk')}«${value}» — жыл саны емес`,
    ru: `${where(category, 'ru')}«${value}» — не число лет`,
    en: `${where(category, 'en')}"${value}" is not a number of years`,
  }),
  negativeYears: (category: Category | null): Words => ({
    kk: `${where(category, 'kk')}жыл саны теріс болмауы керек`,
    ru: `${where(category, 'ru')}число лет не может быть отрицательным`,
    en: `${where(category, 'en')}years cannot be negative`,
  }),
  tooManyYears: (category: Category | null): Words => ({
    kk: `${where(category, 'kk')}жыл саны ${MAX_YEARS} жылдан аспауы керек`,
    ru: `${where(category, 'ru')}не больше ${MAX_YEARS} лет`,
    en: `${where(category, 'en')}years cannot exceed ${MAX_YEARS}`,
  }),
  tooManyEntries: (max: number): Words => ({
    kk: `жұмыс өтілі туралы жазбалар тым көп (ең көбі — ${max})`,
    ru: `не больше ${max} записей о стаже`,
    en: `at most ${max} experience entries`,
  }),
};
