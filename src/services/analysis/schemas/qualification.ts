/**
 * The category check's request and answer (one person on one card), and the batch of a whole
 * staff list. The answer's shape is the domain's `CategoryResult` (domain/qualification).
 */
import { z } from 'zod';
import { personSchema } from '../../../domain/qualification/person.js';
import { categories, certificates, educationFields, educationLevels } from '../../../domain/standard/schemas.js';
import { cardKeyOut, editionQuery, langSchema, sourceLinesSchema, trilingualSchema } from './common.js';

// The person's part is the domain's own schema, so the API and the CLI validate alike.
export const categoryRequestSchema = personSchema
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
  .meta({
    id: 'CategoryRequest',
    example: {
      card: { code: '3412-0-008', level: 5 },
      education: { level: 'tvet', field: 'social' },
      experience: [
        { category: 'none', years: 1 },
        { category: 'second', years: 1.5 },
      ],
    },
  });

export const categoryInput = z.object({ request: categoryRequestSchema, edition: editionQuery });

const categorySchema = z.enum(categories);

export const ruleRefSchema = z.strictObject({
  id: z.string(),
  group: z.string(),
  category: categorySchema.nullable(),
  text: z.string(),
  source: sourceLinesSchema,
});

/** What a rule asks that the person lacks, by kind. */
export const shortfallSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('education-level'), need: z.enum(educationLevels), have: z.enum(educationLevels) }),
  z.strictObject({
    kind: z.literal('education-field'),
    need: z.array(z.enum(educationFields)),
    have: z.enum(educationFields),
  }),
  z.strictObject({ kind: z.literal('certificate'), need: z.enum(certificates) }),
  z.strictObject({
    kind: z.literal('experience'),
    needYears: z.number(),
    haveYears: z.number(),
    missingYears: z.number(),
    inCategory: categorySchema.nullable(),
  }),
]);

/** The engine's answer (`CategoryResult`): eligibility, the rule that matched, every rule checked, the next step. */
export const categoryAnswerFields = {
  eligible: z.boolean(),
  category: categorySchema.nullable(),
  group: z.string().nullable(),
  explanation: z.strictObject({
    matched: ruleRefSchema.nullable(),
    checked: z.array(z.strictObject({ rule: ruleRefSchema, met: z.boolean(), shortfalls: z.array(shortfallSchema) })),
    notes: z.array(z.string()),
  }),
  next: z
    .strictObject({ category: categorySchema.nullable(), rule: ruleRefSchema, missing: z.array(shortfallSchema) })
    .nullable(),
};

/** The answer with its summary in all three languages (also a gap report's `requirements`). */
export const categoryAnswerWithSummary = z.strictObject({ ...categoryAnswerFields, summary: trilingualSchema });

export const categoryResultSchema = z
  .strictObject({
    edition: z.string(),
    card: cardKeyOut,
    ...categoryAnswerFields,
    summary: trilingualSchema,
  })
  .meta({ id: 'CategoryResult' });

// ---------------------------------------------------------------------------------------------
// The batch

/** As many rows as src/importer reads from a staff file (its MAX_STAFF_ROWS; a test keeps them equal). */
export const MAX_BATCH_ROWS = 200_000;

const batchRowSchema = z.record(z.string(), z.union([z.string(), z.number()]).transform(String));

export const categoryBatchRequestSchema = z
  .object({ rows: z.array(batchRowSchema).max(MAX_BATCH_ROWS, `at most ${MAX_BATCH_ROWS} rows`) })
  .meta({
    id: 'CategoryBatchRequest',
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

export const BATCH_FORMATS = ['json', 'csv', 'xlsx'] as const;

/**
 * The most rows answered as JSON. Each answered row carries its whole explanation (every rule
 * checked, in three languages), about 6.6 kB: 100,000 rows made a 660 MB answer and 200,000 a
 * string longer than V8 allows. A CSV or XLSX table says the same in a line a row.
 */
export const MAX_JSON_BATCH_ROWS = 20_000;

export const categoryBatchInput = z.object({
  staff: categoryBatchRequestSchema,
  // How the answer is written (JSON, or a CSV or XLSX table) and the language of its sentences:
  // the adapters write the files (their formats live in src/exports); checked here with the rest.
  format: z
    .enum(BATCH_FORMATS, { error: 'format must be json, csv or xlsx' })
    .default('json')
    .meta({ description: 'The answer: JSON, or a table as CSV or XLSX', example: 'csv' }),
  lang: langSchema
    .default('kk')
    .meta({ description: 'The language of the table: its column titles, values and sentences', example: 'ru' }),
  edition: editionQuery,
});

// A row's outcome said once: `no-requirements` is a card that states none (eligible is false
// there only because nothing can be met), `unreadable` a row whose errors are listed.
const batchErrorSchema = z.strictObject({
  field: z.string(),
  message: z.string().meta({ description: 'In English' }),
  text: trilingualSchema.meta({ description: 'The same error in kk, ru and en' }),
});

const batchRowResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    row: z.number().int(),
    id: z.string(),
    ok: z.literal(true),
    status: z.enum(['eligible', 'not-eligible', 'no-requirements']),
    card: cardKeyOut,
    result: z.strictObject(categoryAnswerFields),
    summary: trilingualSchema,
  }),
  z.strictObject({
    row: z.number().int(),
    id: z.string(),
    ok: z.literal(false),
    status: z.literal('unreadable'),
    errors: z.array(batchErrorSchema),
  }),
]);

export const categoryBatchResultSchema = z
  .strictObject({
    edition: z.string(),
    total: z.number().int(),
    answered: z.number().int(),
    failed: z.number().int(),
    rows: z.array(batchRowResultSchema),
  })
  .meta({ id: 'CategoryBatchResult' });
