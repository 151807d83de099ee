/**
 * A whole staff list through the category engine. Each row is read and checked on its own: a
 * bad row gets its errors and the batch goes on. Columns (case-insensitive):
 *   id, card (code), level, education, field, certificate,
 *   and the years per category either as columns none, second, first, higher
 *   or as one column experience ("none:2,second:1").
 */
import type { Lang } from '../shared/localize.js';
import type { Card } from '../standard/schemas.js';
import { type CategoryResult, determineCategory } from './category.js';
import { describeShortfall, summarize } from './explain.js';
import { CATEGORY_ORDER, type Person, personSchema } from './person.js';

export type StaffRow = { row: number; id: string; card: { code: string; level: number }; person: Person };
export type RowError = { field: string; message: string };
export type BatchRow =
  | { row: number; id: string; ok: true; card: { code: string; level: number }; result: CategoryResult }
  | { row: number; id: string; ok: false; errors: RowError[] };

function experienceOf(record: Record<string, string>): { category: string; years: number }[] {
  if (record.experience) {
    return record.experience
      .split(/[,;]/)
      .filter(Boolean)
      .map((part) => {
        const [category = '', years = ''] = part.split(':');
        return { category: category.trim(), years: years.trim() === '' ? Number.NaN : Number(years.replace(',', '.')) };
      });
  }
  return CATEGORY_ORDER.filter((c) => (record[c] ?? '') !== '').map((c) => ({
    category: c,
    years: Number((record[c] ?? '').replace(',', '.')),
  }));
}

/** Reads one record; returns the row or its errors, never throws. */
export function readStaffRecord(
  record: Record<string, string>,
  row: number,
): StaffRow | { row: number; id: string; errors: RowError[] } {
  const id = record.id ?? record.табель ?? String(row);
  const errors: RowError[] = [];
  const code = record.card ?? record.code ?? '';
  const level = Number(record.level);
  if (!/^\d{4}-\d-\d{3}$/.test(code))
    errors.push({ field: 'card', message: `"${code}" is not a card code like 2635-3-001` });
  if (!Number.isInteger(level) || level < 1 || level > 8)
    errors.push({ field: 'level', message: `"${record.level ?? ''}" is not a level from 1 to 8` });
  const parsed = personSchema.safeParse({
    education: {
      level: record.education,
      field: record.field,
      ...(record.certificate ? { certificate: record.certificate } : {}),
    },
    experience: experienceOf(record),
  });
  if (!parsed.success)
    errors.push(...parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  if (errors.length > 0 || !parsed.success) return { row, id, errors };
  return { row, id, card: { code, level }, person: parsed.data };
}

export function runBatch(
  records: readonly Record<string, string>[],
  findCard: (code: string, level: number) => Card | undefined,
): BatchRow[] {
  return records.map((record, i) => {
    const row = i + 1;
    const read = readStaffRecord(record, row);
    if ('errors' in read) return { row, id: read.id, ok: false, errors: read.errors };
    const card = findCard(read.card.code, read.card.level);
    if (!card)
      return {
        row,
        id: read.id,
        ok: false,
        errors: [{ field: 'card', message: `there is no card ${read.card.code}/${read.card.level}` }],
      };
    return { row, id: read.id, ok: true, card: read.card, result: determineCategory(card, read.person) };
  });
}

export const BATCH_COLUMNS = [
  'row',
  'id',
  'card',
  'level',
  'eligible',
  'category',
  'group',
  'rule',
  'next_category',
  'missing',
  'summary',
  'errors',
] as const;

/** One flat line per row, for CSV and XLSX. */
export function batchTable(rows: readonly BatchRow[], lang: Lang): (string | number)[][] {
  return [
    [...BATCH_COLUMNS],
    ...rows.map((r) =>
      r.ok
        ? [
            r.row,
            r.id,
            r.card.code,
            r.card.level,
            r.result.eligible ? 'yes' : 'no',
            r.result.category ?? '',
            r.result.group ?? '',
            r.result.explanation.matched?.id ?? '',
            r.result.next?.category ?? '',
            r.result.next?.missing.map((m) => describeShortfall(m, lang)).join('; ') ?? '',
            summarize(r.result, lang),
            '',
          ]
        : [r.row, r.id, '', '', '', '', '', '', '', '', '', r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')],
    ),
  ];
}
