/**
 * The draft's items for the editor: read once, kept here, updated in place from each edit's
 * answer and then read again (a move renumbers the siblings, which the answer does not carry).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/client';
import { type DraftEdit, type DraftItem, editDraft, getDraftItems } from '../../api/workbench';
import { mergeItems } from './item-model';

export type DraftItemsState = {
  items: DraftItem[] | undefined;
  error: ApiError | undefined;
  /** Reads every item again. */
  reload: () => Promise<void>;
  /** Sends a batch of edits; throws the server's refusal (a 409 names the item) for the form to show. */
  edit: (edits: DraftEdit[]) => Promise<void>;
};

export function useDraftItems(draftId: string, onChanged: () => void): DraftItemsState {
  const [items, setItems] = useState<DraftItem[] | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const live = useRef(true);
  const changed = useRef(onChanged);
  changed.current = onChanged;
  const reload = useCallback(async () => {
    try {
      const answer = await getDraftItems(draftId);
      if (live.current) {
        setItems(answer.items);
        setError(undefined);
      }
    } catch (e) {
      if (live.current) setError(e as ApiError);
    }
  }, [draftId]);
  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [reload]);
  const edit = useCallback(
    async (edits: DraftEdit[]) => {
      const answer = await editDraft(draftId, edits);
      setItems((old) => (old ? mergeItems(old, answer.items) : old));
      await reload();
      changed.current();
    },
    [draftId, reload],
  );
  return { items, error, reload, edit };
}
