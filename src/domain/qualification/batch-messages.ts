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
import {
  type Accepted,
  BATCH_ROW_MESSAGES,
  CERTIFICATE_NO,
  CERTIFICATE_YES,
  EDUCATION_WORDS,
  FIELD_WORDS,
} from '../shared/messages/batch-rows.js';
import { LANGS, valueWord } from '../shared/messages/index.js';
import { certificates, educationFields, educationLevels } from '../standard/schemas.js';
import { type Category, CATEGORY_ORDER, MAX_YEARS } from './person.js';

export type Words = Record<Lang, string>;
type BatchRowKey = keyof typeof BATCH_ROW_MESSAGES;

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

// Values a staff list may hold besides the codes, in the catalogue: the first word of each
// language is the one the template writes; the others are accepted as people write them.
export { CERTIFICATE_NO, CERTIFICATE_YES, EDUCATION_WORDS, FIELD_WORDS };
export const THE_CERTIFICATE: (typeof certificates)[number] = 'social-training';
// `batch.row.badCertificate` names the one certificate in English; a second one must be added there.
certificates satisfies readonly ['social-training'];
EDUCATION_WORDS satisfies Record<(typeof educationLevels)[number], Accepted>;
FIELD_WORDS satisfies Record<(typeof educationFields)[number], Accepted>;

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
// Row errors, from the catalogue's `batch.row.*`.

const list = (table: Record<string, Accepted>, lang: Lang) =>
  Object.values(table)
    .map((w) => w[lang][0])
    .join(', ');

/** The values a row may hold, said in each language (English lists the codes). */
const accepted = (table: Record<string, Accepted>, codes: readonly string[]) => (lang: Lang) =>
  lang === 'en' ? codes.join(', ') : list(table, lang);

const categoryList = (lang: Lang) =>
  lang === 'en'
    ? CATEGORY_ORDER.join(', ')
    : CATEGORY_ORDER.map((c) => `${c} (${CATEGORY_WORDS[c][lang].toLowerCase()})`).join(', ');

/** "Years in the second category: …" before an experience error, when the category is known. */
const where = (category: Category | null, lang: Lang) =>
  category ? `${INPUT_COLUMNS[category][lang].replace(/\s*\([^)]*\)$/, '')}: ` : '';

/** A row error in every language; `each` gives the parameters that are words of a language. */
function said(key: BatchRowKey, params: Record<string, string>, each?: (lang: Lang) => Record<string, string>): Words {
  const texts = BATCH_ROW_MESSAGES[key] as Words;
  return Object.fromEntries(
    LANGS.map((lang) => [lang, fill(texts[lang], { ...params, ...(each ? each(lang) : {}) })]),
  ) as Words;
}

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => params[name] ?? whole);

export const ROW_ERRORS = {
  noCode: (): Words => said('batch.row.noCode', {}),
  badCode: (code: string): Words => said('batch.row.badCode', { code }),
  badLevel: (level: string): Words => (level ? said('batch.row.badLevel', { level }) : said('batch.row.noLevel', {})),
  unknownCard: (code: string, level: number): Words => said('batch.row.unknownCard', { card: `${code}/${level}` }),
  badEducation: (value: string): Words =>
    said(value ? 'batch.row.badEducation' : 'batch.row.noEducation', { value }, (lang) => ({
      accepted: accepted(EDUCATION_WORDS, educationLevels)(lang),
    })),
  badField: (value: string): Words =>
    said(value ? 'batch.row.badField' : 'batch.row.noField', { value }, (lang) => ({
      accepted: accepted(FIELD_WORDS, educationFields)(lang),
    })),
  badCertificate: (value: string): Words => said('batch.row.badCertificate', { value }),
  badCategory: (value: string): Words =>
    said('batch.row.badCategory', { value }, (lang) => ({ accepted: categoryList(lang) })),
  badYears: (value: string, category: Category | null): Words =>
    said('batch.row.badYears', { value }, (lang) => ({ where: where(category, lang) })),
  negativeYears: (category: Category | null): Words =>
    said('batch.row.negativeYears', {}, (lang) => ({ where: where(category, lang) })),
  tooManyYears: (category: Category | null): Words =>
    said('batch.row.tooManyYears', { max: String(MAX_YEARS) }, (lang) => ({ where: where(category, lang) })),
  tooManyEntries: (max: number): Words => said('batch.row.tooManyEntries', { max: String(max) }),
};
