/**
 * The shapes the workbench operations take and answer: a draft, its items, comments, the live
 * checks, the impact of publishing and the publish report. The web app's types are generated
 * from these (through the OpenAPI document), so they are the API contract.
 */
import { z } from 'zod';
import { ITEM_KINDS } from '../../domain/standard/item-tree.js';
import { itemIdSchema, localizedSchema } from '../../domain/standard/schemas.js';
import {
  DRAFT_STATUSES,
  ITEM_STATES,
  draftEditSchema,
  itemFieldsSchema,
  publishOrderSchema,
} from '../../domain/workbench/draft.js';
import { uuidSchema } from '../accounts/schemas.js';
import { qualityReportSchema } from '../analysis/schemas/quality.js';

export const draftParam = z.object({
  draftId: uuidSchema.meta({ description: 'The draft', example: '0b5f3c1e-6a4f-4f2e-9c61-3f8d7e2a9b10' }),
});

export const draftRevisionSchema = z.coerce
  .number({ error: 'revision is the number the draft was read at' })
  .int()
  .min(1)
  .meta({ description: 'The draft revision you read; a newer one answers 409', example: 1 });

const personSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const DRAFT_ORIGINS = ['edition', 'empty', 'xlsx', 'case', 'csv', 'json'] as const;

export const draftSchema = z
  .object({
    id: z.string(),
    standardId: z.string(),
    title: localizedSchema,
    /** The published edition it started from; null for a new standard. */
    baseEditionId: z.string().nullable(),
    origin: z.enum(DRAFT_ORIGINS),
    status: z.enum(DRAFT_STATUSES),
    /** Counts every change to the draft; the workflow steps name it. */
    revision: z.number(),
    createdBy: personSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedBy: personSchema,
    approvedBy: personSchema,
    publishedBy: personSchema,
    publishedAt: z.string().nullable(),
    /** The edition publishing made. */
    publishedEditionId: z.string().nullable(),
    /** Items against the base edition. */
    counts: z.object({ items: z.number(), new: z.number(), changed: z.number(), deprecated: z.number() }),
    /** Comments not yet resolved (approval waits for none). */
    openComments: z.number(),
    /**
     * `official`: every text cites the official text it came from; `compiled`: some text does
     * not (it was edited, or there is no official text), and publishing cites a compiled text.
     */
    source: z.object({ mode: z.enum(['official', 'compiled']), unmatchedTexts: z.number() }),
    /** What the signed-in methodologist may do now, so the page shows only those buttons. */
    can: z.object({
      edit: z.boolean(),
      submit: z.boolean(),
      return: z.boolean(),
      approve: z.boolean(),
      publish: z.boolean(),
      withdraw: z.boolean(),
    }),
  })
  .meta({ id: 'Draft' });

export const draftItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(ITEM_KINDS),
    parentId: z.string().nullable(),
    cardId: z.string().nullable(),
    position: z.number(),
    /** The item's main text (null for a qualification group without a printed label). */
    text: localizedSchema.nullable(),
    fields: itemFieldsSchema,
    deprecated: z.boolean(),
    revision: z.number(),
    state: z.enum(ITEM_STATES),
    /** The official Kazakh text in the base edition when it was changed (for a word diff). */
    baseText: z.string().nullable(),
    openComments: z.number(),
  })
  .meta({ id: 'DraftItem' });

export const draftEditsInput = draftParam.extend({
  edits: z.array(draftEditSchema).min(1).max(200),
});

export const draftEditResultSchema = z
  .object({
    revision: z.number(),
    /** The items the edits changed or added, as they are now. */
    items: z.array(draftItemSchema),
  })
  .meta({ id: 'DraftEditResult' });

export const draftCommentSchema = z
  .object({
    id: z.string(),
    itemId: z.string().nullable(),
    body: z.string(),
    author: personSchema,
    createdAt: z.string(),
    resolvedBy: personSchema,
    resolvedAt: z.string().nullable(),
  })
  .meta({ id: 'DraftComment' });

export const newCommentSchema = z
  .object({ itemId: itemIdSchema.nullable().default(null), body: z.string().trim().min(1).max(4000) })
  .strict();

/** The live checks: the quality linter and the structural invariants on the draft as it is now. */
export const draftChecksSchema = z
  .object({
    revision: z.number(),
    /** Structural errors that block publishing (a card without a code…), with their path. */
    blocking: z.array(z.object({ path: z.string(), message: z.string(), itemId: z.string().nullable() })),
    quality: qualityReportSchema,
  })
  .meta({ id: 'DraftChecks' });

export const IMPACT_KINDS = [
  'stored-category',
  'programme',
  'assessment-spec',
  'certificate',
  'development-plan',
] as const;

/** What publishing would affect downstream: stored things that point at changed or removed items. */
export const draftImpactSchema = z
  .object({
    baseEditionId: z.string().nullable(),
    changedItems: z.number(),
    removedItems: z.number(),
    entries: z.array(
      z.object({
        kind: z.enum(IMPACT_KINDS),
        orgId: z.string(),
        orgName: z.string(),
        /** The programme, specification, certificate… */
        targetId: z.string(),
        /** A sentence in English for API clients; the web app words its own from the fields below. */
        label: z.string(),
        /** The thing's own name: a programme's or specification's title, a certificate's number. */
        name: z.string().nullable(),
        /** The card it is on, when it is about one card. */
        card: z.object({ code: z.string(), level: z.number() }).nullable(),
        /** How many: stored categories on the card, changed items a plan names; null otherwise. */
        count: z.number().nullable(),
        /** The changed or removed items it points at. */
        items: z.array(z.object({ itemId: z.string(), change: z.enum(['changed', 'removed']) })),
        /** Where to open it in the web app (an org page), when there is one. */
        href: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DraftImpact' });

export const publishInput = draftParam.extend({
  revision: draftRevisionSchema,
  order: publishOrderSchema,
  /** The new edition's id; by default `order-<number>-<year of the order>`. */
  editionId: itemIdSchema.max(100).optional(),
});

export const publishResultSchema = z
  .object({
    draft: draftSchema,
    editionId: z.string(),
    /** The edition it replaced as current (now superseded); null for a new standard. */
    supersededEditionId: z.string().nullable(),
    items: z.object({ total: z.number(), new: z.number(), changed: z.number(), removed: z.number() }),
    impact: draftImpactSchema,
  })
  .meta({ id: 'PublishResult' });

export const createDraftInput = z.discriminatedUnion('from', [
  z
    .object({
      from: z.literal('edition'),
      /** The published edition to start from (`current` for the current one). */
      edition: z.string().max(100).default('current'),
    })
    .strict(),
  z
    .object({
      from: z.literal('empty'),
      standardId: itemIdSchema.max(60),
      title: localizedSchema,
    })
    .strict(),
]);
