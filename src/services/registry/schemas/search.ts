/**
 * Search (GET /v1/search, `kasip search`): the query with its checks, and the hits.
 */
import { z } from 'zod';
import { SEARCH_GROUPINGS } from '../../../domain/search/group-hits.js';
import { HIT_TYPES, type HitType } from '../../../domain/search/search-index.js';
import { editionQuery, langSchema } from './params.js';
import { cardKeySchema, displaySchema, orNull } from './text.js';

export const MAX_QUERY_LENGTH = 200;
/** How far a client may page: far beyond any edition's hits, small enough to refuse nonsense. */
export const MAX_OFFSET = 10_000;
/** Control characters other than tab and line breaks (which count as spaces). */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/** What is wrong with a query, if anything: the same checks for the API and the CLI. */
export function queryProblem(q: string): string | undefined {
  if (q.trim().length === 0) return 'the query is empty';
  if ([...q].length > MAX_QUERY_LENGTH) return `the query is longer than ${MAX_QUERY_LENGTH} characters`;
  if (CONTROL.test(q)) return 'the query contains control characters';
  return undefined;
}

const isHitType = (t: string): t is HitType => (HIT_TYPES as readonly string[]).includes(t);

export const searchInput = z.object({
  q: z
    .string({ error: 'q is required' })
    .superRefine((q, ctx) => {
      const problem = queryProblem(q);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ description: `1–${MAX_QUERY_LENGTH} characters`, example: 'психологтың' }),
  limit: z.coerce
    .number({ error: 'limit must be a number from 1 to 100' })
    .int()
    .min(1, 'limit must be from 1 to 100')
    .max(100, 'limit must be from 1 to 100')
    .default(20)
    .meta({ example: 10 }),
  offset: z.coerce
    .number({ error: `offset must be a number from 0 to ${MAX_OFFSET}` })
    .int(`offset must be a whole number`)
    .min(0, `offset must be from 0 to ${MAX_OFFSET}`)
    .max(MAX_OFFSET, `offset must be from 0 to ${MAX_OFFSET}`)
    .default(0)
    .meta({ description: 'How many of the best hits to skip: the page starts after them', example: 20 }),
  type: z
    .string()
    .refine((v) => v === '' || v.split(',').every(isHitType), {
      message: `type is a comma-separated list of ${HIT_TYPES.join(', ')}`,
    })
    .transform((v) => (v === '' ? undefined : v.split(',').filter(isHitType)))
    .optional()
    .meta({ description: `Only hits of these types, comma-separated: ${HIT_TYPES.join(', ')}`, example: 'card,skill' }),
  edition: editionQuery,
  lang: langSchema.default('kk'),
  group: z
    .enum(SEARCH_GROUPINGS, { error: `group is one of ${SEARCH_GROUPINGS.join(', ')}` })
    .default('text')
    .meta({
      description:
        '`text`: a function, task, skill or knowledge item printed word for word in several cards is one hit, the other copies in its `alsoIn`; `none`: every item is a hit of its own',
      example: 'text',
    }),
});

export const hitCopySchema = z
  .object({ id: z.string(), card: orNull(cardKeySchema) })
  .strict()
  .meta({ id: 'SearchHitCopy', description: 'Another item with the same type and the same official text' });

export const searchHitSchema = z
  .object({
    type: z.enum(HIT_TYPES),
    id: z.string(),
    card: orNull(cardKeySchema),
    text: z.string(),
    name: displaySchema.meta({
      description:
        "The hit's text in the asked language: its unofficial translation where the edition has one, else the official Kazakh `text`",
    }),
    highlight: z.string().meta({ description: 'The text, HTML-escaped, with <mark> around matched words' }),
    nameHighlight: z.string().meta({
      description:
        "`name.text`, HTML-escaped, with <mark> around matched words (a Russian query's words in the Russian text)",
    }),
    score: z.number(),
    alsoIn: z.array(hitCopySchema).meta({
      description:
        'The same text printed in other cards (grouped with `group=text`, by card code and level); empty when it is printed once',
    }),
  })
  .strict()
  .meta({ id: 'SearchHit' });

export const searchResultSchema = z
  .object({
    edition: z.string(),
    query: z.string(),
    total: z.number().int().meta({
      description: 'How many hits the query has in all (a grouped text counts once); `hits` is one page of them',
    }),
    offset: z.number().int().meta({ description: 'How many better hits come before this page' }),
    limit: z.number().int().meta({ description: 'The most hits a page holds' }),
    hits: z.array(searchHitSchema),
  })
  .strict()
  .meta({
    id: 'SearchResult',
    example: {
      edition: 'order-262-2023',
      query: 'психологтың',
      total: 1,
      offset: 0,
      limit: 20,
      hits: [
        {
          type: 'card',
          id: '2634-9-004.6',
          card: { code: '2634-9-004', level: 6 },
          text: 'Әлеуметтік психолог',
          name: { text: 'Социальный психолог', lang: 'ru', official: false },
          highlight: 'Әлеуметтік <mark>психолог</mark>',
          nameHighlight: 'Социальный <mark>психолог</mark>',
          score: 0.97,
          alsoIn: [],
        },
      ],
    },
  });
