/** Applying a batch of edits to a draft (drafts.edit). */
import { AppError } from '../../domain/shared/errors.js';
import type { DraftEdit } from '../../domain/workbench/draft.js';
import type { OperationContext } from '../operations/operation.js';
import type { DraftItemView } from './draft-view.js';

export async function applyEditsToDraft(
  _ctx: OperationContext,
  _draftId: string,
  _edits: DraftEdit[],
): Promise<{ revision: number; items: DraftItemView[] }> {
  throw new AppError('unprocessable', 'Not built yet.');
}
