/**
 * Editions as the API lists them: one edition's summary (its order, provisions, title and item
 * counts), the standards with their editions, and an edition's official text line by line.
 * Edition texts are given as the data has them (kk, ru, en), without a display language.
 */
import { z } from 'zod';
import { ITEM_KINDS } from '../../../domain/standard/item-tree.js';
import { editionSchema, sourcedTextSchema } from '../../../domain/standard/schemas.js';
import { editionIdOrCurrent } from './params.js';
import { sourceRef } from './text.js';

export const editionInput = z.object({ id: editionIdOrCurrent });

export const editionStatusSchema = editionSchema.shape.status;

const editionText = sourcedTextSchema
  .extend({ source: sourceRef })
  .meta({ id: 'EditionText', description: 'A text of the edition as printed: kk official, ru/en unofficial' });

const order = editionSchema.shape.order
  .extend({ source: sourceRef })
  .meta({ id: 'EditionOrder', description: 'The order that approved the edition' });

const provision = editionSchema.shape.provisions.element
  .extend({ source: sourceRef })
  .meta({ id: 'Provision', description: 'A paragraph of chapters 1–2: purpose, uses, aims, basis' });

export const editionSummarySchema = z
  .object({
    id: z.string(),
    order,
    provisions: z.array(provision),
    uuid: z.string(),
    standardId: z.string(),
    status: editionStatusSchema,
    orderDate: z.string(),
    title: editionText,
    loadedAt: z.string(),
    current: z.boolean(),
    counts: z
      .partialRecord(z.enum(ITEM_KINDS), z.number().int())
      .meta({ description: 'How many items of each kind the edition has' }),
  })
  .strict()
  .meta({
    id: 'EditionSummary',
    example: {
      id: 'order-262-2023',
      order: {
        number: '262',
        date: '2023-06-29',
        registration: { number: '32943', date: '2023-06-29' },
        inForceFrom: '2023-07-01',
        issuer: { kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі' },
        legalBasis: { kk: '…' },
        source: { lines: [1, 20] },
      },
      provisions: [{ id: 'p1', number: '1', kind: 'purpose', kk: '…', source: { lines: [56, 58] } }],
      uuid: '7b0e7a3e-3f63-5d0c-9a43-0d8a9c1f2b11',
      standardId: 'social-protection',
      status: 'in-force',
      orderDate: '2023-06-29',
      title: { kk: 'Әлеуметтік қорғау саласындағы кәсіптік стандарт', source: { lines: [40, 40] } },
      loadedAt: '2026-11-26T12:00:00.000Z',
      current: true,
      counts: { card: 10, term: 17, profession: 7 },
    },
  });

export const editionListSchema = z
  .object({ editions: z.array(editionSummarySchema) })
  .strict()
  .meta({ id: 'Editions' });

export const standardsSchema = z
  .object({
    standards: z.array(
      z
        .object({
          id: z.string(),
          title: editionText,
          editions: z.array(
            z
              .object({ id: z.string(), status: editionStatusSchema, orderDate: z.string(), current: z.boolean() })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'Standards' });

export const sourceTextSchema = z
  .object({ edition: z.string(), lines: z.array(z.string()) })
  .strict()
  .meta({
    id: 'SourceText',
    example: {
      edition: 'order-262-2023',
      lines: ['', 'Әлеуметтік қорғау саласындағы кәсіптік стандартты бекіту туралы'],
    },
  });
