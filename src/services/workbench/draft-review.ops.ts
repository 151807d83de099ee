/**
 * Reviewing and publishing a draft: comments on items (resolved by anyone who can author), the
 * workflow steps (submit, return, approve by a second methodologist, withdraw), the impact of
 * publishing on stored categories, programmes, assessment specifications and certificates, and
 * publishing itself, which loads the draft as a new edition in the same transaction.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { AppError } from '../../domain/shared/errors.js';
import type { DraftStep } from '../../domain/workbench/draft.js';
import {
  type CommentRow,
  findComment,
  insertComment,
  listComments,
  resolveComment as markResolved,
} from '../../storage/repositories/draft-comment.repository.js';
import { listDraftItems } from '../../storage/repositories/draft.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import { materialiseRow, readEditionThrough, requireDraft } from './draft-core.js';
import { draftImpact } from './draft-impact.js';
import { publishDraft } from './draft-publish.js';
import {
  draftCommentSchema,
  draftImpactSchema,
  draftParam,
  draftRevisionSchema,
  draftSchema,
  newCommentSchema,
  publishInput,
  publishResultSchema,
} from './draft-schemas.js';
import { draftView } from './draft-view.js';
import { takeStep } from './draft-workflow.js';
import type { WorkbenchDeps } from './workbench-deps.js';

const commentView = (c: CommentRow) => ({
  id: c.id,
  itemId: c.itemId,
  body: c.body,
  author: c.author,
  createdAt: c.createdAt.toISOString(),
  resolvedBy: c.resolvedBy,
  resolvedAt: c.resolvedAt?.toISOString() ?? null,
});

async function requireComment(ex: Executor, draftId: string, id: string): Promise<CommentRow> {
  const found = await findComment(ex, draftId, id);
  if (!found) throw new AppError('not_found', `The draft has no comment ${id}.`);
  return found;
}

const stepInput = draftParam.extend({
  revision: draftRevisionSchema,
  /** Why (required to return a draft; optional otherwise): kept as a comment on the draft. */
  comment: z.string().trim().max(4000).optional(),
});

