/**
 * Gap analysis: a self-assessment of a card's skills and knowledge, and the report of what is
 * covered, partial and missing, with the category engine's answer when the person is given.
 */
import { z } from 'zod';
import { MAX_RATINGS, ratingValues, selfAssessmentSchema } from '../../../domain/career/gap.js';
import { personSchema } from '../../../domain/qualification/person.js';
import { cardKeyOut, displayedTexts, editionQuery, langQuery } from './common.js';
import { itemRefFields } from './career-paths.js';
import { categoryAnswerWithSummary } from './qualification.js';

export const gapRequestSchema = selfAssessmentSchema
  .extend({
    ratings: selfAssessmentSchema.shape.ratings.describe(
      `Item id → ${ratingValues.join(' | ')}, for the card's skills and knowledge (at most ${MAX_RATINGS}). Unrated items count as none; ids the card lacks are ignored with a warning.`,
    ),
    person: personSchema.optional().describe('Education and experience, for the requirement gap (the category engine)'),
  })
  .strict()
  .meta({
    id: 'GapRequest',
    example: {
      card: { code: '2635-3-001', level: 4 },
      ratings: {
        '2635-3-001.4.f1.t1.s1': 'full',
        '2635-3-001.4.f1.t1.s2': 'partial',
        '2635-3-001.4.f1.t1.k1': 'none',
      },
      person: { education: { level: 'tvet', field: 'social' }, experience: [{ category: 'none', years: 1 }] },
    },
  });

/** The request body is the assessment; `edition` and `lang` come beside it (over HTTP, the query). */
export const gapInput = z.object({
  assessment: gapRequestSchema,
  edition: editionQuery,
  lang: langQuery,
});

const coverage = {
  items: z.number().int(),
  full: z.number().int(),
  partial: z.number().int(),
  none: z.number().int(),
  unrated: z.number().int(),
  percent: z.number().min(0).max(100).nullable().meta({ description: 'full = 1, partial = ½, none/unrated = 0' }),
};

// Not an `extend` of CareerItem: a strict object cannot be extended in JSON Schema's allOf.
const gapItemSchema = z
  .strictObject({ ...itemRefFields, kind: z.enum(['skill', 'knowledge']), rating: z.enum(ratingValues).nullable() })
  .meta({ id: 'GapItem' });

export const gapReportSchema = z
  .strictObject({
    edition: z.string(),
    card: cardKeyOut.extend({ name: z.strictObject(displayedTexts) }),
    overall: z.strictObject(coverage),
    labourFunctions: z.array(
      z.strictObject({ id: z.string(), number: z.string().nullable(), ...displayedTexts, ...coverage }),
    ),
    missing: z.array(gapItemSchema).meta({ description: 'Rated none, or not rated' }),
    partial: z.array(gapItemSchema),
    covered: z.array(gapItemSchema).meta({ description: 'Rated full' }),
    warnings: z.array(
      z.strictObject({
        code: z.enum(['unknown_item', 'not_rateable', 'card_mismatch', 'edition_mismatch']),
        itemId: z.string().optional(),
        message: z.string(),
      }),
    ),
    requirements: categoryAnswerWithSummary
      .nullable()
      .meta({ description: 'The category engine’s answer for `person`; null without it' }),
  })
  .meta({ id: 'GapReport' });
