/**
 * The edition as one JSON document: the interchange and backup format (`kasip export`), read
 * back by `kasip load --file`. It is the data files' tree plus a `uuid` beside every `id`
 * (stable across exports and editions, for IMS CASE and other systems), the list of languages
 * with which of them is official, and the official text itself, so the document is complete.
 */
import { z } from 'zod';
import type { Edition } from './edition.js';
import { cardSchema, editionSchema, professionSchema, termSchema } from './schemas.js';
import { type TranslationReviews, translationReviewsSchema } from './translations.js';

export const EXPORT_FORMAT = 'kasip.edition';
export const EXPORT_FORMAT_VERSION = 1;

export const LANGUAGES = [
  { code: 'kk', official: true, name: 'Қазақша' },
  { code: 'ru', official: false, name: 'Русский' },
  { code: 'en', official: false, name: 'English' },
] as const;

export type ExportDocument = {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  languages: typeof LANGUAGES;
  edition: Record<string, unknown>;
  terms: Record<string, unknown>[];
  professions: Record<string, unknown>[];
  cards: Record<string, unknown>[];
  sourceText: string;
  /**
   * The review state of each unofficial translation (the texts' `ru`/`en`), per language and
   * text key (docs/translations.md); absent when the edition has none. Optional in version 1:
   * documents written before it load as before, every translation a machine draft.
   */
  translationReviews?: TranslationReviews;
};

type UuidOf = (id: string) => string;

/** Copies a tree, putting `uuid` right after every `id`. */
function withUuids(node: unknown, uuidOf: UuidOf): unknown {
  if (Array.isArray(node)) return node.map((n) => withUuids(n, uuidOf));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'source' ? value : withUuids(value, uuidOf);
    if (key === 'id' && typeof value === 'string') out.uuid = uuidOf(value);
  }
  return out;
}

function withoutUuids(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutUuids);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'uuid')
      .map(([key, value]) => [key, withoutUuids(value)]),
  );
}

export function toExportDocument(edition: Edition, uuidOf: UuidOf): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    languages: LANGUAGES,
    edition: withUuids(edition.meta, uuidOf) as Record<string, unknown>,
    terms: edition.terms.map((t) => withUuids(t, uuidOf) as Record<string, unknown>),
    professions: edition.professions.map((p) => withUuids(p, uuidOf) as Record<string, unknown>),
    cards: edition.cards.map((c) => withUuids(c, uuidOf) as Record<string, unknown>),
    sourceText: edition.sourceText,
    ...(edition.translationReviews ? { translationReviews: edition.translationReviews } : {}),
  };
}

const exportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `"format" must be "${EXPORT_FORMAT}"` }),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, {
    error: `only formatVersion ${EXPORT_FORMAT_VERSION} is supported`,
  }),
  languages: z.array(z.unknown()).optional(),
  edition: z.unknown(),
  terms: z.array(z.unknown()),
  professions: z.array(z.unknown()),
  cards: z.array(z.unknown()),
  sourceText: z.string().min(1),
  translationReviews: translationReviewsSchema.optional(),
});

export type ExportIssue = { path: string; message: string };

/** Reads an export document back into an edition; every problem is reported with its path. */
export function fromExportDocument(json: unknown): { edition: Edition } | { issues: ExportIssue[] } {
  const envelope = exportEnvelopeSchema.safeParse(json);
  const toIssues = (prefix: string, error: z.ZodError): ExportIssue[] =>
    error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
  if (!envelope.success) return { issues: toIssues('', envelope.error) };
  const doc = envelope.data;
  const issues: ExportIssue[] = [];
  const parse = <T>(schema: z.ZodType<T>, value: unknown, at: string): T | undefined => {
    const r = schema.safeParse(withoutUuids(value));
    if (r.success) return r.data;
    issues.push(...toIssues(at, r.error));
    return undefined;
  };
  const meta = parse(editionSchema, doc.edition, 'edition');
  const terms = doc.terms.map((t, i) => parse(termSchema, t, `terms.${i}`));
  const professions = doc.professions.map((p, i) => parse(professionSchema, p, `professions.${i}`));
  const cards = doc.cards.map((c, i) => parse(cardSchema, c, `cards.${i}`));
  if (issues.length > 0 || !meta) return { issues };
  return {
    edition: {
      meta,
      terms: terms.filter((t) => t !== undefined),
      professions: professions.filter((p) => p !== undefined),
      cards: cards.filter((c) => c !== undefined),
      sourceText: doc.sourceText,
      ...(doc.translationReviews ? { translationReviews: doc.translationReviews } : {}),
    },
  };
}
