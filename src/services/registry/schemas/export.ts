/**
 * The whole edition as one document (GET /v1/editions/{id}/export, `kasip export`): format
 * kasip.edition, version 1 — the data files' tree with a `uuid` beside every `id`, the languages
 * and which is official, and the official text (src/domain/standard/export-document.ts).
 */
import { z } from 'zod';
import { LANGS } from '../../../domain/shared/localize.js';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../../../domain/standard/export-document.js';
import { TRANSLATION_REVIEW } from '../../../domain/standard/translations.js';
import { editionSchema, localizedSchema } from '../../../domain/standard/schemas.js';
import { editionIdOrCurrent } from './params.js';
import { sourceRef } from './text.js';
import { standardTree } from './tree.js';

export const exportInput = z.object({
  id: editionIdOrCurrent,
  format: z.enum(['json']).default('json').meta({ example: 'json' }),
});

const uuid = z.string().meta({ description: 'Stable across exports and editions (IMS CASE and other systems)' });

export const exported = standardTree({ uuid }, {}, (shape) => `Export${shape}`);

const exportedEdition = editionSchema
  .extend({
    uuid,
    standard: editionSchema.shape.standard.extend({ uuid, title: exported.sourcedText }),
    order: editionSchema.shape.order.extend({
      issuer: localizedSchema,
      legalBasis: localizedSchema,
      source: sourceRef,
    }),
    provisions: z.array(editionSchema.shape.provisions.element.extend({ uuid, source: sourceRef })),
  })
  .meta({ id: 'ExportEdition' });

export const exportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    languages: z.array(z.object({ code: z.enum(LANGS), official: z.boolean(), name: z.string() }).strict()),
    edition: exportedEdition,
    terms: z.array(exported.term),
    professions: z.array(exported.profession),
    cards: z.array(exported.card),
    sourceText: z.string().meta({ description: 'The official text every `source.lines` points into' }),
    translationReviews: z
      .object({
        ru: z.record(z.string(), z.enum(TRANSLATION_REVIEW)).optional(),
        en: z.record(z.string(), z.enum(TRANSLATION_REVIEW)).optional(),
      })
      .strict()
      .optional()
      .meta({
        id: 'TranslationReviews',
        description:
          'Per language and text key (an item id, or `id#field.path`), whether the unofficial translation was reviewed by a person or is a machine draft (docs/translations.md)',
        example: { en: { '2635-3-001.5#name': 'reviewed', '2635-3-001.5.f1.t1.s1': 'machine-draft' } },
      }),
  })
  .strict()
  .meta({ id: 'EditionExport', description: 'The export document (format kasip.edition, version 1)' });

export type ExportDocumentOut = z.output<typeof exportDocumentSchema>;
