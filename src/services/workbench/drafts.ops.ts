/**
 * Draft editions: listed, created (from a published edition or empty), read with their items,
 * edited in batches (each item edit names the item revision it was made from; an older one is a
 * 409 naming the item), checked live and compared with the base edition. The review workflow
 * and publishing live in draft-review.ops.ts.
 */
import { z } from 'zod';
import { DRAFT_STATUSES } from '../../domain/workbench/draft.js';
import { AppError } from '../../domain/shared/errors.js';
import { diffSchema } from '../analysis/schemas/diff.js';
import { defineOperation } from '../operations/operation.js';
import {
  createDraftInput,
  draftChecksSchema,
  draftEditResultSchema,
  draftEditsInput,
  draftItemSchema,
  draftParam,
  draftSchema,
} from './draft-schemas.js';
import type { WorkbenchDeps } from './workbench-deps.js';

const todo = (): never => {
  throw new AppError('unprocessable', 'Not built yet.');
};

export function draftOperations(_deps: WorkbenchDeps) {
  const list = defineOperation({
    name: 'drafts.list',
    summary: 'Draft editions, newest change first, a page at a time',
    input: z.object({
      status: z.enum(DRAFT_STATUSES).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(25),
    }),
    output: z.object({ drafts: z.array(draftSchema), total: z.number(), page: z.number(), pageSize: z.number() }),
    action: 'standard.author',
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => todo(),
  });

  const create = defineOperation({
    name: 'drafts.create',
    summary: 'Start a draft edition: from a published edition, or empty for a new standard',
    input: z.object({ body: createDraftInput }),
    output: draftSchema,
    action: 'standard.author',
    writes: true,
    cache: 'none',
    audit: 'draft.created',
    run: async () => todo(),
  });

  const get = defineOperation({
    name: 'drafts.get',
    summary: 'One draft edition: status, counts against its base, what you may do now',
    input: draftParam,
    output: draftSchema,
    action: 'standard.author',
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => todo(),
  });

  const items = defineOperation({
    name: 'drafts.items',
    summary: "A draft's items (one card's, or the terms and professions with `card=none`), deprecated ones included",
    input: draftParam.extend({
      card: z.string().max(100).optional().meta({ description: 'A card item id, or `none`' }),
    }),
    output: z.object({ revision: z.number(), items: z.array(draftItemSchema) }),
    action: 'standard.author',
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => todo(),
  });

  const edit = defineOperation({
    name: 'drafts.edit',
    summary: 'Apply a batch of edits (add, update, move, deprecate, restore) to a draft, whole or not at all',
    input: draftEditsInput,
    output: draftEditResultSchema,
    action: 'standard.author',
    writes: true,
    cache: 'none',
    audit: 'draft.edited',
    run: async () => todo(),
  });

  const checks = defineOperation({
    name: 'drafts.checks',
    summary: 'The quality checks and structural errors on the draft as it is now',
    input: draftParam,
    output: draftChecksSchema,
    action: 'standard.author',
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => todo(),
  });

  const diff = defineOperation({
    name: 'drafts.diff',
    summary: 'What the draft changes against the edition it started from',
    input: draftParam,
    output: diffSchema,
    action: 'standard.author',
    writes: false,
    cache: 'private',
    audit: null,
    run: async () => todo(),
  });

  return { list, create, get, items, edit, checks, diff };
}
