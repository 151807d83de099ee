/**
 * GET /api/v1/editions/{id}/quality: the quality checks of an edition (docs/quality.md) — every
 * finding with its rule, severity, one-sentence explanation in kk/ru/en, the card and path it is
 * about, its source lines and the evidence.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { QualityService } from '../../services/quality.service.js';
import type { AppEnv } from '../app-env.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const cardKeySchema = z.object({ code: z.string(), level: z.number().int() });
const linesSchema = z.object({ lines: z.tuple([z.number().int(), z.number().int()]) });
const messageSchema = z
  .object({ kk: z.string(), ru: z.string(), en: z.string() })
  .openapi('QualityMessage', { description: 'One sentence in the official language and two translations.' });
const locationSchema = z.object({
  card: cardKeySchema.nullable(),
  path: z.string().openapi({ description: "Path in the card's data file (or in the edition when card is null)." }),
  itemId: z.string().optional(),
});

const findingSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(SEVERITIES),
    message: messageSchema,
    location: locationSchema,
    source: linesSchema.nullable(),
    evidence: z
      .object({
        text: z.string().optional(),
        match: z.string().optional(),
        related: z
          .array(locationSchema.extend({ text: z.string().optional(), source: linesSchema.nullable() }))
          .optional(),
        similarity: z.number().optional(),
        details: z.record(z.string(), z.unknown()).optional(),
      })
      .optional(),
  })
  .openapi('QualityFinding');

const countsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

const reportSchema = z
  .object({
    edition: z.string(),
    summary: z.object({
      total: z.number().int(),
      bySeverity: countsSchema,
      byRule: z.record(z.string(), countsSchema),
    }),
    rules: z.array(
      z.object({ id: z.string(), family: z.string(), severity: z.enum(SEVERITIES), description: z.string() }),
    ),
    findings: z.array(findingSchema),
  })
  .openapi('QualityReport', {
    example: {
      edition: 'order-262-2023',
      summary: {
        total: 1,
        bySeverity: { error: 1, warning: 0, info: 0 },
        byRule: { 'doubled-word': { error: 1, warning: 0, info: 0 } },
      },
      rules: [
        {
          id: 'doubled-word',
          family: 'hygiene',
          severity: 'error',
          description: 'The same word twice in a row ("Жеке жеке деректерді").',
        },
      ],
      findings: [
        {
          rule: 'doubled-word',
          severity: 'error',
          message: {
            kk: '8-білім (3-еңбек функциясы): «Жеке» сөзі қатарынан екі рет жазылған («Жеке жеке»).',
            ru: 'Знание 8 (трудовая функция 3): слово «Жеке» написано дважды подряд («Жеке жеке»).',
            en: 'In knowledge item 8 (labour function 3), the word «Жеке» is written twice in a row («Жеке жеке»).',
          },
          location: {
            card: { code: '2634-9-004', level: 6 },
            path: 'labourFunctions[2].knowledge[7]',
            itemId: '2634-9-004.6.f3.k8',
          },
          source: { lines: [2972, 2978] },
          evidence: { text: 'Жеке жеке деректерді сақтау және пайдалану.', match: 'Жеке жеке' },
        },
      ],
    },
  });

const editionIdParam = z.object({
  id: z
    .union([
      z.literal('current'),
      z
        .string()
        .min(1)
        .max(100)
        .regex(/^[0-9a-z][0-9a-z.-]*$/, 'an edition id is lower-case letters, digits, dots and hyphens'),
    ])
    .openapi({ param: { name: 'id', in: 'path' }, example: 'current' }),
});

const qualityRoute = createRoute({
  method: 'get',
  path: '/v1/editions/{id}/quality',
  tags: ['Editions'],
  summary: 'Quality checks of an edition',
  description:
    'Generic checks of structure, codes and names, levels and requirements, duplication, text hygiene and domain drift (docs/quality.md). Findings come card by card in reading order. `current` names the current edition; `severity` keeps findings from that severity up; `rule` keeps only the listed rules.',
  request: {
    params: editionIdParam,
    query: z.object({
      severity: z
        .enum(SEVERITIES, { error: 'severity must be error, warning or info' })
        .optional()
        .openapi({ description: 'The lowest severity to return (default: info, i.e. all)', example: 'warning' }),
      rule: z
        .string()
        .max(1000)
        .optional()
        .openapi({ description: 'Comma-separated rule ids', example: 'doubled-word,russian-text' }),
    }),
  },
  responses: {
    200: { description: 'The findings and their counts', content: { 'application/json': { schema: reportSchema } } },
    400: {
      description: 'Invalid edition id, severity or rule',
      content: { 'application/problem+json': { schema: problemSchema } },
    },
    404: { description: 'No such edition', content: { 'application/problem+json': { schema: problemSchema } } },
  },
});

export function qualityRoutes(quality: QualityService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(qualityRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { severity, rule } = c.req.valid('query');
    const rules = rule
      ? rule
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean)
      : undefined;
    const report = await quality.lint(id === 'current' ? undefined : id, {
      ...(rules ? { rules } : {}),
      ...(severity ? { minSeverity: severity } : {}),
    });
    return c.json(report, 200);
  });
}
