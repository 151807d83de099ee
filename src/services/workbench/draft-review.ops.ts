/**
 * Reviewing and publishing a draft: comments on items (resolved by anyone who can author), the
 * workflow steps (submit, return, approve by a second methodologist, withdraw), the impact of
 * publishing on stored categories, programmes, assessment specifications and certificates, and
 * publishing itself, which loads the draft as a new edition in the same transaction.
 */
import { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
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
import type { WorkbenchDeps } from './workbench-deps.js';

const todo = (): never => {
  throw new AppError('unprocessable', 'Not built yet.');
};

const stepInput = draftParam.extend({
  revision: draftRevisionSchema,
  /** Why (required to return a draft; optional otherwise): kept as a comment on the draft. */
  comment: z.string().trim().max(4000).optional(),
});

export function draftReviewOperations(_deps: WorkbenchDeps) {
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
    run: async () => todo(),
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
    run: async () => todo(),
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
    run: async () => todo(),
  });

  const step = (name: 'submit' | 'return' | 'approve' | 'withdraw', summary: string) =>
    defineOperation({
      name: `drafts.${name}`,
      summary,
      input: stepInput,
      output: draftSchema,
      action: 'standard.author',
      writes: true,
      cache: 'none',
      audit: `draft.${name === 'return' ? 'returned' : name === 'submit' ? 'submitted' : `${name}d`}`,
      run: async () => todo(),
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
    run: async () => todo(),
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
    run: async () => todo(),
  });

  return { comments, comment, resolveComment, submit, return: returnDraft, approve, withdraw, impact, publish };
}
