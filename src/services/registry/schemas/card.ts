/**
 * One card, whole, in the asked display language (GET /v1/cards/{code}/{level}), and the data
 * a card's printable PDF is made from.
 */
import { z } from 'zod';
import { cardSchema, localizedSchema } from '../../../domain/standard/schemas.js';
import { langSchema } from './params.js';
import { displaySchema, namedCardSchema } from './text.js';
import { standardTree } from './tree.js';

/** The tree with a `display` beside every text. */
export const displayed = standardTree({}, { display: displaySchema }, (shape) => shape);

export const cardDetailSchema = z
  .object({
    edition: z.string(),
    uuid: z.string().nullable(),
    profession: z.object({ id: z.string(), name: displayed.localized }).strict().nullable(),
    otherLevels: z.array(namedCardSchema),
    card: displayed.card,
    uuids: z.record(z.string(), z.string()).meta({ description: 'The UUID of every item of the card, by its id' }),
  })
  .strict()
  .meta({ id: 'CardDetail' });

/** What the card's PDF prints: the card as data, the edition's order and title, the language and the date. */
export const cardPrintSchema = z
  .object({
    card: cardSchema,
    edition: z
      .object({
        id: z.string(),
        order: z.object({ number: z.string(), date: z.string() }).strict(),
        standardTitle: localizedSchema.optional(),
      })
      .strict(),
    lang: langSchema,
    generatedAt: z.date(),
  })
  .strict();
