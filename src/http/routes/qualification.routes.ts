/**
 * POST /api/v1/qualification/category: which category a person may hold on a card, by the
 * card's own rules, with the rule quoted and what is missing for the next category.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { personSchema } from '../../domain/qualification/person.js';
import { categories } from '../../domain/standard/schemas.js';
import type { QualificationService } from '../../services/qualification.service.js';
import type { AppEnv } from '../app-env.js';
import { editionQuery } from '../common-params.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

// The person's part is the domain's own schema, so the API and the CLI validate alike.
const requestSchema = personSchema
  .extend({
    card: z
      .object({
        code: z.string().regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001'),
        level: z
          .number({ error: 'level must be a number from 1 to 8' })
          .int()
          .min(1, 'level must be from 1 to 8')
          .max(8, 'level must be from 1 to 8'),
      })
      .strict(),
  })
  .strict()
  .openapi('CategoryRequest', {
    example: {
      card: { code: '3412-0-008', level: 5 },
      education: { level: 'tvet', field: 'social' },
      experience: [
        { category: 'none', years: 1 },
        { category: 'second', years: 1.5 },
      ],
    },
  });

const ruleRefSchema = z.object({
  id: z.string(),
  group: z.string(),
  category: z.enum(categories).nullable(),
  text: z.string(),
  source: z.object({ lines: z.tuple([z.number(), z.number()]) }),
});
const shortfallSchema = z
  .object({ kind: z.enum(['education-level', 'education-field', 'certificate', 'experience']) })
  .passthrough();

const responseSchema = z
  .object({
    edition: z.string(),
    card: z.object({ code: z.string(), level: z.number() }),
    eligible: z.boolean(),
    category: z.enum(categories).nullable(),
    group: z.string().nullable(),
    explanation: z.object({
      matched: ruleRefSchema.nullable(),
      checked: z.array(z.object({ rule: ruleRefSchema, met: z.boolean(), shortfalls: z.array(shortfallSchema) })),
      notes: z.array(z.string()),
    }),
    next: z.object({ category: z.enum(categories), rule: ruleRefSchema, missing: z.array(shortfallSchema) }).nullable(),
    summary: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  })
  .openapi('CategoryResult');

const categoryRoute = createRoute({
  method: 'post',
  path: '/v1/qualification/category',
  tags: ['Qualification'],
  summary: 'Qualification category of a person on a card',
  description:
    'Applies the card’s own requirement rules (education level and field, certificates, years held in each category). Returns whether the person is eligible, the highest category allowed, the rule that matched (quoted, with source lines), the group that applied, and what is missing for the next category.',
  request: {
    query: z.object({ edition: editionQuery }),
    body: { required: true, content: { 'application/json': { schema: requestSchema } } },
  },
  responses: {
    200: {
      description: 'The answer with its explanation',
      content: { 'application/json': { schema: responseSchema } },
    },
    400: { description: 'Invalid request', content: { 'application/problem+json': { schema: problemSchema } } },
    404: { description: 'No such card or edition', content: { 'application/problem+json': { schema: problemSchema } } },
  },
});

export function qualificationRoutes(qualification: QualificationService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(categoryRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await qualification.category({ ...body, edition: c.req.valid('query').edition });
    return c.json(result, 200);
  });
}
