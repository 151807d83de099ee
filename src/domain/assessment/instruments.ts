/**
 * The assessment instruments built from a card: test items (each assessing knowledge items),
 * practical tasks (each observing skills through a checklist) and the specification, a blueprint
 * that says how many questions each labour function and task draws, how functions are weighted,
 * and the pass rule of each function. These schemas are the contract the item bank, the
 * sessions, the interchange formats and the certificates share. Pure.
 */
import { z } from 'zod';

export const ITEM_KINDS = ['single', 'multiple', 'short'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Draft items are never drawn; retired ones are kept so that old attempts still score. */
export const REVIEW_STATUSES = ['draft', 'reviewed', 'retired'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** 1 easy, 2 medium, 3 hard: the author's estimate, which psychometrics later checks. */
export const DIFFICULTIES = [1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The languages an instrument is written in: the standard's own and Russian. */
export const INSTRUMENT_LANGS = ['kk', 'ru'] as const;
export type InstrumentLang = (typeof INSTRUMENT_LANGS)[number];

const cardCode = z.string().regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001');
const cardLevel = z.number().int().min(1).max(8);
const itemRef = z.string().min(1).max(200);
const text = (max: number) => z.string().trim().min(1).max(max);

export const optionSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,8}$/), text: text(1000) }).strict();

export const testItemContentSchema = z
  .object({
    cardCode,
    cardLevel,
    /** The knowledge item ids of the card that this question assesses (at least one). */
    knowledgeIds: z.array(itemRef).min(1).max(50),
    kind: z.enum(ITEM_KINDS),
    stem: text(4000),
    /** Choices for single and multiple choice; empty for a short answer. */
    options: z.array(optionSchema).max(10),
    /** Option ids for single (exactly one) and multiple (one or more); accepted answers for short. */
    key: z.array(text(500)).min(1).max(20),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    lang: z.enum(INSTRUMENT_LANGS),
    author: text(200),
  })
  .strict()
  .superRefine((item, ctx) => {
    const ids = new Set(item.options.map((o) => o.id));
    if (ids.size !== item.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids repeat' });
    if (item.kind === 'short') {
      if (item.options.length > 0)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'a short answer has no options' });
      return;
    }
    if (item.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs at least two options' });
    if (item.kind === 'single' && item.key.length !== 1)
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'a single-choice question has exactly one key' });
    for (const k of item.key)
      if (!ids.has(k)) ctx.addIssue({ code: 'custom', path: ['key'], message: `the key ${k} is not an option` });
  });
export type TestItemContent = z.output<typeof testItemContentSchema>;

export type TestItem = TestItemContent & {
  id: string;
  orgId: string;
  status: ReviewStatus;
  /** Demo content shipped with Kasip, marked wherever it is shown. */
  demo: boolean;
  version: number;
};

export const criterionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,20}$/),
    text: text(1000),
    /** A critical criterion not met fails the task, whatever the rest scores. */
    critical: z.boolean().default(false),
  })
  .strict();
export type Criterion = z.output<typeof criterionSchema>;

export const practicalTaskContentSchema = z
  .object({
    cardCode,
    cardLevel,
    /** The skill item ids of the card that this task observes (at least one). */
    skillIds: z.array(itemRef).min(1).max(50),
    title: text(300),
    instructions: text(4000),
    criteria: z.array(criterionSchema).min(1).max(40),
    lang: z.enum(INSTRUMENT_LANGS),
    author: text(200),
  })
  .strict()
  .superRefine((task, ctx) => {
    if (new Set(task.criteria.map((c) => c.id)).size !== task.criteria.length)
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'criterion ids repeat' });
  });
export type PracticalTaskContent = z.output<typeof practicalTaskContentSchema>;

export type PracticalTask = PracticalTaskContent & {
  id: string;
  orgId: string;
  status: ReviewStatus;
  demo: boolean;
  version: number;
};

export const ASSESSMENT_FORMS = ['theory', 'practical', 'interview'] as const;
export type AssessmentForm = (typeof ASSESSMENT_FORMS)[number];

const percent = z.number().int().min(0).max(100);

/** One labour function of the card in the blueprint. */
export const blueprintFunctionSchema = z
  .object({
    labourFunctionId: itemRef,
    /** Its share of the overall score, in percent; the functions' weights add up to 100. */
    weight: percent,
    /** Questions drawn per task of the function (task id → count); tasks absent draw none. */
    questionsPerTask: z.record(itemRef, z.number().int().min(0).max(200)),
    /** The least share of the function's questions answered right, when the theory test is a form. */
    theoryPassPercent: percent,
    /** The least share of its checklist criteria met, when practical tasks are a form. */
    practicalPassPercent: percent,
  })
  .strict();
export type BlueprintFunction = z.output<typeof blueprintFunctionSchema>;

export const specificationContentSchema = z
  .object({
    cardCode,
    cardLevel,
    title: text(300),
    forms: z.array(z.enum(ASSESSMENT_FORMS)).min(1).max(3),
    /** The online test's limit, which the server enforces. */
    timeLimitMinutes: z.number().int().min(1).max(600),
    functions: z.array(blueprintFunctionSchema).min(1).max(50),
    /** The practical tasks candidates perform (their checklists are scored by assessors). */
    practicalTaskIds: z.array(z.string().uuid()).max(100).default([]),
    /** How long a certificate issued on this specification is valid, in months (36 = 3 years). */
    validityMonths: z.number().int().min(1).max(120).default(36),
    /**
     * The language the online test is given in: only items written in it are drawn and count for
     * coverage, so a candidate never gets the same question twice, in Kazakh and in Russian. A
     * centre that tests in both languages publishes one specification per language.
     */
    testLang: z.enum(INSTRUMENT_LANGS).default('kk'),
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (new Set(spec.forms).size !== spec.forms.length)
      ctx.addIssue({ code: 'custom', path: ['forms'], message: 'a form is named twice' });
    const total = spec.functions.reduce((sum, f) => sum + f.weight, 0);
    if (total !== 100)
      ctx.addIssue({ code: 'custom', path: ['functions'], message: `the weights add up to ${total}, not 100` });
  });
export type SpecificationContent = z.output<typeof specificationContentSchema>;

export const SPEC_STATUSES = ['draft', 'published', 'retired'] as const;
export type SpecStatus = (typeof SPEC_STATUSES)[number];

export type Specification = SpecificationContent & {
  id: string;
  orgId: string;
  /** The edition of the standard the card was read from; a published specification keeps it. */
  editionId: string;
  status: SpecStatus;
  publishedAt: string | null;
  demo: boolean;
  version: number;
};
