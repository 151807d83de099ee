/** GET /api/v1/search: search that understands Kazakh (inflections, typos, Latin look-alikes). */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { HIT_TYPES, MAX_QUERY_LENGTH, type SearchService } from '../../services/search.service.js';
import type { AppEnv } from '../app-env.js';
import { editionQuery } from '../common-params.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

const hitSchema = z
  .object({
    type: z.enum(HIT_TYPES),
    id: z.string(),
    card: z.object({ code: z.string(), level: z.number().int() }).nullable(),
    text: z.string(),
    highlight: z.string(),
    score: z.number(),
  })
  .openapi('SearchHit');

const searchResultSchema = z
  .object({ edition: z.string(), query: z.string(), hits: z.array(hitSchema) })
  .openapi('SearchResult', {
    example: {
      edition: 'order-262-2023',
      query: 'психологтың',
      hits: [
        {
          type: 'card',
          id: '2634-9-004.6',
          card: { code: '2634-9-004', level: 6 },
          text: 'Әлеуметтік психолог',
          highlight: 'Әлеуметтік <mark>психолог</mark>',
          score: 0.97,
        },
      ],
    },
  });

const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  tags: ['Search'],
  summary: 'Search cards, functions, tasks, skills, knowledge, terms and professions',
  description:
    'Kazakh words are matched by stem (`сотталғандармен` finds `сотталғандарға`), with typos tolerated, Latin look-alike letters folded and case ignored; Russian and English find translated names. Best hits first; names weigh more than body text. `highlight` is HTML-escaped text with `<mark>` around matched words.',
  request: {
    query: z.object({
      q: z
        .string({ error: 'q is required' })
        .openapi({ description: `1–${MAX_QUERY_LENGTH} characters`, example: 'психологтың' }),
      limit: z.coerce
        .number({ error: 'limit must be a number from 1 to 100' })
        .int()
        .min(1, 'limit must be from 1 to 100')
        .max(100, 'limit must be from 1 to 100')
        .default(20)
        .openapi({ example: 10 }),
      type: z
        .string()
        .optional()
        .refine((v) => !v || v.split(',').every((t) => (HIT_TYPES as readonly string[]).includes(t)), {
          message: `type is a comma-separated list of ${HIT_TYPES.join(', ')}`,
        })
        .openapi({ example: 'card,skill' }),
      edition: editionQuery,
    }),
  },
  responses: {
    200: { description: 'Hits, best first', content: { 'application/json': { schema: searchResultSchema } } },
    400: {
      description: 'Empty, too long or malformed query',
      content: { 'application/problem+json': { schema: problemSchema } },
    },
    404: { description: 'No such edition', content: { 'application/problem+json': { schema: problemSchema } } },
  },
});

export function searchRoutes(search: SearchService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(searchRoute, async (c) => {
    const { q, limit, type, edition } = c.req.valid('query');
    const types = type ? (type.split(',') as (typeof HIT_TYPES)[number][]) : undefined;
    return c.json(await search.search({ q, limit, types, edition }), 200);
  });
}
