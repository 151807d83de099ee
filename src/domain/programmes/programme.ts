/**
 * An education or training programme built on profession cards: a college's TVET modular
 * programme, a university's credit-based programme, a training centre's upgrading course or a
 * short course. It is one document (header, modules, learning outcomes with their criteria and
 * links to the cards' skill and knowledge items, written exceptions), saved whole and versioned,
 * so every save is a revision that can be shown and restored. These schemas are the contract the
 * designer, the coverage matrix, the curriculum import and the exports share. Pure.
 */
import { z } from 'zod';

export const PROGRAMME_TYPES = ['tvet-modular', 'higher-education', 'upgrading-course', 'short-course'] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

/** The languages a programme is written and handed in: Kazakh and Russian. */
export const PROGRAMME_LANGS = ['kk', 'ru'] as const;
export type ProgrammeLang = (typeof PROGRAMME_LANGS)[number];

/** Colleges and training centres count hours; universities count credits. */
export const VOLUME_UNITS = ['hours', 'credits'] as const;
export type VolumeUnit = (typeof VOLUME_UNITS)[number];

/** The module kinds of a TVET modular curriculum; other programme types use the same four. */
export const MODULE_KINDS = ['general', 'basic-professional', 'professional', 'practice'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

/** How an outcome is assessed. The first three check knowledge; the rest observe performance. */
export const ASSESSMENT_METHODS = [
  'test',
  'oral',
  'written',
  'practical-task',
  'observation',
  'case-study',
  'project',
  'portfolio',
] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** A final programme is what is handed in; it changes only after it is reopened. */
export const PROGRAMME_STATUSES = ['draft', 'final', 'archived'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** An id inside the document (module, outcome, criterion): made by the browser or the import. */
export const localIdSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'an id is 1 to 64 letters, digits, _ . -');
const itemRef = z.string().min(1).max(200);
const text = (max: number) => z.string().trim().min(1).max(max);
const hours = z.number().int().min(0).max(10_000);

export const cardCode = z.string().regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001');
export const cardLevel = z.number().int().min(1).max(8);

/** A card the programme is built on, at the edition it was read from. */
export const programmeCardSchema = z
  .object({ code: cardCode, level: cardLevel, editionId: z.string().min(1).max(200) })
  .strict();
export type ProgrammeCard = z.output<typeof programmeCardSchema>;

export const criterionSchema = z.object({ id: localIdSchema, text: text(1000) }).strict();
export type Criterion = z.output<typeof criterionSchema>;

/**
 * A link the import or the suggestion engine proposed and the designer has not accepted yet.
 * Accepting moves the item id into the outcome's `itemIds`; rejecting keeps it here, marked, so it
 * is not proposed again.
 */
export const suggestionSchema = z
  .object({
    itemId: itemRef,
    /** Similarity, 0 to 1: how much of the outcome's weighted words the item shares. */
    score: z.number().min(0).max(1),
    state: z.enum(['pending', 'rejected']),
  })
  .strict();
export type Suggestion = z.output<typeof suggestionSchema>;

export const outcomeSchema = z
  .object({
    id: localIdSchema,
    text: text(2000),
    /** The card items (skills and knowledge) this outcome develops. */
    itemIds: z.array(itemRef).max(200).default([]),
    criteria: z.array(criterionSchema).max(50).default([]),
    method: z.enum(ASSESSMENT_METHODS),
    suggestions: z.array(suggestionSchema).max(50).default([]),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (new Set(o.itemIds).size !== o.itemIds.length)
      ctx.addIssue({ code: 'custom', path: ['itemIds'], message: 'an item is linked twice' });
    if (new Set(o.criteria.map((c) => c.id)).size !== o.criteria.length)
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'criterion ids repeat' });
  });
export type Outcome = z.output<typeof outcomeSchema>;

export const moduleSchema = z
  .object({
    id: localIdSchema,
    /** The curriculum's own code, such as «КМ 01» or «БМ 02». */
    code: text(40),
    name: text(300),
    kind: z.enum(MODULE_KINDS),
    /** Contact hours: theory (lectures, seminars) and practice (laboratory, workshop, placement). */
    hours: z.object({ theory: hours, practice: hours }).strict(),
    /** Credits, for programmes counted in credits; null otherwise. */
    credits: z.number().min(0).max(500).multipleOf(0.5).nullable().default(null),
    outcomes: z.array(outcomeSchema).max(100).default([]),
  })
  .strict();
export type ProgrammeModule = z.output<typeof moduleSchema>;

/** A required item the programme leaves uncovered on purpose, with the designer's written reason. */
export const exceptionSchema = z.object({ itemId: itemRef, reason: text(2000) }).strict();
export type CoverageException = z.output<typeof exceptionSchema>;

export const programmeContentSchema = z
  .object({
    title: text(300),
    type: z.enum(PROGRAMME_TYPES),
    lang: z.enum(PROGRAMME_LANGS),
    volume: z.object({ unit: z.enum(VOLUME_UNITS), value: z.number().min(0).max(100_000) }).strict(),
    cards: z.array(programmeCardSchema).min(1).max(10),
    modules: z.array(moduleSchema).max(100).default([]),
    exceptions: z.array(exceptionSchema).max(500).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const cardKeys = p.cards.map((c) => `${c.code}/${c.level}`);
    if (new Set(cardKeys).size !== cardKeys.length)
      ctx.addIssue({ code: 'custom', path: ['cards'], message: 'a card is named twice' });
    const moduleIds = p.modules.map((m) => m.id);
    if (new Set(moduleIds).size !== moduleIds.length)
      ctx.addIssue({ code: 'custom', path: ['modules'], message: 'module ids repeat' });
    const outcomeIds = p.modules.flatMap((m) => m.outcomes.map((o) => o.id));
    if (new Set(outcomeIds).size !== outcomeIds.length)
      ctx.addIssue({ code: 'custom', path: ['modules'], message: 'outcome ids repeat' });
    const excepted = p.exceptions.map((e) => e.itemId);
    if (new Set(excepted).size !== excepted.length)
      ctx.addIssue({ code: 'custom', path: ['exceptions'], message: 'an item has two exceptions' });
  });
export type ProgrammeContent = z.output<typeof programmeContentSchema>;

/** A stored programme: where it stands, and its document. */
export type Programme = {
  id: string;
  orgId: string;
  status: ProgrammeStatus;
  /** Raised by every save; a save must name the version it was made from (optimistic concurrency). */
  version: number;
  createdAt: string;
  updatedAt: string;
  finalisedAt: string | null;
  demo: boolean;
  content: ProgrammeContent;
};

/** Every outcome with its module, in the document's order. */
export function outcomesOf(
  content: Pick<ProgrammeContent, 'modules'>,
): { module: ProgrammeModule; outcome: Outcome }[] {
  return content.modules.flatMap((module) => module.outcomes.map((outcome) => ({ module, outcome })));
}

/** Practice is where a skill is performed, not only described: a practice module, or practice hours. */
export function isPractical(module: Pick<ProgrammeModule, 'kind' | 'hours'>): boolean {
  return module.kind === 'practice' || module.hours.practice > 0;
}
