/**
 * POST /api/v1/qualification/category: which category a person may hold on a card, by the
 * card's own rules, with the rule quoted and what is missing for the next category.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { batchTable } from '../../domain/qualification/batch.js';
import { parseCsv, stringifyCsv, toRecords } from '../../domain/shared/csv.js';
import { validationFailed } from '../../domain/shared/errors.js';
import { tableToXlsx } from '../../exports/table-xlsx.js';
import { MAX_STAFF_ROWS, xlsxRecords } from '../../importer/staff-file.js';
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
    next: z
      .object({ category: z.enum(categories).nullable(), rule: ruleRefSchema, missing: z.array(shortfallSchema) })
      .nullable(),
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

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BATCH_BYTES = 32 * 1024 * 1024;

const batchQuerySchema = z.object({
  format: z.enum(['json', 'csv', 'xlsx'], { error: 'format must be json, csv or xlsx' }).default('json'),
  lang: z.enum(['kk', 'ru', 'en'], { error: 'lang must be kk, ru or en' }).default('kk'),
  edition: editionQuery,
});

const batchRowSchema = z.record(z.string(), z.union([z.string(), z.number()]).transform(String));
const batchJsonSchema = z
  .object({ rows: z.array(batchRowSchema).max(MAX_STAFF_ROWS, `at most ${MAX_STAFF_ROWS} rows`) })
  .openapi('CategoryBatchRequest', {
    example: {
      rows: [
        { id: 'T-0017', card: '3412-0-008', level: '5', education: 'tvet', field: 'social', none: '1', second: '1.5' },
        {
          id: 'T-0018',
          card: '2635-3-001',
          level: '6',
          education: 'higher',
          field: 'psychological',
          experience: 'none:2',
        },
      ],
    },
  });

/** Reads the staff list from JSON, CSV or XLSX; an unreadable body is a 400 with the reason. */
async function batchRecords(c: Context<AppEnv>): Promise<Record<string, string>[]> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const body = await c.req.arrayBuffer();
  if (body.byteLength > MAX_BATCH_BYTES)
    throw validationFailed(`The staff list is larger than ${MAX_BATCH_BYTES / 1024 / 1024} MB.`);
  if (type === 'text/csv') return toRecords(parseCsv(new TextDecoder().decode(body)));
  if (type === XLSX_TYPE) {
    try {
      return await xlsxRecords(body);
    } catch {
      throw validationFailed('The body is not a readable XLSX workbook.');
    }
  }
  if (type !== 'application/json')
    throw validationFailed(`Send the staff list as application/json, text/csv or ${XLSX_TYPE}.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw validationFailed('The body is not valid JSON.');
  }
  const parsed = batchJsonSchema.safeParse(json);
  if (!parsed.success) {
    throw validationFailed(
      'The staff list is malformed.',
      parsed.error.issues.map((i) => ({ path: ['json', ...i.path.map(String)].join('.'), message: i.message })),
    );
  }
  return parsed.data.rows as Record<string, string>[];
}

export function qualificationRoutes(qualification: QualificationService) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(categoryRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await qualification.category({ ...body, edition: c.req.valid('query').edition });
    return c.json(result, 200);
  });
  // "category:batch" has a colon, which Hono reads as a parameter: a regexp parameter matches it literally.
  app.post('/v1/qualification/:op{category:batch}', async (c) => {
    const query = batchQuerySchema.safeParse(c.req.query());
    if (!query.success) {
      throw validationFailed(
        'Some query parameters are invalid.',
        query.error.issues.map((i) => ({ path: ['query', ...i.path.map(String)].join('.'), message: i.message })),
      );
    }
    const { format, lang, edition } = query.data;
    const result = await qualification.batch(await batchRecords(c), edition);
    if (format === 'json') return c.json(result, 200);
    const table = batchTable(result.rows, lang);
    if (format === 'csv') {
      return c.body(stringifyCsv(table), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="categories.csv"',
      });
    }
    return c.body(new Uint8Array(await tableToXlsx('categories', table)), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': 'attachment; filename="categories.xlsx"',
    });
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/v1/qualification/category:batch',
    tags: ['Qualification'],
    summary: 'Categories for a whole staff list',
    description:
      'Body: `{rows: [...]}` as JSON, or a CSV (`text/csv`) or XLSX file with a header row. Columns: `id`, `card`, `level`, `education`, `field`, `certificate`, and years per category as columns `none`, `second`, `first`, `higher` or one column `experience` ("none:2,second:1"). Every row is answered or its errors reported; the batch never aborts. `format=json|csv|xlsx` chooses the answer; `lang` the language of its sentences.',
    request: {
      query: batchQuerySchema,
      body: {
        required: true,
        content: {
          'application/json': { schema: batchJsonSchema },
          'text/csv': {
            schema: z
              .string()
              .openapi({ example: 'id,card,level,education,field,none,second\nT-0017,3412-0-008,5,tvet,social,1,1.5' }),
          },
          [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
    },
    responses: {
      200: {
        description: 'One answer or error list per row',
        content: {
          'application/json': {
            schema: z
              .object({
                edition: z.string(),
                total: z.number(),
                answered: z.number(),
                failed: z.number(),
                rows: z.array(z.record(z.string(), z.unknown())),
              })
              .openapi('CategoryBatchResult'),
          },
          'text/csv': { schema: z.string() },
          [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      400: {
        description: 'Unreadable staff list or parameters',
        content: { 'application/problem+json': { schema: problemSchema } },
      },
      404: { description: 'No such edition', content: { 'application/problem+json': { schema: problemSchema } } },
    },
  });
  return app;
}
