/**
 * The registry: cards, one card's whole tree, items, terms, professions, levels and the career
 * graph. Read-only, cacheable (ETag), in the asked display language.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { RegistryService } from '../../services/registry.service.js';
import type { AppEnv } from '../app-env.js';
import { cardCodeParam, cardLevelParam, displaySchema, localizedSchema, readQuery } from '../common-params.js';
import { cachedJson } from '../cached-json.js';
import { pickLang } from '../locale.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

const problems = {
  400: { description: 'Invalid request', content: { 'application/problem+json': { schema: problemSchema } } },
  404: { description: 'Not found', content: { 'application/problem+json': { schema: problemSchema } } },
};

const cardKeySchema = z.object({ code: z.string(), level: z.number().int() });

const cardSummarySchema = z
  .object({
    id: z.string(),
    uuid: z.string(),
    code: z.string(),
    level: z.number().int(),
    name: localizedSchema,
    profession: z.object({ id: z.string(), name: displaySchema }).nullable(),
    counts: z.object({ labourFunctions: z.number(), tasks: z.number(), skills: z.number(), knowledge: z.number() }),
  })
  .openapi('CardSummary');

const cardListSchema = z
  .object({
    edition: z.string(),
    total: z.number().int(),
    cards: z.array(cardSummarySchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('CardList', {
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
            display: { text: 'Social work specialist (social worker)', lang: 'en', official: false },
          },
          profession: { id: 'prof-2', name: { text: 'Social work specialist', lang: 'en', official: false } },
          counts: { labourFunctions: 1, tasks: 1, skills: 10, knowledge: 21 },
        },
      ],
      nextCursor: null,
    },
  });

const listQuery = readQuery.extend({
  level: z.coerce
    .number({ error: 'level must be a number from 1 to 8' })
    .int()
    .min(1, 'level must be from 1 to 8')
    .max(8, 'level must be from 1 to 8')
    .optional()
    .openapi({ example: 5 }),
  code: z
    .string()
    .regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001')
    .optional()
    .openapi({ example: '2635-3-001' }),
  profession: z
    .string()
    .max(50)
    .optional()
    .openapi({ description: 'Profession id from /professions', example: 'prof-2' }),
  text: z
    .string()
    .max(200, 'text may have at most 200 characters')
    .optional()
    .openapi({ description: 'Part of the name, code or a translation', example: 'психолог' }),
  limit: z.coerce
    .number({ error: 'limit must be a number from 1 to 100' })
    .int()
    .min(1, 'limit must be from 1 to 100')
    .max(100, 'limit must be from 1 to 100')
    .default(20)
    .openapi({ example: 20 }),
  cursor: z.string().max(500).optional().openapi({ description: 'nextCursor of the previous page' }),
});

const listCardsRoute = createRoute({
  method: 'get',
  path: '/v1/cards',
  tags: ['Registry'],
  summary: 'Profession cards',
  description:
    'Filtered by level, code, profession or text; in Kazakh alphabetical order; paginated with `limit` and `cursor`.',
  request: { query: listQuery },
  responses: {
    200: { description: 'A page of cards', content: { 'application/json': { schema: cardListSchema } } },
    ...problems,
  },
});

const cardDetailSchema = z
  .object({
    edition: z.string(),
    uuid: z.string().nullable(),
    profession: z.object({ id: z.string(), name: localizedSchema }).nullable(),
    otherLevels: z.array(cardKeySchema.extend({ name: displaySchema })),
    card: z
      .object({
        id: z.string(),
        code: z.object({ value: z.string() }).passthrough(),
        level: z.object({ value: z.number() }).passthrough(),
        name: localizedSchema,
        labourFunctions: z.array(z.object({ id: z.string(), name: localizedSchema }).passthrough()),
      })
      .passthrough(),
    uuids: z.record(z.string(), z.string()),
  })
  .openapi('CardDetail');

const cardRoute = createRoute({
  method: 'get',
  path: '/v1/cards/{code}/{level}',
  tags: ['Registry'],
  summary: 'One card, whole',
  description:
    'Every section of the card: other names, qualification requirements (structured rules), education level, labour functions → tasks → skills and knowledge, personal competencies, links, working conditions; every text with its source lines and a `display` in the asked language.',
  request: { params: z.object({ code: cardCodeParam, level: cardLevelParam }), query: readQuery },
  responses: {
    200: { description: 'The card', content: { 'application/json': { schema: cardDetailSchema } } },
    ...problems,
  },
});

const itemSchema = z
  .object({
    edition: z.string(),
    id: z.string(),
    uuid: z.string(),
    kind: z.string(),
    text: localizedSchema.nullable(),
    data: z.record(z.string(), z.unknown()),
    card: cardKeySchema.extend({ name: displaySchema }).nullable(),
    path: z.array(z.object({ id: z.string(), kind: z.string(), text: displaySchema.nullable() })),
    source: z.object({ lines: z.tuple([z.number(), z.number()]), text: z.string().nullable() }).nullable(),
    sameTextIn: z.array(z.object({ id: z.string(), kind: z.string(), card: cardKeySchema.nullable() })),
  })
  .openapi('Item', {
    example: {
      edition: 'order-262-2023',
      id: '2635-3-001.5.f1.t1.s1',
      uuid: '4b8f0f53-1f2a-5e33-9c1d-2a6e0b7c9d10',
      kind: 'skill',
      text: { kk: '…', display: { text: '…', lang: 'kk', official: true } },
      data: { id: '2635-3-001.5.f1.t1.s1', number: '1', kk: '…', source: { lines: [806, 812] } },
      card: {
        code: '2635-3-001',
        level: 5,
        name: { text: 'Әлеуметтік жұмыс жөніндегі маман', lang: 'kk', official: true },
      },
      path: [{ id: '2635-3-001.5', kind: 'card', text: { text: '…', lang: 'kk', official: true } }],
      source: { lines: [806, 812], text: '1. …' },
      sameTextIn: [{ id: '2635-3-001.4.f1.t1.s1', kind: 'skill', card: { code: '2635-3-001', level: 4 } }],
    },
  });

const itemRoute = createRoute({
  method: 'get',
  path: '/v1/items/{id}',
  tags: ['Registry'],
  summary: 'One item (labour function, task, skill, knowledge…)',
  description:
    'The item with its card, its place in the card, its source lines and text, and the other items with the same text.',
  request: {
    params: z.object({
      id: z
        .string()
        .max(200)
        .regex(/^[0-9a-z][0-9a-z.-]*$/, 'an item id is lower-case letters, digits, dots and hyphens')
        .openapi({ param: { name: 'id', in: 'path' }, example: '2635-3-001.5.f1.t1.s1' }),
    }),
    query: readQuery,
  },
  responses: { 200: { description: 'The item', content: { 'application/json': { schema: itemSchema } } }, ...problems },
});

const termsRoute = createRoute({
  method: 'get',
  path: '/v1/terms',
  tags: ['Registry'],
  summary: 'Terms and definitions',
  request: { query: readQuery },
  responses: {
    200: {
      description: 'The terms of the edition',
      content: {
        'application/json': {
          schema: z
            .object({
              edition: z.string(),
              terms: z.array(
                z
                  .object({ id: z.string(), uuid: z.string(), term: localizedSchema, definition: localizedSchema })
                  .passthrough(),
              ),
            })
            .openapi('Terms'),
        },
      },
    },
    ...problems,
  },
});

const professionsRoute = createRoute({
  method: 'get',
  path: '/v1/professions',
  tags: ['Registry'],
  summary: 'The list of professions',
  description:
    'As listed by the standard, with their SQF levels and cards — including a profession listed without a card.',
  request: { query: readQuery },
  responses: {
    200: {
      description: 'The professions',
      content: {
        'application/json': {
          schema: z
            .object({
              edition: z.string(),
              professions: z.array(
                z
                  .object({
                    id: z.string(),
                    uuid: z.string(),
                    name: localizedSchema,
                    levels: z.array(z.number()),
                    cards: z.array(cardKeySchema),
                    hasCard: z.boolean(),
                  })
                  .passthrough(),
              ),
            })
            .openapi('Professions'),
        },
      },
    },
    ...problems,
  },
});

const levelsRoute = createRoute({
  method: 'get',
  path: '/v1/levels',
  tags: ['Registry'],
  summary: 'SQF levels 1–8 with their cards',
  request: { query: readQuery },
  responses: {
    200: {
      description: 'Levels',
      content: {
        'application/json': {
          schema: z
            .object({
              edition: z.string(),
              levels: z.array(
                z.object({ level: z.number(), cards: z.array(cardKeySchema.extend({ name: displaySchema })) }),
              ),
            })
            .openapi('Levels'),
        },
      },
    },
    ...problems,
  },
});

const graphRoute = createRoute({
  method: 'get',
  path: '/v1/career/graph',
  tags: ['Registry'],
  summary: 'Career links as a graph',
  description:
    'Nodes are cards (`CODE/LEVEL`); edges are links the standard states (`stated`) and the same profession’s next level (`next-level`). Links to professions without a card are listed as `unresolved`.',
  request: { query: readQuery },
  responses: {
    200: {
      description: 'The graph',
      content: {
        'application/json': {
          schema: z
            .object({
              edition: z.string(),
              nodes: z.array(z.object({ id: z.string(), code: z.string(), level: z.number(), name: displaySchema })),
              edges: z.array(
                z.object({
                  from: z.string(),
                  to: z.string(),
                  kind: z.enum(['stated', 'next-level']),
                  linkId: z.string().optional(),
                }),
              ),
              unresolved: z.array(
                z.object({ from: z.string(), linkId: z.string(), level: z.number(), name: displaySchema }),
              ),
            })
            .openapi('CareerGraph'),
        },
      },
    },
    ...problems,
  },
});

function lang(c: Context<AppEnv>, asked: 'kk' | 'ru' | 'en' | undefined) {
  const chosen = pickLang(asked, c.req.header('accept-language'));
  c.header('Content-Language', chosen);
  c.header('Vary', 'Accept-Language');
  return chosen;
}

export function registryRoutes(registry: RegistryService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listCardsRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await registry.listCards({ ...q, lang: lang(c, q.lang) }), 200);
    })
    .openapi(cardRoute, async (c) => {
      const { code, level } = c.req.valid('param');
      const q = c.req.valid('query');
      const result = await registry.getCard({ code, level }, { edition: q.edition, lang: lang(c, q.lang) });
      return cachedJson(c, result) as never;
    })
    .openapi(itemRoute, async (c) => {
      const q = c.req.valid('query');
      const result = await registry.getItem(c.req.valid('param').id, { edition: q.edition, lang: lang(c, q.lang) });
      return c.json(result as never, 200);
    })
    .openapi(termsRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json((await registry.terms({ edition: q.edition, lang: lang(c, q.lang) })) as never, 200);
    })
    .openapi(professionsRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json((await registry.professions({ edition: q.edition, lang: lang(c, q.lang) })) as never, 200);
    })
    .openapi(levelsRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await registry.levels({ edition: q.edition, lang: lang(c, q.lang) }), 200);
    })
    .openapi(graphRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await registry.careerGraph({ edition: q.edition, lang: lang(c, q.lang) }), 200);
    });
}
