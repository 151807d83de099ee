/**
 * The draft page's checks, changes and review tabs: the generated types under short names, and
 * one function per request (typed by ./schema.d.ts through `api`, so a path or body that differs
 * from the server's OpenAPI document fails to compile). Every workflow step sends the draft
 * revision it was read at; a newer one answers 409.
 */
import type { components, paths } from './schema';
import { api, call } from './session';

type Schemas = components['schemas'];

export type Draft = Schemas['Draft'];
export type EditionDiff = Schemas['EditionDiff'];
export type DraftChecks = Schemas['DraftChecks'];
export type BlockingError = DraftChecks['blocking'][number];
export type DraftComment = Schemas['DraftComment'];
export type DraftImpact = Schemas['DraftImpact'];
export type ImpactEntry = DraftImpact['entries'][number];
export type ImpactKind = ImpactEntry['kind'];
export type PublishResult = Schemas['PublishResult'];
export type PublishBody = NonNullable<
  paths['/v1/drafts/{draftId}/publish']['post']['requestBody']
>['content']['application/json'];
export type PublishOrder = PublishBody['order'];

/** The workflow steps that take only the revision (and a comment). */
export type WorkflowStep = 'submit' | 'return' | 'approve' | 'withdraw';
export const WORKFLOW_STEPS: readonly WorkflowStep[] = ['submit', 'return', 'approve', 'withdraw'];

export const IMPACT_KINDS: readonly ImpactKind[] = [
  'stored-category',
  'programme',
  'assessment-spec',
  'certificate',
  'development-plan',
];

const at = (draftId: string) => ({ params: { path: { draftId } } });

export const getDraft = (draftId: string) => call(api.GET('/v1/drafts/{draftId}', at(draftId)));

/*
 * The typed client widens the schema's tuples (a source's `lines: [from, to]`) to arrays in the
 * answers it infers; the answers are the documented schemas, so they are named as such.
 */
export const getChecks = (draftId: string) =>
  call(api.GET('/v1/drafts/{draftId}/checks', at(draftId))) as Promise<DraftChecks>;

export const getDraftDiff = (draftId: string) =>
  call(api.GET('/v1/drafts/{draftId}/diff', at(draftId))) as Promise<EditionDiff>;

export const getImpact = (draftId: string) => call(api.GET('/v1/drafts/{draftId}/impact', at(draftId)));

export const getComments = (draftId: string, onlyOpen: boolean) =>
  call(
    api.GET('/v1/drafts/{draftId}/comments', {
      params: { path: { draftId }, query: onlyOpen ? { open: 'true' } : {} },
    }),
  );

export const addComment = (draftId: string, itemId: string | null, body: string) =>
  call(api.POST('/v1/drafts/{draftId}/comments', { ...at(draftId), body: { itemId, body } }));

export const resolveComment = (draftId: string, commentId: string) =>
  call(
    api.POST('/v1/drafts/{draftId}/comments/{commentId}/resolve', {
      params: { path: { draftId, commentId } },
    }),
  );

/** One workflow step on the draft as read (its revision); `comment` is kept on the draft. */
export function takeStep(draft: Draft, step: WorkflowStep, comment?: string): Promise<Draft> {
  const body = { revision: draft.revision, ...(comment?.trim() ? { comment: comment.trim() } : {}) };
  const path = at(draft.id);
  if (step === 'submit') return call(api.POST('/v1/drafts/{draftId}/submit', { ...path, body }));
  if (step === 'return') return call(api.POST('/v1/drafts/{draftId}/return', { ...path, body }));
  if (step === 'approve') return call(api.POST('/v1/drafts/{draftId}/approve', { ...path, body }));
  return call(api.POST('/v1/drafts/{draftId}/withdraw', { ...path, body }));
}

export const publishDraft = (draft: Draft, order: PublishOrder) =>
  call(api.POST('/v1/drafts/{draftId}/publish', { ...at(draft.id), body: { revision: draft.revision, order } }));

/** The findings, blocking structural errors first, then errors, warnings and notes. */
export function orderedFindings(checks: DraftChecks) {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...checks.quality.findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
