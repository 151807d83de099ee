/**
 * Career paths and gap analysis:
 * - GET /api/v1/career/paths?from=CODE/LEVEL&to=CODE/LEVEL — the paths between two cards, each
 *   step with what changes (matched by text) and what the next card requires;
 * - POST /api/v1/career/gap — coverage of a target card by a self-assessment, with the
 *   requirement gap of the category engine when education and experience are given;
 * - POST /api/v1/career/gap.xlsx and gap.pdf — the same report as a workbook or a PDF.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { gapDocumentText, gapSheets } from '../../domain/career/gap-sheets.js';
import { MAX_RATINGS, ratingValues, selfAssessmentSchema } from '../../domain/career/gap.js';
import { personSchema } from '../../domain/qualification/person.js';
import { categories } from '../../domain/standard/schemas.js';
import { tablesToPdf } from '../../exports/career-pdf.js';
import { XLSX_MEDIA_TYPE, sheetsToXlsx } from '../../exports/career-xlsx.js';
import type { CareerService } from '../../services/career.service.js';
import type { AppEnv } from '../app-env.js';
import { displaySchema, editionQuery, langQuery } from '../common-params.js';
import { pickLang } from '../locale.js';
import { problemSchema } from '../problem-schema.js';
import { validationHook } from '../validation-hook.js';

const problems = {
  400: { description: 'Invalid request', content: { 'application/problem+json': { schema: problemSchema } } },
  404: {
    description: 'No such card or edition',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
};

const cardKeySchema = z.object({ code: z.string(), level: z.number().int() });
const sourceLines = z.object({ lines: z.tuple([z.number().int(), z.number().int()]) });
const texts = {
  kk: z.string(),
  ru: z.string().optional(),
  en: z.string().optional(),
  display: displaySchema,
};

// ---------------------------------------------------------------------------------------------
// GET /v1/career/paths

const cardRef = (name: 'from' | 'to', example: string) =>
  z
    .string({ error: `${name} is required, as CODE/LEVEL (e.g. 2635-3-001/4)` })
    .regex(/^\d{4}-\d-\d{3}\/[1-8]$/, `${name} is a card as CODE/LEVEL, e.g. 2635-3-001/4`)
    .openapi({
      param: { name, in: 'query', required: true },
      description: `The card to go ${name}, as CODE/LEVEL`,
      example,
    });

const pathsQuery = z.object({
  from: cardRef('from', '2635-3-001/4'),
  to: cardRef('to', '2635-3-001/6'),
  maxPaths: z.coerce
    .number({ error: 'maxPaths must be a number from 1 to 20' })
    .int('maxPaths must be a whole number')
    .min(1, 'maxPaths must be from 1 to 20')
    .max(20, 'maxPaths must be from 1 to 20')
    .optional()
    .openapi({ description: 'At most this many paths, shortest first (default 5)', example: 5 }),
  edition: editionQuery,
  lang: langQuery,
});

const itemRefSchema = z
  .object({
    id: z.string(),
    ...texts,
    labourFunction: z.string().nullable().openapi({ description: 'The labour function the item belongs to' }),
    task: z
      .string()
      .nullable()
      .openapi({ description: 'The task the item belongs to (null for function-level lists)' }),
  })
  .openapi('CareerItem');

const matchedSchema = z.object({
  from: itemRefSchema,
  to: itemRefSchema,
  similarity: z.number().min(0).max(1).openapi({ description: 'Jaccard index of the two texts’ Kazakh stems' }),
});

const deltaSectionSchema = z
  .object({
    same: z.array(matchedSchema).openapi({ description: 'The same words in both cards' }),
    changed: z.array(matchedSchema).openapi({ description: 'Reworded: similar (≥ 0.6) but not the same words' }),
    added: z.array(itemRefSchema).openapi({ description: 'New in the next card' }),
    removed: z.array(itemRefSchema).openapi({ description: 'Not in the next card' }),
    counts: z.object({
      same: z.number().int(),
      changed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
    }),
  })
  .openapi('CareerDeltaSection');

const entryRuleSchema = z.object({
  group: z.string(),
  id: z.string(),
  category: z.enum(categories).nullable(),
  ...texts,
  source: sourceLines,
  education: z.array(
    z.object({ minLevel: z.string(), fields: z.union([z.array(z.string()), z.string()]).optional() }).passthrough(),
  ),
  experience: z
    .object({ minYears: z.number(), inCategory: z.enum(categories).nullable(), where: z.string().nullable() })
    .nullable(),
});

const requirementsSchema = z
  .object({
    education: z.object({
      ...texts,
      levels: z.array(z.string()),
      fields: z.array(z.string()).nullable(),
      source: sourceLines,
    }),
    entry: z.array(entryRuleSchema).openapi({ description: 'Per specialist group, the rule for a newcomer' }),
    minYears: z.number().nullable().openapi({ description: 'Fewest years an entry rule asks; null without rules' }),
    higherEducation: z.boolean().openapi({ description: 'The next card asks a higher education level' }),
  })
  .openapi('CareerRequirements');

const stepSchema = z
  .object({
    from: cardKeySchema,
    to: cardKeySchema,
    kind: z.enum(['stated', 'next-level']),
    linkId: z.string().nullable(),
    delta: z.object({
      labourFunctions: deltaSectionSchema,
      tasks: deltaSectionSchema,
      skills: deltaSectionSchema,
      knowledge: deltaSectionSchema,
    }),
    requires: requirementsSchema,
  })
  .openapi('CareerStep');

const emptySection = { same: [], changed: [], added: [], removed: [] };
const pathsSchema = z
  .object({
    edition: z.string(),
    from: cardKeySchema,
    to: cardKeySchema,
    paths: z.array(z.object({ steps: z.array(stepSchema) })),
  })
  .openapi('CareerPaths', {
    example: {
      edition: 'order-262-2023',
      from: { code: '2635-3-001', level: 5 },
      to: { code: '2635-3-001', level: 6 },
      paths: [
        {
          steps: [
            {
              from: { code: '2635-3-001', level: 5 },
              to: { code: '2635-3-001', level: 6 },
              kind: 'stated',
              linkId: '2635-3-001.5.l1',
              delta: {
                labourFunctions: { ...emptySection, counts: { same: 1, changed: 0, added: 0, removed: 0 } },
                tasks: { ...emptySection, counts: { same: 1, changed: 0, added: 0, removed: 0 } },
                skills: { ...emptySection, counts: { same: 10, changed: 0, added: 0, removed: 0 } },
                knowledge: {
                  ...emptySection,
                  added: [
                    {
                      id: '2635-3-001.6.f1.t1.k22',
                      kk: 'Өрт қауіпсіздігі ережелері.',
                      display: { text: 'Өрт қауіпсіздігі ережелері.', lang: 'kk', official: true },
                      labourFunction: '2635-3-001.6.f1',
                      task: '2635-3-001.6.f1.t1',
                    },
                  ],
                  counts: { same: 19, changed: 1, added: 2, removed: 1 },
                },
              },
              requires: {
                education: {
                  kk: 'Жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                  display: {
                    text: 'Жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                    lang: 'kk',
                    official: true,
                  },
                  levels: ['higher', 'postgraduate'],
                  fields: ['social', 'psychological', 'pedagogical', 'medical'],
                  source: { lines: [1050, 1051] },
                },
                entry: [
                  {
                    group: 'high-level-specialist',
                    id: '2635-3-001.6.q4',
                    category: 'none',
                    kk: 'санатсыз-мамандық бойынша жұмыс өтіліне қойылатын талаптарсыз жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                    display: {
                      text: 'санатсыз-мамандық бойынша жұмыс өтіліне қойылатын талаптарсыз жоғары (немесе жоғары оқу орнынан кейінгі) әлеуметтік, психологиялық, педагогикалық, медициналық білім',
                      lang: 'kk',
                      official: true,
                    },
                    source: { lines: [1046, 1048] },
                    education: [{ minLevel: 'higher', fields: ['social', 'psychological', 'pedagogical', 'medical'] }],
                    experience: null,
                  },
                ],
                minYears: 0,
                higherEducation: true,
              },
            },
          ],
        },
      ],
    },
  });

const pathsRoute = createRoute({
  method: 'get',
  path: '/v1/career/paths',
  tags: ['Career'],
  summary: 'Career paths from one card to another',
  description:
    'The career graph’s nodes are the cards of the edition; its edges are the links the standard states and the same profession’s next level. Gives the simple paths from `from` to `to`, shortest first, and for each step what changes — labour functions, tasks, skills and knowledge matched by the similarity of their Kazakh text (ids differ between cards): `same`, `changed` (reworded, with the similarity), `added`, `removed` — and what the next card requires of a newcomer (education, entry rule per group, years). No path: `paths: []`; from a card to itself: one path of no steps.',
  request: { query: pathsQuery },
  responses: {
    200: { description: 'The paths, shortest first', content: { 'application/json': { schema: pathsSchema } } },
    ...problems,
  },
});

// ---------------------------------------------------------------------------------------------
// POST /v1/career/gap

const gapRequestSchema = selfAssessmentSchema
  .extend({
    // .describe, not .openapi: the domain schema was built before @hono/zod-openapi extended zod
    // (zod 4 attaches methods per instance), so it may lack .openapi depending on import order.
    ratings: selfAssessmentSchema.shape.ratings.describe(
      `Item id → ${ratingValues.join(' | ')}, for the card's skills and knowledge (at most ${MAX_RATINGS}). Unrated items count as none; ids the card lacks are ignored with a warning.`,
    ),
    person: personSchema.optional().openapi({
      description: 'Education and experience, for the requirement gap (the category engine)',
    }),
  })
  .strict()
  .openapi('GapRequest', {
    example: {
      card: { code: '2635-3-001', level: 4 },
      ratings: {
        '2635-3-001.4.f1.t1.s1': 'full',
        '2635-3-001.4.f1.t1.s2': 'partial',
        '2635-3-001.4.f1.t1.k1': 'none',
      },
      person: { education: { level: 'tvet', field: 'social' }, experience: [{ category: 'none', years: 1 }] },
    },
  });

const coverage = {
  items: z.number().int(),
  full: z.number().int(),
  partial: z.number().int(),
  none: z.number().int(),
  unrated: z.number().int(),
  percent: z.number().min(0).max(100).nullable().openapi({ description: 'full = 1, partial = ½, none/unrated = 0' }),
};

const gapItemSchema = itemRefSchema
  .extend({ kind: z.enum(['skill', 'knowledge']), rating: z.enum(ratingValues).nullable() })
  .openapi('GapItem');

const ruleRefSchema = z.object({
  id: z.string(),
  group: z.string(),
  category: z.enum(categories).nullable(),
  text: z.string(),
  source: sourceLines,
});
const shortfallSchema = z
  .object({ kind: z.enum(['education-level', 'education-field', 'certificate', 'experience']) })
  .passthrough();

const gapReportSchema = z
  .object({
    edition: z.string(),
    card: cardKeySchema.extend({ name: z.object(texts) }),
    overall: z.object(coverage),
    labourFunctions: z.array(z.object({ id: z.string(), number: z.string().nullable(), ...texts, ...coverage })),
    missing: z.array(gapItemSchema).openapi({ description: 'Rated none, or not rated' }),
    partial: z.array(gapItemSchema),
    covered: z.array(gapItemSchema).openapi({ description: 'Rated full' }),
    warnings: z.array(
      z.object({
        code: z.enum(['unknown_item', 'not_rateable', 'card_mismatch', 'edition_mismatch']),
        itemId: z.string().optional(),
        message: z.string(),
      }),
    ),
    requirements: z
      .object({
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
      .nullable()
      .openapi({ description: 'The category engine’s answer for `person`; null without it' }),
  })
  .openapi('GapReport');

const gapQuery = z.object({ edition: editionQuery, lang: langQuery });

const gapRoute = createRoute({
  method: 'post',
  path: '/v1/career/gap',
  tags: ['Career'],
  summary: 'Gap analysis against a target card',
  description:
    'A self-assessment rates each skill and knowledge item of the card (function-level lists included) as none, partial or full. Gives the coverage per labour function and overall, the missing (none or unrated), partial and covered items, warnings for ids the card lacks, and — with `person` — the requirement gap from the category engine. Nothing is stored.',
  request: {
    query: gapQuery,
    body: { required: true, content: { 'application/json': { schema: gapRequestSchema } } },
  },
  responses: {
    200: { description: 'The gap report', content: { 'application/json': { schema: gapReportSchema } } },
    ...problems,
  },
});

const gapXlsxRoute = createRoute({
  method: 'post',
  path: '/v1/career/gap.xlsx',
  tags: ['Career'],
  summary: 'Gap analysis as an XLSX workbook',
  description:
    'The report of POST /v1/career/gap as a workbook with a sheet per section (summary per labour function, missing, partial, covered, requirements, warnings). Headers in the asked language; the items’ official Kazakh text as it is, with the translation beside it for ru/en where the data has one.',
  request: {
    query: gapQuery,
    body: { required: true, content: { 'application/json': { schema: gapRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The workbook',
      content: { [XLSX_MEDIA_TYPE]: { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
    },
    ...problems,
  },
});

const gapPdfRoute = createRoute({
  method: 'post',
  path: '/v1/career/gap.pdf',
  tags: ['Career'],
  summary: 'Gap analysis as a PDF',
  description:
    'The report of POST /v1/career/gap as an A4 PDF with the same sections as the workbook; Noto Sans embedded, so the Kazakh text prints, and can be selected and searched.',
  request: {
    query: gapQuery,
    body: { required: true, content: { 'application/json': { schema: gapRequestSchema } } },
  },
  responses: {
    200: {
      description: 'The PDF',
      content: { 'application/pdf': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
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

const parseKey = (text: string) => {
  const [code = '', level = ''] = text.split('/');
  return { code, level: Number(level) };
};

export function careerRoutes(career: CareerService) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(pathsRoute, async (c) => {
      const q = c.req.valid('query');
      const result = await career.paths({
        from: parseKey(q.from),
        to: parseKey(q.to),
        maxPaths: q.maxPaths,
        edition: q.edition,
        lang: lang(c, q.lang),
      });
      return c.json(result, 200);
    })
    .openapi(gapRoute, async (c) => {
      const q = c.req.valid('query');
      const body = c.req.valid('json');
      const report = await career.gap({ ...body, edition: q.edition, madeOn: body.edition, lang: lang(c, q.lang) });
      return c.json(report, 200);
    })
    .openapi(gapXlsxRoute, async (c) => {
      const q = c.req.valid('query');
      const body = c.req.valid('json');
      const language = lang(c, q.lang);
      const report = await career.gap({ ...body, edition: q.edition, madeOn: body.edition, lang: language });
      const file = await sheetsToXlsx(gapSheets(report, language));
      return c.body(new Uint8Array(file), 200, {
        'Content-Type': XLSX_MEDIA_TYPE,
        'Content-Disposition': `attachment; filename="gap-${body.card.code}-${body.card.level}.xlsx"`,
      });
    })
    .openapi(gapPdfRoute, async (c) => {
      const q = c.req.valid('query');
      const body = c.req.valid('json');
      const language = lang(c, q.lang);
      const report = await career.gap({ ...body, edition: q.edition, madeOn: body.edition, lang: language });
      const generatedAt = new Date();
      const file = await tablesToPdf({
        ...gapDocumentText(report, language, generatedAt),
        sheets: gapSheets(report, language),
        generatedAt,
      });
      return c.body(file, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="gap-${body.card.code}-${body.card.level}.pdf"`,
      });
    });
}
