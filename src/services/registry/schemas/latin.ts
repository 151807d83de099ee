/**
 * The Latin-script view of an edition (src/domain/script/latin-view.ts) as the API gives it:
 * every official Kazakh text transliterated by one versioned table, grouped by card, and
 * labelled as a transliteration that is not an official text.
 */
import { z } from 'zod';
import { DEFAULT_LATIN_ALPHABET, LATIN_ALPHABETS } from '../../../domain/script/transliteration-tables.js';
import { editionIdOrCurrent } from './params.js';

export const latinViewInput = z.object({
  id: editionIdOrCurrent,
  alphabet: z
    .enum(LATIN_ALPHABETS)
    .default(DEFAULT_LATIN_ALPHABET)
    .meta({ description: 'The Latin alphabet: that of 2021 (default) or of 2018', example: '2021' }),
});

const latinText = z
  .object({
    key: z.string().meta({ description: 'The text’s key: its item id, plus `#field` for a field of the item' }),
    latin: z.string(),
  })
  .meta({ id: 'LatinText' });

export const latinViewSchema = z
  .object({
    edition: z.string(),
    transliteration: z
      .object({
        alphabet: z.enum(LATIN_ALPHABETS),
        table: z.enum(['kk-Latn-2021', 'kk-Latn-2018']),
        name: z.string(),
        date: z.string(),
        source: z.object({ title: z.string(), urls: z.array(z.string()) }),
        conventions: z.array(z.string()),
        official: z.literal(false),
      })
      .meta({
        id: 'Transliteration',
        description: 'The table that wrote the Latin text; a transliteration is never an official text',
      }),
    texts: z.array(latinText).meta({ description: 'The edition’s own texts, its terms and its professions' }),
    cards: z.array(
      z
        .object({
          id: z.string(),
          code: z.string(),
          level: z.number().int(),
          name: z.string(),
          texts: z.array(latinText),
        })
        .meta({ id: 'LatinCard' }),
    ),
  })
  .meta({ id: 'LatinView' });
