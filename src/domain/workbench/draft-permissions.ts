/**
 * What a methodologist may do with a draft now: the one rule the draft view's `can` flags and
 * the workflow operations both follow. Approval takes a second person — neither the one who
 * created the draft nor the one who submitted it — and waits until no review comment is open.
 */
import { DRAFT_STEPS, type DraftStatus, type DraftStep, isEditable } from './draft.js';

export type DraftPeople = {
  status: DraftStatus;
  createdBy: string | null;
  submittedBy: string | null;
  openComments: number;
};

const stepAllowed = (step: DraftStep, status: DraftStatus): boolean =>
  (DRAFT_STEPS[step].from as readonly DraftStatus[]).includes(status);

/** Why this person may not approve the draft, or null when they may. */
export function approvalRefusal(draft: DraftPeople, userId: string | null): string | null {
  if (!stepAllowed('approve', draft.status)) return `The draft is ${draft.status}; only a draft in review is approved.`;
  if (userId !== null && userId === draft.createdBy)
    return 'The methodologist who created the draft cannot approve it.';
  if (userId !== null && userId === draft.submittedBy)
    return 'The methodologist who submitted the draft cannot approve it.';
  if (draft.openComments > 0) return `${draft.openComments} review comment(s) are still open.`;
  return null;
}

export function draftPermissions(draft: DraftPeople, userId: string | null) {
  return {
    edit: isEditable(draft.status),
    submit: stepAllowed('submit', draft.status),
    return: stepAllowed('return', draft.status),
    approve: approvalRefusal(draft, userId) === null,
    publish: stepAllowed('publish', draft.status),
    withdraw: stepAllowed('withdraw', draft.status),
  };
}
