/**
 * The shapes of standards moving in and out as files: an edition as a value (what the XLSX
 * template is written from), a file read by one of the importers (src/importer/standard; the
 * HTTP layer reads the body, since services do not touch file formats) and the problems found,
 * said in the request's language.
 */
import { z } from 'zod';
import { cardSchema, editionSchema, professionSchema, termSchema } from '../../domain/standard/schemas.js';
import { translationReviewsSchema } from '../../domain/standard/translations.js';
import type { ImportIssue, ImportPlace } from '../../domain/workbench/imported-standard.js';
import type { langSchema } from '../analysis/schemas/common.js';

/** An edition as one value, without its official text (a file never carries it). */
export const editionValueSchema = z
  .object({
    meta: editionSchema,
    terms: z.array(termSchema),
    professions: z.array(professionSchema),
    cards: z.array(cardSchema),
  })
  .strict();

const messageSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() }).strict();
const placeSchema = z
  .object({
    file: z.string().optional(),
    sheet: z.string().optional(),
    row: z.number().int().optional(),
    column: z.string().optional(),
    path: z.string().optional(),
  })
  .strict();

export const IMPORT_FORMATS = ['xlsx', 'case', 'csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file as an importer read it: the edition (none when errors stopped it) and every problem. */
export const importedFileSchema = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    // A Kasip JSON export carries the review state of its translations; the other formats do not.
    edition: editionValueSchema
      .extend({ sourceText: z.string(), translationReviews: translationReviewsSchema.optional() })
      .strict()
      .optional(),
    issues: z.array(z.object({ severity: z.enum(['error', 'warning']), place: placeSchema, message: messageSchema })),
  })
  .meta({
    description: 'The standard as an XLSX template, a CASE CFPackage (JSON), a zip of CSVs or a Kasip JSON export',
  });
export type ImportedFile = z.output<typeof importedFileSchema>;

/** A problem as the answer gives it: where, and what in the request's language. */
export const importIssueView = z
  .object({ severity: z.enum(['error', 'warning']), place: placeSchema, where: z.string(), message: z.string() })
  .strict();

/** `Карта 1!D12`, `skills.csv:12 [kk]`, `CFItems[3].fullStatement`: where a problem is, in one string. */
export function placeText(place: ImportPlace): string {
  const holder = place.sheet ?? place.file ?? '';
  if (place.sheet && place.row && place.column && /^[A-Z]{1,3}$/.test(place.column)) {
    return `${place.sheet}!${place.column}${place.row}`;
  }
  const parts = [
    holder + (place.row ? `:${place.row}` : ''),
    place.column ? `[${place.column}]` : '',
    place.path ?? '',
  ].filter((p) => p !== '');
  return parts.join(' ');
}

export const issueView = (issue: ImportIssue, lang: z.output<typeof langSchema>) => ({
  severity: issue.severity,
  place: issue.place,
  where: placeText(issue.place),
  message: issue.message[lang],
});
