/**
 * The registry's lists: a page of cards, the terms, the professions, the SQF levels and the
 * career graph, with their inputs where they take more than the language and the edition.
 */
import { z } from 'zod';
import { displayed } from './card.js';
import { levelParam, readInput } from './params.js';
import { displaySchema, namedCardSchema } from './text.js';

export const listCardsInput = readInput.extend({
  level: levelParam().optional().meta({ example: 5 }),
  code: z
    .string()
    .regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001')
    .optional()
    .meta({ example: '2635-3-001' }),
  profession: z.string().max(50).optional().meta({ description: 'Profession id from /professions', example: 'prof-2' }),
  text: z
    .string()
    .max(200, 'text may have at most 200 characters')
    .optional()
    .meta({ description: 'Part of the name, code or a translation', example: 'психолог' }),
  limit: z.coerce
    .number({ error: 'limit must be a number from 1 to 100' })
    .int()
    .min(1, 'limit must be from 1 to 100')
    .max(100, 'limit must be from 1 to 100')
    .default(20)
    .meta({ example: 20 }),
  cursor: z.string().max(500).optional().meta({ description: 'nextCursor of the previous page' }),
});

const counts = z
  .object({
    labourFunctions: z.number().int(),
    tasks: z.number().int(),
    skills: z.number().int(),
    knowledge: z.number().int(),
  })
  .strict();

export const cardSummarySchema = z
  .object({
    id: z.string(),
    uuid: z.string(),
    code: z.string(),
    level: z.number().int(),
    name: displayed.sourcedText,
    profession: z.object({ id: z.string(), name: displaySchema }).strict().nullable(),
    counts,
  })
  .strict()
  .meta({ id: 'CardSummary' });

export const cardListSchema = z
  .object({
    edition: z.string(),
    total: z.number().int(),
    cards: z.array(cardSummarySchema),
    nextCursor: z.string().nullable(),
  })
  .strict()
  .meta({
    id: 'CardList',
    example: {
      edition: 'order-262-2023',
      total: 10,
      cards: [
        {
          id: '2635-3-001.5',
          uuid: '0f6c4c1e-8a57-5b8e-a1c2-3d4e5f607182',
          code: '2635-3-001',
          level: 5,
          name: {
            kk: 'Әлеуметтік жұмыс жөніндегі маман (әлеуметтік қызметкер)',
            en: 'Social work specialist (social worker)',
            source: { lines: [780, 781] },
            display: { text: 'Social work specialist (social worker)', lang: 'en', official: false },
          },
          profession: { id: 'prof-2', name: { text: 'Social work specialist', lang: 'en', official: false } },
          counts: { labourFunctions: 1, tasks: 1, skills: 10, knowledge: 21 },
        },
      ],
      nextCursor: null,
    },
  });

export const termsSchema = z
  .object({ edition: z.string(), terms: z.array(displayed.term.extend({ uuid: z.string() })) })
  .strict()
  .meta({ id: 'Terms' });

export const professionsSchema = z
  .object({
    edition: z.string(),
    professions: z.array(
      displayed.profession.extend({
        uuid: z.string(),
        hasCard: z.boolean().meta({ description: 'false for a profession the standard lists without a card' }),
      }),
    ),
  })
  .strict()
  .meta({ id: 'Professions' });

export const levelsSchema = z
  .object({
    edition: z.string(),
    levels: z.array(z.object({ level: z.number().int(), cards: z.array(namedCardSchema) }).strict()),
  })
  .strict()
  .meta({ id: 'Levels' });

export const careerGraphSchema = z
  .object({
    edition: z.string(),
    nodes: z.array(
      z.object({ id: z.string(), code: z.string(), level: z.number().int(), name: displaySchema }).strict(),
    ),
    edges: z.array(
      z
        .object({
          from: z.string(),
          to: z.string(),
          kind: z.enum(['stated', 'next-level']),
          linkId: z.string().optional(),
        })
        .strict(),
    ),
    unresolved: z.array(
      z.object({ from: z.string(), linkId: z.string(), level: z.number().int(), name: displaySchema }).strict(),
    ),
  })
  .strict()
  .meta({ id: 'CareerGraph' });
