/**
 * The standard as data: the zod schemas of an edition's source files (data/standards/…).
 *
 * These files are what methodologists review, so they stay close to the printed card: every
 * text is the official Kazakh wording with PDF breakage repaired, and every item says where it
 * stands in the official text (`source.lines`, 1-based, inclusive). Russian and English are
 * unofficial translations. The same schemas validate loading, the export and API bodies.
 */
import { z } from 'zod';

/** Ids are short, stable and hierarchical: `2635-3-001.5.f1.t2.s3`. */
export const itemIdSchema = z
  .string()
  .regex(/^[0-9a-z][0-9a-z.-]*$/, 'an id is lower-case letters, digits, dots and hyphens');

export const lineRangeSchema = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .refine(([from, to]) => from <= to, 'a line range goes from a smaller line to a larger one');

/**
 * Where a text stands in the official text. `parts` is for a text the PDF cut into
 * non-contiguous pieces (a table cell continued below another column); `displaced` lists words
 * the PDF extraction moved away from their place (hyperlinked law names), so the fidelity check
 * does not hold their position against them.
 */
export const sourceSchema = z
  .object({
    lines: lineRangeSchema,
    parts: z.array(lineRangeSchema).min(2).optional(),
    displaced: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

/** Official Kazakh text with optional unofficial translations. */
export const localizedSchema = z
  .object({ kk: z.string().min(1), ru: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .strict();

/** A text as printed, with where it is printed. */
export const sourcedTextSchema = localizedSchema.extend({ source: sourceSchema }).strict();

export const numberedTextSchema = z
  .object({
    id: itemIdSchema,
    /** The number as printed ("3"), kept so numbering defects stay visible. */
    number: z.string().optional(),
    kk: z.string().min(1),
    ru: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    source: sourceSchema,
    note: z.string().optional(),
  })
  .strict();

export const educationLevels = ['basic-secondary', 'tvet', 'higher', 'postgraduate'] as const;
export const educationFields = [
  'social',
  'economic',
  'pedagogical',
  'medical',
  'psychological',
  'legal',
  'other',
] as const;
export const categories = ['higher', 'first', 'second', 'none'] as const;
export const certificates = ['social-training'] as const;

export const educationRequirementSchema = z
  .object({
    /** The lowest education level that satisfies the rule; higher levels satisfy it too. */
    minLevel: z.enum(educationLevels),
    /** Allowed fields; `relevant` = "тиісті мамандық бойынша" (the card's own field); absent = any field. */
    fields: z.union([z.array(z.enum(educationFields)).min(1), z.literal('relevant')]).optional(),
    certificate: z.enum(certificates).optional(),
  })
  .strict();

export const experienceRequirementSchema = z
  .object({
    minYears: z.number().min(0).max(50),
    /** The category that must have been held for those years; absent = any relevant work. */
    inCategory: z.enum(categories).optional(),
    /** Where the years count, as printed ("халықты әлеуметтік қорғау ұйымдарында…"). */
    where: z.string().optional(),
  })
  .strict();

export const qualificationRuleSchema = z
  .object({
    id: itemIdSchema,
    /** Absent for cards whose requirements have no categories. */
    category: z.enum(categories).optional(),
    kk: z.string().min(1),
    ru: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    source: sourceSchema,
    /** Any one of these educations satisfies the rule. */
    education: z.array(educationRequirementSchema).min(1),
    experience: experienceRequirementSchema.optional(),
    note: z.string().optional(),
  })
  .strict();

/** `general`: the card states one set of requirements, not split by specialist level. */
export const specialistGroups = ['high-level-specialist', 'mid-level-specialist', 'general'] as const;

export const qualificationGroupSchema = z
  .object({
    id: itemIdSchema,
    group: z.enum(specialistGroups),
    /** The group's printed label ("Біліктілігі орта деңгейдегі маман:"), when there is one. */
    label: sourcedTextSchema.optional(),
    rules: z.array(qualificationRuleSchema).min(1),
  })
  .strict();

export const professionLinkSchema = z
  .object({
    id: itemIdSchema,
    level: z.number().int().min(1).max(8),
    kk: z.string().min(1),
    ru: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    source: sourceSchema,
    /** The card this link points to, when the standard has one. */
    card: z.object({ code: z.string(), level: z.number().int() }).strict().optional(),
    note: z.string().optional(),
  })
  .strict();

export const taskSchema = z
  .object({
    id: itemIdSchema,
    name: sourcedTextSchema,
    skills: z.array(numberedTextSchema),
    knowledge: z.array(numberedTextSchema),
    note: z.string().optional(),
  })
  .strict();

export const labourFunctionSchema = z
  .object({
    id: itemIdSchema,
    number: z.string().optional(),
    name: sourcedTextSchema,
    tasks: z.array(taskSchema),
    /** Lists printed once for the whole function, beside all of its tasks (some cards do this). */
    skills: z.array(numberedTextSchema).optional(),
    knowledge: z.array(numberedTextSchema).optional(),
    note: z.string().optional(),
  })
  .strict();

export const professionCodeSchema = z.string().regex(/^\d{4}-\d-\d{3}$/, 'a profession code looks like 2635-3-001');

export const cardSchema = z
  .object({
    id: itemIdSchema,
    /** The card's heading as printed ("Мамандық картасы …"). */
    title: sourcedTextSchema,
    /** As printed; the format is checked by the invariants and the quality checks, not here. */
    code: z.object({ value: z.string().min(1), source: sourceSchema }).strict(),
    name: sourcedTextSchema,
    level: z.object({ value: z.number().int(), source: sourceSchema }).strict(),
    otherNames: z.array(
      z
        .object({
          id: itemIdSchema,
          code: z.string().optional(),
          kk: z.string().min(1),
          ru: z.string().min(1).optional(),
          en: z.string().min(1).optional(),
          source: sourceSchema,
        })
        .strict(),
    ),
    qualification: z
      .object({
        /** The legal act the categories come from (typical qualification characteristics). */
        basis: sourcedTextSchema.optional(),
        groups: z.array(qualificationGroupSchema),
      })
      .strict(),
    educationLevel: sourcedTextSchema
      .extend({
        levels: z.array(z.enum(educationLevels)).min(1),
        fields: z.array(z.enum(educationFields)).optional(),
      })
      .strict(),
    labourFunctions: z.array(labourFunctionSchema),
    personalCompetencies: sourcedTextSchema.optional(),
    links: z.array(professionLinkSchema),
    qualificationLink: z.array(sourcedTextSchema.extend({ id: itemIdSchema }).strict()),
    workingConditions: sourcedTextSchema.optional(),
    /** Line ranges that hold labels and repeated headers rather than content ("Дағдылар:", column headers). */
    labels: z.array(lineRangeSchema),
    source: z.object({ lines: lineRangeSchema }).strict(),
    notes: z.array(z.string()).optional(),
  })
  .strict();

export const termSchema = z
  .object({
    id: itemIdSchema,
    number: z.string().optional(),
    term: localizedSchema,
    definition: localizedSchema,
    source: sourceSchema,
  })
  .strict();

export const professionSchema = z
  .object({
    id: itemIdSchema,
    number: z.string().optional(),
    name: localizedSchema,
    /** The SQF levels the list gives this profession. */
    levels: z.array(z.number().int().min(1).max(8)).min(1),
    /** The profession's entry as printed, levels included. */
    kk: z.string().min(1),
    /** Unofficial translations of the entry (translations/<lang>/professions.yaml, key `prof-N`). */
    ru: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    source: sourceSchema,
    /** Cards of this profession; empty when the standard lists it without a card. */
    cards: z.array(z.object({ code: z.string(), level: z.number().int() }).strict()),
    note: z.string().optional(),
  })
  .strict();

export const editionSchema = z
  .object({
    id: itemIdSchema,
    standard: z.object({ id: itemIdSchema, title: sourcedTextSchema }).strict(),
    status: z.enum(['draft', 'in-force', 'superseded', 'repealed']),
    order: z
      .object({
        number: z.string(),
        date: z.iso.date(),
        registration: z.object({ number: z.string(), date: z.iso.date() }).strict(),
        inForceFrom: z.iso.date(),
        issuer: localizedSchema,
        legalBasis: localizedSchema,
        source: sourceSchema,
      })
      .strict(),
    /** Chapter 1–2 paragraphs: purpose, uses, aims. */
    provisions: z.array(numberedTextSchema.extend({ kind: z.enum(['purpose', 'uses', 'aim', 'basis']) }).strict()),
    /** The official text this edition was transcribed from, relative to the edition folder. */
    sourceFile: z.string(),
    /** Edition this one amends, if any. */
    supersedes: itemIdSchema.optional(),
    /**
     * `compiled`: there is no official text to cite, and `sourceFile` is a text Kasip compiled
     * from the data (domain/workbench/compile-source.ts). Absent: the official text.
     */
    sourceKind: z.enum(['official', 'compiled']).optional(),
  })
  .strict();

export const termsFileSchema = z.object({ terms: z.array(termSchema) }).strict();
export const professionsFileSchema = z.object({ professions: z.array(professionSchema) }).strict();

export type Source = z.infer<typeof sourceSchema>;
export type Localized = z.infer<typeof localizedSchema>;
export type Card = z.infer<typeof cardSchema>;
export type LabourFunction = z.infer<typeof labourFunctionSchema>;
export type Task = z.infer<typeof taskSchema>;
export type NumberedText = z.infer<typeof numberedTextSchema>;
export type QualificationRule = z.infer<typeof qualificationRuleSchema>;
export type QualificationGroup = z.infer<typeof qualificationGroupSchema>;
export type Term = z.infer<typeof termSchema>;
export type Profession = z.infer<typeof professionSchema>;
export type EditionMeta = z.infer<typeof editionSchema>;
