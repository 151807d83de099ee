/**
 * A whole staff list through the category engine. Each row is read and checked on its own: a
 * bad row gets its errors and the batch goes on. Columns, by code or by their title in kk, ru
 * or en (batch-messages.ts), case-insensitive:
 *   id, card (code), level, education, field, certificate,
 *   and the years per category either as columns none, second, first, higher
 *   or as one column experience ("none:2,second:1").
 * Values are codes (tvet, social) or their words in any of the three languages, so a list
 * written from the Kazakh template is read as it is.
 */
import type { Lang } from '../shared/localize.js';
import type { Card } from '../standard/schemas.js';
import {
  type BatchStatus,
  CATEGORY_WORDS,
  CERTIFICATE_NO,
  CERTIFICATE_YES,
  EDUCATION_WORDS,
  FIELD_WORDS,
  groupWord,
  INPUT_COLUMNS,
  MEETING_REQUIREMENTS,
  normalizeWord,
  OUTPUT_COLUMNS,
  type OutputColumn,
  ROW_ERRORS,
  STATUS_WORDS,
  THE_CERTIFICATE,
  type Words,
  wordIndex,
} from './batch-messages.js';
import { type CategoryResult, determineCategory } from './category.js';
import { describeShortfall, summarize } from './explain.js';
import { CATEGORY_ORDER, type Category, MAX_YEARS, type Person, personSchema } from './person.js';

export type StaffRow = { row: number; id: string; card: { code: string; level: number }; person: Person };
/** `message` in English, as the API has always given it; `text` the same in kk, ru and en. */
export type RowError = { field: string; message: string; text: Words };
export type AnsweredStatus = Exclude<BatchStatus, 'unreadable'>;
export type BatchRow =
  | {
      row: number;
      id: string;
      ok: true;
      status: AnsweredStatus;
      card: { code: string; level: number };
      result: CategoryResult;
      summary: Words;
    }
  | { row: number; id: string; ok: false; status: 'unreadable'; errors: RowError[] };

const HEADERS = wordIndex(INPUT_COLUMNS);
// Older spellings of two columns, still read.
const LEGACY_HEADERS: Record<string, string> = { табель: 'id', code: 'card' };
const EDUCATION = wordIndex(EDUCATION_WORDS);
const FIELDS = wordIndex(FIELD_WORDS);
const CATEGORIES = wordIndex(CATEGORY_WORDS);
const wordSet = (words: Record<Lang, readonly string[]>) => new Set(Object.values(words).flat().map(normalizeWord));
const YES = wordSet(CERTIFICATE_YES);
const NO = wordSet(CERTIFICATE_NO);

const rowError = (field: string, text: Words): RowError => ({ field, message: text.en, text });

/** The record with its columns under their codes; where two columns mean the same, the first filled one wins. */
function canonical(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    const name = HEADERS.get(normalizeWord(key)) ?? LEGACY_HEADERS[key.trim().toLowerCase()] ?? key;
    if (!out[name]) out[name] = String(value ?? '').trim();
  }
  return out;
}

type RawEntry = { category: string; years: string };

function experienceOf(record: Record<string, string>): RawEntry[] {
  if (record.experience) {
    return record.experience
      .split(/[,;]/)
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const [category = '', years = ''] = part.split(':');
        return { category: category.trim(), years: years.trim() };
      });
  }
  return CATEGORY_ORDER.filter((c) => (record[c] ?? '') !== '').map((c) => ({ category: c, years: record[c] ?? '' }));
}

function readExperience(entries: RawEntry[], errors: RowError[]): { category: Category; years: number }[] {
  const out: { category: Category; years: number }[] = [];
  entries.forEach((entry, i) => {
    const category = CATEGORIES.get(normalizeWord(entry.category)) ?? null;
    if (!category) errors.push(rowError(`experience.${i}.category`, ROW_ERRORS.badCategory(entry.category)));
    const years = entry.years === '' ? Number.NaN : Number(entry.years.replace(',', '.'));
    const path = `experience.${i}.years`;
    if (!Number.isFinite(years)) errors.push(rowError(path, ROW_ERRORS.badYears(entry.years, category)));
    else if (years < 0) errors.push(rowError(path, ROW_ERRORS.negativeYears(category)));
    else if (years > MAX_YEARS) errors.push(rowError(path, ROW_ERRORS.tooManyYears(category)));
    else if (category) out.push({ category, years });
  });
  return out;
}

function readCertificate(value: string, errors: RowError[]): typeof THE_CERTIFICATE | undefined {
  const word = normalizeWord(value);
  if (word === '' || NO.has(word)) return undefined;
  if (YES.has(word) || word === THE_CERTIFICATE) return THE_CERTIFICATE;
  errors.push(rowError('education.certificate', ROW_ERRORS.badCertificate(value)));
  return undefined;
}

