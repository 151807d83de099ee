/**
 * Editions: the list, one edition's summary, and the whole edition as one JSON document
 * (the same document as `kasip export --format json`).
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { EditionService } from '../../services/edition.service.js';
import type { AppEnv } from '../app-env.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

const editionSummarySchema = z
  .object({
    id: z.string(),
    order: z.record(z.string(), z.unknown()),
    provisions: z.array(z.record(z.string(), z.unknown())),
    uuid: z.string(),
    standardId: z.string(),
    status: z.string(),
    orderDate: z.string(),
    title: z.record(z.string(), z.unknown()),
    loadedAt: z.string(),
    current: z.boolean(),
    counts: z.record(z.string(), z.number()),
  })
  .openapi('EditionSummary', {
    example: {
      id: 'order-262-2023',
      order: {
        number: '262',
        date: '2023-06-29',
        registration: { number: '32943', date: '2023-06-29' },
        inForceFrom: '2023-07-01',
      },
      provisions: [{ id: 'p1', number: '1', kind: 'purpose', kk: '…', source: { lines: [56, 58] } }],
      uuid: '7b0e7a3e-3f63-5d0c-9a43-0d8a9c1f2b11',
      standardId: 'social-protection',
      status: 'in-force',
      orderDate: '2023-06-29',
      title: { kk: 'Әлеуметтік қорғау саласындағы кәсіптік стандарт' },
      loadedAt: '2026-11-26T12:00:00.000Z',
      current: true,
      counts: { card: 10, term: 17, profession: 7 },
    },
  });

const editionIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[0-9a-z][0-9a-z.-]*$/, 'an edition id is lower-case letters, digits, dots and hyphens')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'order-262-2023' }),
});

const problems = {
  400: { description: 'Invalid request', content: { 'application/problem+json': { schema: problemSchema } } },
  404: { description: 'No such edition', content: { 'application/problem+json': { schema: problemSchema } } },
};

const listRoute = createRoute({
  method: 'get',
  path: '/v1/editions',
  tags: ['Editions'],
  summary: 'List loaded editions',
  responses: {
    200: {
      description: 'Editions, newest order first',
      content: { 'application/json': { schema: z.object({ editions: z.array(editionSummarySchema) }) } },
    },
  },
});

const standardsRoute = createRoute({
  method: 'get',
  path: '/v1/standards',
  tags: ['Editions'],
  summary: 'Standards with their editions',
  responses: {
    200: {
      description: 'Every standard loaded, with its editions (newest order first)',
      content: {
        'application/json': {
          schema: z
            .object({
              standards: z.array(
                z.object({
                  id: z.string(),
                  title: z.record(z.string(), z.unknown()),
                  editions: z.array(
                    z.object({ id: z.string(), status: z.string(), orderDate: z.string(), current: z.boolean() }),
                  ),
                }),
              ),
            })
            .openapi('Standards'),
        },
      },
    },
  },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/v1/editions/{id}',
  tags: ['Editions'],
  summary: 'One edition',
  request: {
    params: editionIdParam.extend({
      id: z
        .union([z.literal('current'), editionIdParam.shape.id])
        .openapi({ param: { name: 'id', in: 'path' }, example: 'current' }),
    }),
  },
  responses: {
    200: {
      description: 'The edition (`current`: the current one)',
      content: { 'application/json': { schema: editionSummarySchema } },
    },
    ...problems,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/editions/{id}/export',
  tags: ['Editions'],
  summary: 'The whole edition as one document',
  description:
    'Terms, professions, every card with all its items, UUIDs and source lines, and the official text. `current` names the current edition.',
  request: {
    params: editionIdParam.extend({
      id: z
        .union([z.literal('current'), editionIdParam.shape.id])
        .openapi({ param: { name: 'id', in: 'path' }, example: 'current' }),
    }),
    query: z.object({ format: z.enum(['json']).default('json').openapi({ example: 'json' }) }),
  },
  responses: {
    200: {
      description: 'The export document (format kasip.edition, version 1)',
      content: {
        'application/json': {
          schema: z.object({ format: z.literal('kasip.edition'), formatVersion: z.number() }).passthrough(),
        },
      },
    },
    ...problems,
  },
});

const sourceRoute = createRoute({
  method: 'get',
  path: '/v1/editions/{id}/source',
  tags: ['Editions'],
  summary: 'The official text',
  description:
    'The official Kazakh text as published (extracted from the PDF), line by line: every item’s `source.lines` point here (1-based).',
  request: {
    params: editionIdParam.extend({
      id: z
        .union([z.literal('current'), editionIdParam.shape.id])
        .openapi({ param: { name: 'id', in: 'path' }, example: 'current' }),
    }),
  },
  responses: {
    200: {
      description: 'The lines of the official text',
      content: {
        'application/json': {
          schema: z.object({ edition: z.string(), lines: z.array(z.string()) }).openapi('SourceText', {
            example: {
              edition: 'order-262-2023',
              lines: ['', 'Әлеуметтік қорғау саласындағы кәсіптік стандартты бекіту туралы'],
            },
          }),
        },
      },
    },
    ...problems,
  },
});

export function editionRoutes(editions: EditionService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(listRoute, async (c) => c.json({ editions: await editions.list() }, 200))
    .openapi(standardsRoute, async (c) => {
      const all = await editions.list();
      const ids = [...new Set(all.map((e) => e.standardId))];
      const standards = ids.map((id) => {
        const own = all.filter((e) => e.standardId === id);
        return {
          id,
          title: own[0]?.title ?? {},
          editions: own.map((e) => ({ id: e.id, status: e.status, orderDate: e.orderDate, current: e.current })),
        };
      });
      return c.json({ standards }, 200);
    })
    .openapi(oneRoute, async (c) => {
      const asked = c.req.valid('param').id;
      const id = await editions.resolveEditionId(asked === 'current' ? undefined : asked);
      const found = (await editions.list()).find((e) => e.id === id);
      if (!found) throw new Error(`edition ${id} vanished`);
      return c.json(found, 200);
    })
    .openapi(sourceRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { edition, text } = await editions.sourceText(id === 'current' ? undefined : id);
      return c.json({ edition, lines: text.split('\n') }, 200);
    })
    .openapi(exportRoute, async (c) => {
      const { id } = c.req.valid('param');
      const document = await editions.export(id === 'current' ? undefined : id);
      c.header('Content-Disposition', `inline; filename="${String(document.edition.id)}.json"`);
      // The document is built and validated by the domain; its open-ended tree does not fit Hono's JSON typing.
      return c.json(document as unknown as { format: 'kasip.edition'; formatVersion: number }, 200);
    });
}
