/**
 * The inputs the registry's reads share: the display language, the edition, a card's code and
 * level, an item id. Over HTTP they arrive as strings (query and path), so numbers are read from them;
 * the messages are the ones clients see in a 400 problem's `errors`.
 */
import { z } from 'zod';
import { LANGS } from '../../../domain/shared/localize.js';

const ID_PATTERN = /^[0-9a-z][0-9a-z.-]*$/;

/** Filled by the HTTP adapter from `?lang=`, else Accept-Language, else Kazakh. */
export const langSchema = z.enum(LANGS, { error: 'lang must be kk, ru or en' }).meta({
  description: 'Display language (default: Accept-Language, then kk). Official text is always Kazakh.',
  example: 'ru',
});

export const editionQuery = z
  .string()
  .max(100)
  .regex(ID_PATTERN, 'an edition id is lower-case letters, digits, dots and hyphens')
  .optional()
  .meta({ description: 'Edition id (default: the current edition)', example: 'order-262-2023' });

/** An edition in a path: its id, or `current`. */
export const editionIdOrCurrent = z
  .union([
    z.literal('current'),
    z.string().min(1).max(100).regex(ID_PATTERN, 'an edition id is lower-case letters, digits, dots and hyphens'),
  ])
  .meta({ description: 'Edition id, or `current` for the current edition', example: 'current' });

export const cardCodeParam = z
  .string()
  .regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001')
  .meta({ example: '2635-3-001' });

/**
 * A number from a path or query string, in decimal digits only. `z.coerce.number()` is
 * JavaScript's Number(), which also reads `0x5`, `5e0`, `0b101` and ` 5 ` as 5, so one card had
 * many addresses (and caches). Any other string stays a string and fails as not a number.
 */
export const decimalDigits = (value: unknown): unknown =>
  typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : value;

/** An SQF level (1–8) in a path or query, in decimal digits; documented as the integer it is. */
export const levelParam = () =>
  z.preprocess(
    decimalDigits,
    z
      .number({ error: 'level must be a number from 1 to 8, in decimal digits' })
      .int('level must be a whole number')
      .min(1, 'level must be from 1 to 8')
      .max(8, 'level must be from 1 to 8'),
  );

export const cardLevelParam = levelParam().meta({ example: 5 });

export const itemIdParam = z
  .string()
  .max(200)
  .regex(ID_PATTERN, 'an item id is lower-case letters, digits, dots and hyphens')
  .meta({ example: '2635-3-001.5.f1.t1.s1' });

/** What every read of the registry takes: the display language and the edition. */
export const readInput = z.object({ lang: langSchema, edition: editionQuery });

export const cardInput = readInput.extend({ code: cardCodeParam, level: cardLevelParam });
