/**
 * The workflow steps of a draft (submit, return, approve, withdraw, and publish's status check):
 * each names the draft revision it was taken at (an older one is a 409), is allowed only from
 * the statuses `DRAFT_STEPS` lists (409 saying the status), and records who took it and when.
 * Approval follows the one rule of draft-permissions.ts (a second methodologist, no open
 * comments) that the draft view's `can` flags follow too.
 */
import { type Actor, userIdOf } from '../../domain/access/actor.js';
import { AppError } from '../../domain/shared/errors.js';
import { checkInvariants } from '../../domain/standard/invariants.js';
import { DRAFT_STEPS, type DraftStatus, type DraftStep } from '../../domain/workbench/draft.js';
import { approvalRefusal } from '../../domain/workbench/draft-permissions.js';
import { insertComment, openComments } from '../../storage/repositories/draft-comment.repository.js';
import {
  type DraftPatch,
  type DraftRow,
  listDraftItems,
  updateDraftStatus,
} from '../../storage/repositories/draft.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { materialiseRow, requireDraft } from './draft-core.js';

/** The draft at the revision the caller read, in a status the step starts from; else 409. */
export async function draftForStep(
  ex: Executor,
  draftId: string,
  step: DraftStep,
  revision: number,
): Promise<DraftRow> {
  const row = await requireDraft(ex, draftId);
  if (row.revision !== revision) {
    throw new AppError(
      'conflict',
      `The draft changed since you read it (revision ${revision}; it is now at revision ${row.revision}). Reload it and try again.`,
    );
  }
  const from = DRAFT_STEPS[step].from as readonly DraftStatus[];
  if (!from.includes(row.status)) {
    throw new AppError(
      'conflict',
      `The draft is ${row.status}; it can be ${stepPast[step]} only when it is ${from.join(' or ')}.`,
    );
  }
  return row;
}

const stepPast: Record<DraftStep, string> = {
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
};

/** Structural errors of the draft as it is now (the live checks' blocking list): they stop submitting. */
export async function blockingErrors(ex: Executor, row: DraftRow): Promise<{ path: string; message: string }[]> {
  const items = await listDraftItems(ex, row.id);
  const { edition } = materialiseRow(row, items, false);
  return checkInvariants(edition)
    .filter((i) => i.severity === 'error')
    .map((i) => ({ path: i.path, message: i.message }));
}

/**
 * Takes one step: checks who may take it, records the comment (return requires one), moves the
 * status on and bumps the revision. Answers the updated row.
 */
export async function takeStep(
  ex: Executor,
  input: { draftId: string; revision: number; comment?: string | undefined },
  step: Exclude<DraftStep, 'publish'>,
  actor: Actor,
  now: Date,
): Promise<{ before: DraftRow; after: DraftRow }> {
  const row = await draftForStep(ex, input.draftId, step, input.revision);
  const me = userIdOf(actor);
  const patch: DraftPatch = { status: DRAFT_STEPS[step].to, revision: row.revision + 1, updatedAt: now };

  if (step === 'submit') {
    const errors = await blockingErrors(ex, row);
    if (errors.length > 0) {
      throw new AppError(
        'unprocessable',
        `The draft has ${errors.length} structural error(s) to fix before review (see its checks).`,
        errors.slice(0, 50),
      );
    }
    patch.submittedBy = me;
    patch.submittedAt = now;
    patch.approvedBy = null;
    patch.approvedAt = null;
  }
  if (step === 'return') {
    if (!input.comment) {
      throw new AppError('validation_failed', 'Say why the draft goes back: a comment is required to return it.', [
        { path: 'comment', message: 'Required to return a draft.' },
      ]);
    }
    patch.approvedBy = null;
    patch.approvedAt = null;
  }
  if (step === 'approve') {
    const open = await openComments(ex, row.id);
    const refusal = approvalRefusal(
      {
        status: row.status,
        createdBy: row.createdBy?.id ?? null,
        submittedBy: row.submittedBy?.id ?? null,
        openComments: 0,
      },
      me,
    );
    if (refusal) throw new AppError('forbidden', `Approval needs a second methodologist. ${refusal}`);
    if (open.length > 0) {
      throw new AppError(
        'unprocessable',
        `${open.length} review comment(s) are still open; resolve them before approving: ${open.map((c) => c.id).join(', ')}.`,
        open.map((c) => ({ path: c.itemId ? `items.${c.itemId}` : 'draft', message: `Open comment ${c.id}.` })),
      );
    }
    patch.approvedBy = me;
    patch.approvedAt = now;
  }
  if (input.comment) await insertComment(ex, { draftId: row.id, itemId: null, body: input.comment, authorId: me, now });
  if (!(await updateDraftStatus(ex, row.id, patch, row.revision))) {
    throw new AppError('conflict', 'The draft changed while the step was taken. Reload it and try again.');
  }
  return { before: row, after: await requireDraft(ex, row.id) };
}
