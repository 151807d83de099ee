/**
 * The item form's values as strings (what inputs hold) and back: the `update` edit carries only
 * what the methodologist changed, so an unchanged field is never rewritten (and a Kazakh text
 * never re-sent unless it was edited).
 */
import type { DraftEdit, DraftItem, ItemFields, ItemKind, Localized } from '../../api/workbench';
import { FORM_FIELDS, type FormField } from './item-model';

export type FormValues = { kk: string; ru: string; en: string } & Record<FormField, string>;

export const CATEGORIES = ['higher', 'first', 'second', 'none'] as const;
export const EDUCATION_LEVELS = ['basic-secondary', 'tvet', 'higher', 'postgraduate'] as const;
export const GROUPS = ['high-level-specialist', 'mid-level-specialist', 'general'] as const;

export function formValues(item: Pick<DraftItem, 'text' | 'fields'>): FormValues {
  const f = item.fields;
  return {
    kk: item.text?.kk ?? '',
    ru: item.text?.ru ?? '',
    en: item.text?.en ?? '',
    number: f.number ?? '',
    note: f.note ?? '',
    code: f.code ?? '',
    level: f.level === undefined ? '' : String(f.level),
    category: f.category ?? '',
    minLevel: f.education?.[0]?.minLevel ?? '',
    minYears: f.experience ? String(f.experience.minYears) : '',
    group: f.group ?? '',
  };
}

export const EMPTY_VALUES: FormValues = formValues({ text: null, fields: {} });

/** The main text as the API takes it (empty translations left out); null when kk is empty. */
export function textOf(values: FormValues): Localized | null {
  const kk = values.kk.trim();
  if (!kk) return null;
  const text: Localized = { kk };
  if (values.ru.trim()) text.ru = values.ru.trim();
  if (values.en.trim()) text.en = values.en.trim();
  return text;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The fields a kind's form sets, from the form's values, over what the item had. */
export function fieldsOf(kind: ItemKind, values: FormValues, before: ItemFields = {}): ItemFields {
  const out: ItemFields = {};
  for (const field of FORM_FIELDS[kind]) {
    const v = values[field];
    if (field === 'number') out.number = orNull(v);
    else if (field === 'note') out.note = orNull(v);
    else if (field === 'code') out.code = orNull(v);
    else if (field === 'level' && v !== '') out.level = Number(v);
    else if (field === 'category') out.category = v === '' ? null : (v as (typeof CATEGORIES)[number]);
    else if (field === 'group' && v !== '') out.group = v as (typeof GROUPS)[number];
    else if (field === 'minLevel' && v !== '') {
      const [first, ...rest] = before.education ?? [];
      out.education = [{ ...first, minLevel: v as (typeof EDUCATION_LEVELS)[number] }, ...rest];
    } else if (field === 'minYears') {
      out.experience = v.trim() === '' ? null : { ...before.experience, minYears: Number(v) };
    }
  }
  return out;
}

/** One `update` edit with what changed, or null when nothing did. */
export function updateEdit(item: DraftItem, values: FormValues): DraftEdit | null {
  const original = formValues(item);
  const textChanged = values.kk !== original.kk || values.ru !== original.ru || values.en !== original.en;
  const changedFields = FORM_FIELDS[item.kind].filter((f) => values[f] !== original[f]);
  if (!textChanged && changedFields.length === 0) return null;
  const all = fieldsOf(item.kind, values, item.fields);
  const fields: ItemFields = {};
  for (const f of changedFields) {
    const key = f === 'minLevel' ? 'education' : f === 'minYears' ? 'experience' : f;
    (fields as Record<string, unknown>)[key] = (all as Record<string, unknown>)[key];
  }
  const text = textChanged ? textOf(values) : null;
  return {
    op: 'update',
    id: item.id,
    revision: item.revision,
    ...(text ? { text } : {}),
    ...(changedFields.length > 0 ? { fields } : {}),
  };
}

/** A number field's value is a whole number in range, or empty. */
export function badNumber(field: FormField, value: string): boolean {
  if (value.trim() === '') return false;
  const n = Number(value);
  if (field === 'minYears') return !Number.isFinite(n) || n < 0 || n > 50;
  if (field === 'level') return !Number.isInteger(n) || n < 1 || n > 8;
  return false;
}
