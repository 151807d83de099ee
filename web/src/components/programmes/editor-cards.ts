/**
 * The programme's cards as the editor needs them: each card read in the edition the programme
 * names, and every skill and knowledge item by id with its official Kazakh text and its place
 * (labour function, task), so a linked id is shown with its text and the picker can list them.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { cardInEdition, type ProgrammeCardRef } from '../../api/programme-editor';
import type { CardDetail } from '../../api/types';

export type CardItem = {
  id: string;
  kind: 'skill' | 'knowledge';
  number: string | undefined;
  /** Official Kazakh text: shown as printed, never changed. */
  kk: string;
  cardKey: string;
  functionId: string;
  taskId: string | null;
};

export type LoadedCard = { ref: ProgrammeCardRef; key: string; detail?: CardDetail; error?: ApiError };

export type CardIndex = {
  cards: LoadedCard[];
  items: ReadonlyMap<string, CardItem>;
  loading: boolean;
};

export const cardKeyOf = (card: Pick<ProgrammeCardRef, 'code' | 'level'>) => `${card.code}/${card.level}`;

/** Every skill and knowledge item of a card, tasks' first and then the function's own, in the card's order. */
export function itemsOf(key: string, detail: CardDetail): CardItem[] {
  const out: CardItem[] = [];
  for (const f of detail.card.labourFunctions) {
    const push = (
      kind: CardItem['kind'],
      list: { id: string; number?: string; kk: string }[] | undefined,
      taskId: string | null,
    ) => {
      for (const item of list ?? [])
        out.push({ id: item.id, kind, number: item.number, kk: item.kk, cardKey: key, functionId: f.id, taskId });
    };
    for (const task of f.tasks) {
      push('skill', task.skills, task.id);
      push('knowledge', task.knowledge, task.id);
    }
    push('skill', f.skills, null);
    push('knowledge', f.knowledge, null);
  }
  return out;
}

export function useCardIndex(refs: readonly ProgrammeCardRef[]): CardIndex {
  const signature = refs.map((r) => `${cardKeyOf(r)}@${r.editionId}`).join('|');
  const [state, setState] = useState<{ signature: string; cards: LoadedCard[] }>({ signature: '', cards: [] });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for the refs
  useEffect(() => {
    let live = true;
    const wanted = refs.map((ref) => ({ ref, key: cardKeyOf(ref) }));
    Promise.all(
      wanted.map(({ ref, key }) =>
        cardInEdition(ref).then(
          (detail): LoadedCard => ({ ref, key, detail }),
          (error: unknown): LoadedCard => ({
            ref,
            key,
            error: error instanceof ApiError ? error : new ApiError(0, null, String(error)),
          }),
        ),
      ),
    ).then((cards) => live && setState({ signature, cards }));
    return () => {
      live = false;
    };
  }, [signature]);
  const items = useMemo(() => {
    const map = new Map<string, CardItem>();
    for (const card of state.cards)
      if (card.detail) for (const item of itemsOf(card.key, card.detail)) map.set(item.id, item);
    return map;
  }, [state.cards]);
  return { cards: state.cards, items, loading: state.signature !== signature };
}
