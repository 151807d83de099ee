/**
 * The small shapes every registry answer is built from: a text in the asked language
 * (`Display`), where a text stands in the official source (`Source`), and a card's key.
 */
import { z } from 'zod';
import { LANGS } from '../../../domain/shared/localize.js';
import { lineRangeSchema, sourceSchema } from '../../../domain/standard/schemas.js';
import { TRANSLATION_REVIEW } from '../../../domain/standard/translations.js';

/**
 * A named shape or null. (`.nullable()` on a shape with a component name is documented as
 * "the shape and also null", which no value is; a union is documented as either.)
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const displaySchema = z
  .object({
    text: z.string(),
    lang: z.enum(LANGS),
    official: z.boolean(),
    review: z.enum(TRANSLATION_REVIEW).optional().meta({
      description:
        'For a translation only: `reviewed` when a person who knows both languages checked it, else `machine-draft` (docs/translations.md).',
    }),
  })
  .strict()
  .meta({
    id: 'Display',
    description:
      'A text in the asked language, or the official Kazakh text when there is no translation; `official` is true only for Kazakh, and a translation says how far it was reviewed.',
    example: { text: 'Social work specialist', lang: 'en', official: false, review: 'machine-draft' },
  });

export const lineRange = lineRangeSchema.meta({
  id: 'LineRange',
  description: 'First and last line (1-based, inclusive) in the official text (GET /v1/editions/{id}/source).',
  example: [806, 812],
});

export const sourceRef = sourceSchema
  .extend({
    lines: lineRange,
    parts: z.array(lineRange).min(2).optional(),
  })
  .meta({
    id: 'Source',
    description:
      'Where a text stands in the official text. `parts`: a text the PDF cut into pieces; `displaced`: words the PDF extraction moved elsewhere.',
    example: { lines: [806, 812] },
  });

export const cardKeySchema = z
  .object({ code: z.string(), level: z.number().int() })
  .strict()
  .meta({ id: 'CardKey', example: { code: '2635-3-001', level: 5 } });

/** A card named in the asked language. */
export const namedCardSchema = cardKeySchema.extend({ name: displaySchema }).meta({
  id: 'NamedCard',
  example: {
    code: '2635-3-001',
    level: 5,
    name: { text: 'Әлеуметтік жұмыс жөніндегі маман', lang: 'kk', official: true },
  },
});
