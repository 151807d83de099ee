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

/** A review map as stored or sent (an export document, a database column). */
export const translationReviewsSchema = z
  .strictObject({
    ru: z.record(z.string(), z.enum(TRANSLATION_REVIEW)).optional(),
    en: z.record(z.string(), z.enum(TRANSLATION_REVIEW)).optional(),
  })
  .transform((value): TranslationReviews => {
    const out: TranslationReviews = {};
    if (value.ru) out.ru = value.ru;
    if (value.en) out.en = value.en;
    return out;
  });

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
 * Where a walk of a tree stands, for the key rule: `owner` is the nearest item id above, `trail`
 * the field names from that item down. Every walker of texts (the translations below, `display`
 * in src/domain/shared/localize.ts) steps with these, so a text has one key everywhere.
 */
export type KeyCursor = { readonly owner: string; readonly trail: readonly string[] };

/** At an item (a node with its own string id) the trail starts again; elsewhere nothing changes. */
export function enterNode(at: KeyCursor, node: unknown): KeyCursor {
  return isNode(node) && typeof node.id === 'string' ? { owner: node.id, trail: [] } : at;
}

/** Into a field of the node. */
export const enterField = (at: KeyCursor, name: string): KeyCursor => ({ owner: at.owner, trail: [...at.trail, name] });

/**
 * Into an element of a list: lists of items carry their own ids, so a key needs no list index;
 * a list of texts without ids (none in the schemas today) gets the index in its path.
 */
export const enterElement = (at: KeyCursor, index: number, child: unknown): KeyCursor =>
  isNode(child) && typeof child.id === 'string' ? at : enterField(at, String(index));

/** The key of the text standing at the cursor (the node the cursor has entered). */
export function keyAt(at: KeyCursor): string {
  return at.trail.length === 0 ? at.owner : `${at.owner}#${at.trail.join('.')}`;
}

/** The fields of a text node that are not further texts to walk into. */
export const isTextLeafField = (name: string): boolean =>
  name === 'source' || name === 'kk' || name === 'ru' || name === 'en';

/** Visits every text of a tree, keyed by the cursor rule above. */
function visit(node: unknown, at: KeyCursor, out: TranslatableText[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => {
      visit(child, enterElement(at, index, child), out);
    });
    return;
  }
  if (!isNode(node)) return;
  const here = enterNode(at, node);
  if (typeof node.kk === 'string') {
    out.push({
      key: keyAt(here),
      itemId: here.owner,
      field: here.trail.length === 0 ? null : here.trail.join('.'),
      text: node as TranslatableText['text'],
    });
  }
  for (const [name, child] of Object.entries(node)) {
    if (isTextLeafField(name)) continue;
    if (typeof child === 'object' && child !== null) visit(child, enterField(here, name), out);
  }
}

/** Every text of an edition that a translation can address, in document order. */
export function translatableTexts(
  edition: Pick<Edition, 'meta' | 'terms' | 'professions' | 'cards'>,
): TranslatableText[] {
  const out: TranslatableText[] = [];
  const root: KeyCursor = { owner: edition.meta.id, trail: [] };
  visit(edition.meta, root, out);
  visit(edition.terms, enterField(root, 'terms'), out);
  visit(edition.professions, enterField(root, 'professions'), out);
  visit(edition.cards, enterField(root, 'cards'), out);
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

/** Every text of any tree (an item's data, a card), keyed by the same rule as an edition's. */
export function textsOf(node: unknown, at: KeyCursor = { owner: '', trail: [] }): TranslatableText[] {
  const out: TranslatableText[] = [];
  visit(node, at, out);
  return out;
}

/**
 * The review state of a translation shown: what the map says, else `machine-draft` — a
 * translation nobody marked reviewed is not claimed to be reviewed.
 */
export function reviewOf(reviews: TranslationReviews | null | undefined, lang: TranslationLang, key: string) {
  return reviews?.[lang]?.[key] ?? 'machine-draft';
}

/**
 * The reviews after texts changed from `before` to `after` (an edit of a draft item): a
 * reviewed translation whose Kazakh text changed, or whose own wording changed, is a machine
 * draft again, since nobody has checked the new pair. Keys of unchanged texts keep their state.
 */
export function reviewsAfterChange(
  reviews: TranslationReviews,
  before: readonly TranslatableText[],
  after: readonly TranslatableText[],
): TranslationReviews {
  const old = new Map(before.map((t) => [t.key, t.text]));
  const out: TranslationReviews = structuredClone(reviews);
  for (const lang of TRANSLATION_LANGS) {
    const states = out[lang];
    if (!states) continue;
    for (const { key, text } of after) {
      if (states[key] !== 'reviewed') continue;
      const was = old.get(key);
      if (!was || was.kk !== text.kk || was[lang] !== text[lang]) states[key] = 'machine-draft';
    }
  }
  return out;
}

/**
 * The reviews of the texts an edition has translated, nothing else: a key whose text left the
 * edition, or lost its translation, is dropped, so a stored map describes the stored texts.
 */
export function reviewsOfEdition(
  edition: Pick<Edition, 'meta' | 'terms' | 'professions' | 'cards'>,
  reviews: TranslationReviews | null | undefined,
): TranslationReviews {
  const out: TranslationReviews = {};
  const texts = translatableTexts(edition);
  for (const lang of TRANSLATION_LANGS) {
    const states: Record<string, TranslationReview> = {};
    for (const { key, text } of texts) if (text[lang]) states[key] = reviewOf(reviews, lang, key);
    if (Object.keys(states).length > 0) out[lang] = states;
  }
  return out;
}

/**
 * The key of an item's display text (its name, label or own text, as storage's `text` column has
 * it): the text of the item's own fields with that Kazakh wording; the item id when none matches.
 */
export function keyOfItemText(item: { id: string; data: unknown; text: { kk: string } | null }): string {
  const kk = item.text?.kk;
  return textsOf(item.data).find((t) => t.text.kk === kk)?.key ?? item.id;
}
