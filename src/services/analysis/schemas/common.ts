/**
 * Pieces the analysis operations share: edition ids, card keys, source lines, the display
 * language and texts with their `display`.
 */
import { z } from 'zod';
import { LANGS } from '../../../domain/shared/localize.js';
import { displaySchema } from '../../registry/schemas/text.js';

export const EDITION_ID = /^[0-9a-z][0-9a-z.-]*$/;
export const EDITION_ID_MESSAGE = 'an edition id is lower-case letters, digits, dots and hyphens';

export const editionParam = z.string().max(100).regex(EDITION_ID, EDITION_ID_MESSAGE);

/** `?edition=`: the edition to answer on, else the current one. */
export const editionQuery = editionParam
  .optional()
  .meta({ description: 'Edition id (default: the current edition)', example: 'order-262-2023' });

export const langSchema = z.enum(LANGS, { error: 'lang must be kk, ru or en' });

/** The display language; over HTTP `?lang=`, else Accept-Language, else Kazakh. */
export const langQuery = langSchema.optional().meta({
  description: 'Display language (default: Accept-Language, then kk). Official text is always Kazakh.',
  example: 'ru',
});

export const cardKeyOut = z.strictObject({ code: z.string(), level: z.number().int() });

export const linesSchema = z.tuple([z.number().int(), z.number().int()]);
export const sourceLinesSchema = z.strictObject({ lines: linesSchema });

/** The three languages of a plain-language sentence. */
export const trilingualSchema = z.strictObject({ kk: z.string(), ru: z.string(), en: z.string() });

/** A text of the standard: official Kazakh, the translations the data has, and its display. */
export const displayedTexts = {
  kk: z.string(),
  ru: z.string().optional(),
  en: z.string().optional(),
  display: displaySchema,
};
