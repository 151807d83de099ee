/**
 * A draft edition of a standard, as the methodologists' workbench holds it: the edition's items
 * as flat records (the shape `item-tree.ts` stores published editions in), each with its own
 * revision so two methodologists editing the same item get a conflict rather than a silent
 * overwrite, and a workflow: draft → in review → approved → published. Publishing turns the
 * draft into a new edition; nothing published is ever changed or deleted (docs/authoring.md).
 */
import { z } from 'zod';
import { ITEM_KINDS, type ItemRecord } from '../standard/item-tree.js';
import {
  categories,
  educationFields,
  educationLevels,
  educationRequirementSchema,
  experienceRequirementSchema,
  itemIdSchema,
  localizedSchema,
  specialistGroups,
} from '../standard/schemas.js';

export const DRAFT_STATUSES = ['draft', 'in-review', 'approved', 'published', 'withdrawn'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** Which status each workflow step starts from and leads to. */
export const DRAFT_STEPS = {
  submit: { from: ['draft'], to: 'in-review' },
  /** A reviewer sends the draft back for more work (with a comment). */
  return: { from: ['in-review', 'approved'], to: 'draft' },
  approve: { from: ['in-review'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  withdraw: { from: ['draft', 'in-review', 'approved'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly DraftStatus[]; to: DraftStatus }>;
export type DraftStep = keyof typeof DRAFT_STEPS;

/** Items are edited only while the draft is a draft: review looks at a fixed text. */
export const isEditable = (status: DraftStatus): boolean => status === 'draft';

/** The kinds a methodologist adds, edits, moves and deprecates in the editor: every kind a standard has. */
export const EDITABLE_KINDS = ITEM_KINDS;

/** How an item of the draft stands against the edition the draft started from. */
export const ITEM_STATES = ['unchanged', 'changed', 'new', 'deprecated'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** An item of a draft: the stored record plus what the workbench tracks about it. */
export type DraftItem = ItemRecord & {
  /** Deprecated items leave the published edition but keep their id: it is never reused. */
  deprecated: boolean;
  /** Counts this item's changes; an edit names the revision it was made from. */
  revision: number;
  /** The item's content hash in the base edition; null for an item the draft added. */
  baseHash: string | null;
};

/**
 * The structured fields of an item besides its main text, for every kind at once (each kind
 * uses some of them; the others are refused for it). The main text is the item's name (card,
 * labour function, task, profession, term), label (qualification group) or own text.
 */
export const itemFieldsSchema = z
  .object({
    /** The number as printed ("3"); null removes it. */
    number: z.string().max(20).nullable(),
    note: z.string().max(2000).nullable(),
    /** Card: the profession code (2635-3-001); other name: its code. */
    code: z.string().max(40).nullable(),
    /** Card: the SQF level; link: the linked profession's level. */
    level: z.number().int().min(1).max(8),
    /** Card: its heading as printed. */
    title: localizedSchema,
    /** Card: the education the card requires, as printed, with the levels and fields it means. */
    educationLevel: localizedSchema.extend({
      levels: z.array(z.enum(educationLevels)).min(1),
      fields: z.array(z.enum(educationFields)).optional(),
    }),
    personalCompetencies: localizedSchema.nullable(),
    workingConditions: localizedSchema.nullable(),
    /** Card: the legal act its categories come from. */
    qualificationBasis: localizedSchema.nullable(),
    /** Qualification group. */
    group: z.enum(specialistGroups),
    /** Qualification rule. */
    category: z.enum(categories).nullable(),
    education: z.array(educationRequirementSchema).min(1),
    experience: experienceRequirementSchema.nullable(),
    /** Profession: the SQF levels the list gives it. */
    levels: z.array(z.number().int().min(1).max(8)).min(1),
    /** Profession: its cards; link: the card it points to (null: none in the standard). */
    cards: z.array(z.object({ code: z.string(), level: z.number().int() }).strict()),
    card: z.object({ code: z.string(), level: z.number().int() }).strict().nullable(),
    /** Term: its definition. */
    definition: localizedSchema,
  })
  .partial()
  .strict();
export type ItemFields = z.infer<typeof itemFieldsSchema>;

const revisionField = z.number().int().min(1).meta({ description: 'The item revision the edit was made from' });

/** One change to a draft. A batch of edits is applied whole or not at all. */
export const draftEditSchema = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('add'),
      kind: z.enum(EDITABLE_KINDS),
      /** The parent item; null for a card, term or profession. */
      parentId: itemIdSchema.nullable(),
      /** Index among the parent's children of this kind; the end when absent. */
      position: z.number().int().min(0).optional(),
      text: localizedSchema,
      fields: itemFieldsSchema.optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('update'),
      id: itemIdSchema,
      revision: revisionField,
      text: localizedSchema.optional(),
      fields: itemFieldsSchema.optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('move'),
      id: itemIdSchema,
      revision: revisionField,
      /** The new parent (the same one to reorder); null for a card, term or profession. */
      parentId: itemIdSchema.nullable(),
      position: z.number().int().min(0),
    })
    .strict(),
  z.object({ op: z.literal('deprecate'), id: itemIdSchema, revision: revisionField }).strict(),
  z.object({ op: z.literal('restore'), id: itemIdSchema, revision: revisionField }).strict(),
]);
export type DraftEdit = z.infer<typeof draftEditSchema>;

/** The order that makes a draft an edition: what publishing asks for. */
export const publishOrderSchema = z
  .object({
    number: z.string().trim().min(1).max(40),
    date: z.iso.date(),
    registration: z.object({ number: z.string().trim().min(1).max(40), date: z.iso.date() }).strict(),
    inForceFrom: z.iso.date(),
  })
  .strict();
export type PublishOrder = z.infer<typeof publishOrderSchema>;
