/**
 * Unofficial translations of an edition's texts, kept beside its data rather than inside it
 * (issue 15): the card files hold the official Kazakh wording and its structure, and each
 * language has files of its own (`translations/<lang>/…yaml`), keyed by where the text stands.
 * Loading puts each translation into the text's `ru`/`en` field, so every reader of an edition
 * (API, PDF, search, exports) finds it where it always looked; the fidelity check reads `kk` only.
 *
 * A text's key is the id of the nearest item that holds it, then the path from that item to the
 * text when the text is a field of the item rather than the item itself:
 *   3412-0-008.4.f1.t1.s1            a skill (the item is the text)
 *   3412-0-008.4#name                the card's name
 *   3412-0-008.4#qualification.basis a field nested in the card
 *   term-2#definition                a term's definition
 * The walk is generic: any object with a Kazakh `kk` string is a text, so any standard works.
 */
import { z } from 'zod';
import type { Edition } from './edition.js';

export const TRANSLATION_LANGS = ['ru', 'en'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

/** `machine-draft`: written by a machine or an unreviewed hand; `reviewed`: checked by a person who knows both languages. */
export const TRANSLATION_REVIEW = ['machine-draft', 'reviewed'] as const;
export type TranslationReview = (typeof TRANSLATION_REVIEW)[number];

export const translationKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*(#[A-Za-z][A-Za-z0-9.]*)?$/, 'a key is an item id, optionally #field.path');

export const translationEntrySchema = z.strictObject({
  text: z.string().trim().min(1),
  review: z.enum(TRANSLATION_REVIEW),
});

/** One file of `translations/<lang>/`: a language's texts for part of an edition. */
export const translationFileSchema = z.strictObject({
  lang: z.enum(TRANSLATION_LANGS),
  /** Always false: only the Kazakh text is the published law. */
  official: z.literal(false),
  texts: z.record(translationKeySchema, translationEntrySchema),
});
export type TranslationFile = z.infer<typeof translationFileSchema>;

/** Per language, the review state of each translated key. */
export type TranslationReviews = Partial<Record<TranslationLang, Record<string, TranslationReview>>>;

export type TranslatableText = {
  key: string;
  /** The item holding the text. */
  itemId: string;
  /** The path from the item to the text; null when the item is the text. */
  field: string | null;
  /** The object with `kk` (and maybe `ru`/`en`), as it stands in the edition. */
  text: { kk: string; ru?: string | undefined; en?: string | undefined };
};

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Visits every text of a tree: `owner` is the nearest item id above, `trail` the field names
 * from that item down. Lists of items carry their own ids, so a key needs no list index; a list
 * of texts without ids (none in the schemas today) gets the index in its path.
 */
function visit(node: unknown, owner: string, trail: string[], out: TranslatableText[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => {
      visit(child, owner, isNode(child) && typeof child.id === 'string' ? trail : [...trail, String(index)], out);
    });
    return;
  }
  if (!isNode(node)) return;
  const ownId = typeof node.id === 'string' ? node.id : undefined;
  const here = ownId ?? owner;
  const path = ownId ? [] : trail;
  if (typeof node.kk === 'string') {
    const field = path.length === 0 ? null : path.join('.');
    out.push({
      key: field === null ? here : `${here}#${field}`,
      itemId: here,
      field,
      text: node as TranslatableText['text'],
    });
  }
  for (const [name, child] of Object.entries(node)) {
    if (name === 'source' || name === 'kk' || name === 'ru' || name === 'en') continue;
    if (typeof child === 'object' && child !== null) visit(child, here, [...path, name], out);
  }
}

/** Every text of an edition that a translation can address, in document order. */
export function translatableTexts(
  edition: Pick<Edition, 'meta' | 'terms' | 'professions' | 'cards'>,
): TranslatableText[] {
  const out: TranslatableText[] = [];
  visit(edition.meta, edition.meta.id, [], out);
  visit(edition.terms, edition.meta.id, ['terms'], out);
  visit(edition.professions, edition.meta.id, ['professions'], out);
  visit(edition.cards, edition.meta.id, ['cards'], out);
  return out;
}

/** The keys of `lang` that no translation covers. */
export function missingTranslations(
  edition: Pick<Edition, 'meta' | 'terms' | 'professions' | 'cards'>,
  lang: TranslationLang,
): TranslatableText[] {
  return translatableTexts(edition).filter((t) => !t.text[lang]);
}

export type TranslationIssue = { lang: TranslationLang; key: string; message: string };

/**
 * The edition with each file's texts put into the `ru`/`en` fields they address, and the review
 * state of each. A key that addresses no text is an issue (a typo, or an item a later edition
 * removed); so is a key given twice for one language. The input edition is not changed.
 */
export function applyTranslations<E extends Pick<Edition, 'meta' | 'terms' | 'professions' | 'cards'>>(
  edition: E,
  files: TranslationFile[],
): { edition: E; reviews: TranslationReviews; issues: TranslationIssue[] } {
  const copy = structuredClone(edition);
  const byKey = new Map(translatableTexts(copy).map((t) => [t.key, t]));
  const reviews: TranslationReviews = {};
  const issues: TranslationIssue[] = [];
  for (const file of files) {
    reviews[file.lang] ??= {};
    const seen = reviews[file.lang] as Record<string, TranslationReview>;
    for (const [key, entry] of Object.entries(file.texts)) {
      const target = byKey.get(key);
      if (!target) {
        issues.push({ lang: file.lang, key, message: 'addresses no text of the edition' });
        continue;
      }
      if (seen[key]) {
        issues.push({ lang: file.lang, key, message: 'is translated twice' });
        continue;
      }
      target.text[file.lang] = entry.text;
      seen[key] = entry.review;
    }
  }
  return { edition: copy, reviews, issues };
}
