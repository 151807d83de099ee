/**
 * Draft editions: listed, created (from a published edition or empty), read with their items,
 * edited in batches (each item edit names the item revision it was made from; an older one is a
 * 409 naming the item), checked live and compared with the base edition. The review workflow
 * and publishing live in draft-review.ops.ts.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { diffEditions } from '../../domain/editions/diff.js';
import { lintEdition, summarize } from '../../domain/quality/index.js';
import { AppError } from '../../domain/shared/errors.js';
import { checkInvariants } from '../../domain/standard/invariants.js';
import { DRAFT_STATUSES } from '../../domain/workbench/draft.js';
import { itemUuid } from '../../storage/identity.js';
import { listEditions } from '../../storage/repositories/edition.repository.js';
import { listDraftItems, listDrafts } from '../../storage/repositories/draft.repository.js';
import { diffSchema } from '../analysis/schemas/diff.js';
import { defineOperation } from '../operations/operation.js';
import { RULE_INFO } from '../quality.service.js';
import { emptyEdition, materialiseRow, readEditionThrough, requireDraft, resolveEditionThrough } from './draft-core.js';
import { applyEditsToDraft } from './draft-edit.js';
import {
  createDraftInput,
  draftChecksSchema,
  draftEditResultSchema,
  draftEditsInput,
  draftItemSchema,
  draftParam,
  draftSchema,
} from './draft-schemas.js';
import { insertDraft } from './draft-store.js';
import { draftItemsView, draftView } from './draft-view.js';
import type { WorkbenchDeps } from './workbench-deps.js';

/** `cards[2] (2635-3-001.5)` → the item id in brackets, when the path names one. */
const itemIdIn = (path: string): string | null => /\(([0-9a-z][0-9a-z.-]*)\)/.exec(path)?.[1] ?? null;

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
    run: async ({ status, page, pageSize }, ctx) => {
      const { rows, total } = await listDrafts(ctx.db, {
        status,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const drafts = [];
      // One after the other: the embedded engine has a single connection.
      for (const row of rows) drafts.push(await draftView(ctx.db, row, ctx.actor));
      return { drafts, total, page, pageSize };
    },
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
    run: async ({ body }, ctx) => {
      const createdBy = userIdOf(ctx.actor);
      let id: string;
      if (body.from === 'edition') {
        // Read through the transaction: the embedded engine's one connection is held by it.
        const baseId = await resolveEditionThrough(ctx.db, body.edition);
        const edition = await readEditionThrough(ctx.db, baseId);
        id = await insertDraft(ctx.db, {
          edition,
          origin: 'edition',
          baseEditionId: baseId,
          officialText: edition.sourceText,
          createdBy,
          now: ctx.now,
        });
      } else {
        // A new standard's id must be new: an existing standard's next edition starts from it.
        if ((await listEditions(ctx.db)).some((e) => e.standardId === body.standardId)) {
          throw new AppError(
            'conflict',
            `The standard "${body.standardId}" already has editions; start a draft from one of them instead.`,
            [{ path: 'body.standardId', message: 'already the id of a stored standard' }],
          );
        }
        const edition = emptyEdition(body.standardId, body.title, ctx.now);
        id = await insertDraft(ctx.db, {
          edition,
          origin: 'empty',
          baseEditionId: null,
          officialText: null,
          createdBy,
          now: ctx.now,
        });
      }
      const row = await requireDraft(ctx.db, id);
      ctx.audit({
        targetKind: 'draft',
        targetId: id,
        after: { standardId: row.standardId, baseEditionId: row.baseEditionId, origin: row.origin },
      });
      return draftView(ctx.db, row, ctx.actor);
    },
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
    run: async ({ draftId }, ctx) => draftView(ctx.db, await requireDraft(ctx.db, draftId), ctx.actor),
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
    run: async ({ draftId, card }, ctx) => {
      const row = await requireDraft(ctx.db, draftId);
      const all = await listDraftItems(ctx.db, draftId);
      const wanted =
        card === undefined
          ? all
          : card === 'none'
            ? all.filter((item) => item.cardId === null && item.kind !== 'card')
            : all.filter((item) => item.id === card || item.cardId === card);
      if (card !== undefined && card !== 'none' && !all.some((item) => item.id === card && item.kind === 'card')) {
        throw new AppError('not_found', `The draft has no card ${card}.`);
      }
      return { revision: row.revision, items: await draftItemsView(ctx.db, row, wanted) };
    },
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
    run: async ({ draftId, edits }, ctx) => applyEditsToDraft(ctx, draftId, edits),
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
    run: async ({ draftId }, ctx) => {
      const row = await requireDraft(ctx.db, draftId);
      const { edition } = materialiseRow(row, await listDraftItems(ctx.db, draftId));
      const blocking = checkInvariants(edition)
        .filter((issue) => issue.severity === 'error')
        .map((issue) => ({ path: issue.path, message: issue.message, itemId: itemIdIn(issue.path) }));
      // The same report as /v1/quality, for the draft as it is now.
      const findings = lintEdition(edition);
      return {
        revision: row.revision,
        blocking,
        quality: { edition: edition.meta.id, summary: summarize(findings), rules: RULE_INFO, findings },
      };
    },
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
    run: async ({ draftId }, ctx) => {
      const row = await requireDraft(ctx.db, draftId);
      const { edition } = materialiseRow(row, await listDraftItems(ctx.db, draftId));
      // A new standard is compared with nothing: every item is added.
      const base = row.baseEditionId
        ? await readEditionThrough(ctx.db, row.baseEditionId)
        : { ...edition, terms: [], professions: [], cards: [] };
      return diffEditions(base, edition, { uuidOf: itemUuid });
    },
  });

  return { list, create, get, items, edit, checks, diff };
}