export function draftReviewOperations(deps: WorkbenchDeps) {
  const comments = defineOperation({
    name: 'drafts.comments',
    summary: "A draft's review comments, oldest first",
    input: draftParam.extend({
      open: z.enum(['true', 'false']).optional().meta({ description: '`true`: only unresolved' }),
    }),
    output: z.object({ comments: z.array(draftCommentSchema) }),
    action: 'standard.author',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireDraft(ctx.db, input.draftId);
      const rows = await listComments(ctx.db, input.draftId, input.open === 'true');
      return { comments: rows.map(commentView) };
    },
  });

  const comment = defineOperation({
    name: 'drafts.comment',
    summary: 'Comment on a draft, or on one of its items',
    input: draftParam.extend({ body: newCommentSchema }),
    output: draftCommentSchema,
    action: 'standard.author',
    writes: true,
    cache: 'none',
    audit: 'draft.commented',
    run: async (input, ctx) => {
      const draft = await requireDraft(ctx.db, input.draftId);
      const { itemId, body } = input.body;
      if (itemId !== null && !(await listDraftItems(ctx.db, draft.id)).some((i) => i.id === itemId)) {
        throw new AppError('validation_failed', `The draft has no item "${itemId}".`, [
          { path: 'body.itemId', message: 'Not an item of this draft.' },
        ]);
      }
      const id = await insertComment(ctx.db, {
        draftId: draft.id,
        itemId,
        body,
        authorId: userIdOf(ctx.actor),
        now: ctx.now,
      });
      ctx.audit({ targetKind: 'draft', targetId: draft.id, after: { commentId: id, itemId } });
      return commentView(await requireComment(ctx.db, draft.id, id));
    },
  });

  const resolveComment = defineOperation({
    name: 'drafts.resolveComment',
    summary: 'Mark a review comment resolved',
    input: draftParam.extend({ commentId: uuidSchema.meta({ example: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' }) }),
    output: draftCommentSchema,
    action: 'standard.author',
    writes: true,
    cache: 'none',
    audit: 'draft.comment-resolved',
    run: async (input, ctx) => {
      const before = await requireComment(ctx.db, input.draftId, input.commentId);
      // Resolving a resolved comment answers it as it is (who resolved it first stays).
      if (before.resolvedAt === null)
        await markResolved(ctx.db, input.draftId, before.id, userIdOf(ctx.actor), ctx.now);
      ctx.audit({
        targetKind: 'draft',
        targetId: input.draftId,
        after: { commentId: before.id, alreadyResolved: before.resolvedAt !== null },
      });
      return commentView(await requireComment(ctx.db, input.draftId, before.id));
    },
  });

  const step = (name: Exclude<DraftStep, 'publish'>, summary: string) =>
    defineOperation({
      name: `drafts.${name}`,
      summary,
      input: stepInput,
      output: draftSchema,
      action: 'standard.author',
      writes: true,
      cache: 'none',
      audit: `draft.${name === 'return' ? 'returned' : name === 'submit' ? 'submitted' : `${name}d`}`,
      run: async (input, ctx) => {
        const { before, after } = await takeStep(ctx.db, input, name, ctx.actor, ctx.now);
        ctx.audit({
          targetKind: 'draft',
          targetId: after.id,
          before: { status: before.status, revision: before.revision },
          after: { status: after.status, revision: after.revision },
        });
        return draftView(ctx.db, after, ctx.actor);
      },
    });

  const submit = step('submit', 'Send a draft for review');
  const returnDraft = step('return', 'Send a draft back to its authors, with a comment saying why');
  const approve = step('approve', 'Approve a draft in review: a methodologist other than the one who submitted it');
  const withdraw = step('withdraw', 'Withdraw a draft that will not be published');

  const impact = defineOperation({
    name: 'drafts.impact',
    summary: 'What publishing the draft would affect: stored things that point at changed or removed items',
    input: draftParam,
    output: draftImpactSchema,
    action: 'standard.author',
    writes: false,
    cache: 'none',
    audit: null,
    run: async (input, ctx) => {
      const row = await requireDraft(ctx.db, input.draftId);
      const { edition } = materialiseRow(row, await listDraftItems(ctx.db, row.id));
      const base = row.baseEditionId ? await readEditionThrough(ctx.db, row.baseEditionId) : null;
      return draftImpact(ctx.db, row.baseEditionId, base, edition);
    },
  });

  const publish = defineOperation({
    name: 'drafts.publish',
    summary: 'Publish an approved draft as a new edition with its order, and make it current',
    input: publishInput,
    output: publishResultSchema,
    action: 'standard.author',
    writes: true,
    cache: 'none',
    audit: 'draft.published',
    run: async (input, ctx) => {
      const done = await publishDraft(ctx.db, input, ctx.actor, ctx.now);
      const editions = deps.useCases.editions;
      // Queued in this transaction: PostgreSQL delivers them to other processes on commit only.
      await editions.queueChange(ctx.db, done.editionId);
      if (done.supersededEditionId) await editions.queueChange(ctx.db, done.supersededEditionId);
      ctx.audit({
        targetKind: 'draft',
        targetId: input.draftId,
        before: { editionId: done.supersededEditionId },
        after: {
          editionId: done.editionId,
          items: done.items,
          impact: {
            entries: done.impact.entries.length,
            changed: done.impact.changedItems,
            removed: done.impact.removedItems,
          },
        },
      });
      ctx.afterCommit(async () => {
        // Every cache built on editions (lists, search, card pages, quality, HR card books) drops.
        editions.changed({ kind: 'edition', id: done.editionId });
        if (done.supersededEditionId) editions.changed({ kind: 'edition', id: done.supersededEditionId });
      });
      const row = await requireDraft(ctx.db, input.draftId);
      return {
        draft: await draftView(ctx.db, row, ctx.actor),
        editionId: done.editionId,
        supersededEditionId: done.supersededEditionId,
        items: done.items,
        impact: done.impact,
      };
    },
  });

  return { comments, comment, resolveComment, submit, return: returnDraft, approve, withdraw, impact, publish };
}
