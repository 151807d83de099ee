/**
 * drafts.edit: a batch of edits applied in the operation's transaction, whole or not at all. The
 * draft's row is locked first, so concurrent batches on one draft queue; an edit made from an
 * older revision of an item is refused (409) naming the item, its text and who changed it last;
 * a batch that would leave an item or a card invalid is refused (400) naming the item. Only a
 * draft in status `draft` is edited.
 */
import { AppError } from '../../domain/shared/errors.js';
import { type TranslationReviews, reviewsAfterChange, textsOf } from '../../domain/standard/translations.js';
import { type DraftEdit, type DraftItem, isEditable } from '../../domain/workbench/draft.js';
import { EditRefusal, type EditOutcome, applyDraftEdits } from '../../domain/workbench/draft-edits.js';
import { draftProblems } from '../../domain/workbench/materialise.js';
import {
  type StoredDraftItem,
  insertDraftItems,
  listDraftItems,
  lockDraft,
  setDraftItemPlace,
  updateDraftItem,
  updateDraftStatus,
  usedItemIds,
} from '../../storage/repositories/draft.repository.js';
import { userIdOf } from '../../domain/access/actor.js';
import type { OperationContext } from '../operations/operation.js';
import { draftMeta, requireDraft } from './draft-core.js';
import { type DraftItemView, draftItemsView } from './draft-view.js';

/** The refusal as the API answers it; a conflict says what the item says now and who changed it. */
function refused(error: EditRefusal, stored: readonly StoredDraftItem[]): AppError {
  if (error.kind === 'invalid') {
    return new AppError('validation_failed', error.message, [{ path: error.path, message: error.message }]);
  }
  const item = stored.find((i) => i.id === error.itemId);
  const text = item?.text?.kk ? ` It now reads: "${item.text.kk}".` : '';
  const who = item?.updatedBy ? ` Last changed by ${item.updatedBy.name}.` : '';
  const message = `${error.message}${text}${who} Reload the item and edit it again.`;
  return new AppError('conflict', message, [{ path: error.path, message }]);
}

/**
 * A reviewed translation of a text the batch changed (its Kazakh wording or the translation
 * itself) is a machine draft again: nobody has checked the new pair (docs/translations.md).
 */
function staleTranslations(
  reviews: TranslationReviews,
  stored: readonly StoredDraftItem[],
  changed: ReadonlySet<string>,
  items: ReadonlyMap<string, DraftItem>,
): TranslationReviews {
  const before = stored.filter((i) => changed.has(i.id)).flatMap((i) => textsOf(i.data));
  const after = [...changed].flatMap((id) => {
    const item = items.get(id);
    return item ? textsOf(item.data) : [];
  });
  return reviewsAfterChange(reviews, before, after);
}

export async function applyEditsToDraft(
  ctx: OperationContext,
  draftId: string,
  edits: DraftEdit[],
): Promise<{ revision: number; items: DraftItemView[] }> {
  if (!(await lockDraft(ctx.db, draftId))) throw new AppError('not_found', `There is no draft ${draftId}.`);
  const row = await requireDraft(ctx.db, draftId);
  if (!isEditable(row.status)) {
    throw new AppError('conflict', `The draft is ${row.status}; items are edited only while it is a draft.`);
  }
  const stored = await listDraftItems(ctx.db, draftId);
  const used = await usedItemIds(ctx.db, row.standardId);
  let outcome: EditOutcome;
  try {
    outcome = applyDraftEdits(stored, edits, used);
  } catch (error) {
    if (error instanceof EditRefusal) throw refused(error, stored);
    throw error;
  }
  const problems = draftProblems(draftMeta(row), [...outcome.items.values()], outcome.changed);
  if (problems.length > 0) {
    const first = problems[0];
    throw new AppError(
      'validation_failed',
      `The edits would leave item ${first?.itemId ?? ''} invalid: ${first?.message ?? ''}`,
      problems.slice(0, 20).map((p) => ({ path: p.path, message: p.message })),
    );
  }

  const by = userIdOf(ctx.actor);
  const newItems = [...outcome.added].map((id) => outcome.items.get(id)).filter((i) => i !== undefined);
  await insertDraftItems(ctx.db, draftId, newItems, by, ctx.now);
  // One after the other: inside the transaction the embedded engine has a single connection.
  for (const id of outcome.changed) {
    const item = outcome.items.get(id);
    if (item && !outcome.added.has(id)) await updateDraftItem(ctx.db, draftId, item, by, ctx.now);
  }
  for (const id of outcome.rewritten) {
    const item = outcome.items.get(id);
    if (item) await setDraftItemPlace(ctx.db, draftId, item);
  }
  const revision = row.revision + 1;
  const translationReviews = row.translationReviews
    ? staleTranslations(row.translationReviews, stored, outcome.changed, outcome.items)
    : undefined;
  await updateDraftStatus(ctx.db, draftId, { revision, updatedAt: ctx.now, translationReviews });
  ctx.audit({ targetKind: 'draft', targetId: draftId, after: { edits: outcome.summary, revision } });

  const now = await listDraftItems(ctx.db, draftId);
  const touched = now.filter((item) => outcome.changed.has(item.id));
  return { revision, items: await draftItemsView(ctx.db, { ...row, revision }, touched) };
}