/** Reads one record; returns the row or its errors, never throws. */
export function readStaffRecord(
  input: Record<string, string>,
  row: number,
): StaffRow | { row: number; id: string; errors: RowError[] } {
  const record = canonical(input);
  const id = record.id || String(row);
  const errors: RowError[] = [];
  const code = record.card ?? '';
  const levelText = record.level ?? '';
  const level = levelText === '' ? Number.NaN : Number(levelText);
  if (code === '') errors.push(rowError('card', ROW_ERRORS.noCode()));
  else if (!/^\d{4}-\d-\d{3}$/.test(code)) errors.push(rowError('card', ROW_ERRORS.badCode(code)));
  if (!Number.isInteger(level) || level < 1 || level > 8)
    errors.push(rowError('level', ROW_ERRORS.badLevel(levelText)));
  const education = EDUCATION.get(normalizeWord(record.education ?? ''));
  if (!education) errors.push(rowError('education.level', ROW_ERRORS.badEducation(record.education ?? '')));
  const field = FIELDS.get(normalizeWord(record.field ?? ''));
  if (!field) errors.push(rowError('education.field', ROW_ERRORS.badField(record.field ?? '')));
  const certificate = readCertificate(record.certificate ?? '', errors);
  const experience = readExperience(experienceOf(record), errors);
  if (errors.length > 0) return { row, id, errors };
  // The person's own schema has the last word (its limits are the single check's too).
  const parsed = personSchema.safeParse({
    education: { level: education, field, ...(certificate ? { certificate } : {}) },
    experience,
  });
  if (!parsed.success) {
    const found = parsed.error.issues.map((issue) => {
      const path = issue.path.join('.');
      if (path === 'experience' && issue.code === 'too_big')
        return rowError(path, ROW_ERRORS.tooManyEntries(Number(issue.maximum)));
      return rowError(path, { kk: issue.message, ru: issue.message, en: issue.message });
    });
    return { row, id, errors: found };
  }
  return { row, id, card: { code, level }, person: parsed.data };
}

/** What a row's answer comes to; a card that states no requirements is neither met nor missed. */
export function statusOf(result: CategoryResult): AnsweredStatus {
  if (result.explanation.checked.length === 0) return 'no-requirements';
  return result.eligible ? 'eligible' : 'not-eligible';
}

const summaries = (result: CategoryResult): Words => ({
  kk: summarize(result, 'kk'),
  ru: summarize(result, 'ru'),
  en: summarize(result, 'en'),
});

export function runBatch(
  records: readonly Record<string, string>[],
  findCard: (code: string, level: number) => Card | undefined,
): BatchRow[] {
  return records.map((record, i): BatchRow => {
    const row = i + 1;
    const read = readStaffRecord(record, row);
    if ('errors' in read) return { row, id: read.id, ok: false, status: 'unreadable', errors: read.errors };
    const card = findCard(read.card.code, read.card.level);
    if (!card) {
      const error = rowError('card', ROW_ERRORS.unknownCard(read.card.code, read.card.level));
      return { row, id: read.id, ok: false, status: 'unreadable', errors: [error] };
    }
    const result = determineCategory(card, read.person);
    return {
      row,
      id: read.id,
      ok: true,
      status: statusOf(result),
      card: read.card,
      result,
      summary: summaries(result),
    };
  });
}

/** The table's columns by code, in order; their titles are in OUTPUT_COLUMNS. */
export const BATCH_COLUMNS = Object.keys(OUTPUT_COLUMNS) as OutputColumn[];

/** One flat line per row, for CSV and XLSX: titles and values in `lang`, rule ids and codes as they are. */
export function batchTable(rows: readonly BatchRow[], lang: Lang): (string | number)[][] {
  const line = (cells: Partial<Record<OutputColumn, string | number>>) => BATCH_COLUMNS.map((c) => cells[c] ?? '');
  return [
    BATCH_COLUMNS.map((c) => OUTPUT_COLUMNS[c][lang]),
    ...rows.map((r) => {
      if (!r.ok)
        return line({
          row: r.row,
          id: r.id,
          status: STATUS_WORDS.unreadable[lang],
          errors: r.errors.map((e) => e.text[lang]).join('; '),
        });
      const { result } = r;
      const next = result.next;
      return line({
        row: r.row,
        id: r.id,
        card: r.card.code,
        level: r.card.level,
        status: STATUS_WORDS[r.status][lang],
        category: result.category ? CATEGORY_WORDS[result.category][lang] : '',
        group: result.group ? groupWord(result.group, lang) : '',
        rule: result.explanation.matched?.id ?? '',
        next_category: next ? (next.category ? CATEGORY_WORDS[next.category] : MEETING_REQUIREMENTS)[lang] : '',
        missing: next?.missing.map((m) => describeShortfall(m, lang)).join('; ') ?? '',
        summary: r.summary[lang],
      });
    }),
  ];
}
