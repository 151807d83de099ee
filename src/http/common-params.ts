/** Query and path parameters shared by the registry's routes. */
import { z } from '@hono/zod-openapi';

export const langQuery = z.enum(['kk', 'ru', 'en'], { error: 'lang must be kk, ru or en' }).optional().openapi({
  description: 'Display language (default: Accept-Language, then kk). Official text is always Kazakh.',
  example: 'ru',
});

export const editionQuery = z
  .string()
  .max(100)
  .regex(/^[0-9a-z][0-9a-z.-]*$/, 'an edition id is lower-case letters, digits, dots and hyphens')
  .optional()
  .openapi({ description: 'Edition id (default: the current edition)', example: 'order-262-2023' });

export const readQuery = z.object({ lang: langQuery, edition: editionQuery });

export const cardCodeParam = z
  .string()
  .regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001')
  .openapi({ param: { name: 'code', in: 'path' }, example: '2635-3-001' });

export const cardLevelParam = z.coerce
  .number({ error: 'level must be a number from 1 to 8' })
  .int('level must be a whole number')
  .min(1, 'level must be from 1 to 8')
  .max(8, 'level must be from 1 to 8')
  .openapi({ param: { name: 'level', in: 'path' }, example: 5 });

export const displaySchema = z
  .object({ text: z.string(), lang: z.enum(['kk', 'ru', 'en']), official: z.boolean() })
  .openapi('Display', { example: { text: 'Social work specialist', lang: 'en', official: false } });

export const localizedSchema = z
  .object({ kk: z.string(), ru: z.string().optional(), en: z.string().optional(), display: displaySchema })
  .passthrough()
  .openapi('Localized');
