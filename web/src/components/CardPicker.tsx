/**
 * Choosing a card: every card of the current edition in one <select>, grouped by SQF level.
 * The value is "CODE/LEVEL", the form the tools' URLs and the career API use.
 */
import { useEffect, useState } from 'react';
import { ApiError, apiUrl, fetchJson } from '../api/client';
import type { CardList, CardRef, CardSummary } from '../api/types';
import { useI18n } from '../i18n';

export const cardKey = (card: CardRef) => `${card.code}/${card.level}`;

/** "2635-3-001/5" → { code, level }; anything else → null. */
export function parseCardKey(value: string | null | undefined): CardRef | null {
  const match = /^(\d{4}-\d-\d{3})\/([1-8])$/.exec(value ?? '');
  return match ? { code: match[1] ?? '', level: Number(match[2]) } : null;
}

export type AllCards = { cards: CardSummary[] | undefined; error: ApiError | undefined; retry: () => void };

/** Every card of the current edition (all pages of /cards), in the UI language. */
export function useAllCards(): AllCards {
  const { lang } = useI18n();
  const [state, setState] = useState<{ lang: string; cards?: CardSummary[]; error?: ApiError }>({ lang: '' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    let live = true;
    (async () => {
      const cards: CardSummary[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 50; page++) {
        const list: CardList = await fetchJson<CardList>(apiUrl('/cards', { lang, limit: 100, cursor }));
        cards.push(...list.cards);
        cursor = list.nextCursor;
        if (!cursor) break;
      }
      return cards;
    })().then(
      (cards) => live && setState({ lang, cards }),
      (error: unknown) =>
        live && setState({ lang, error: error instanceof ApiError ? error : new ApiError(0, null, String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [lang, attempt]);
  return {
    cards: state.lang === lang ? state.cards : undefined,
    error: state.lang === lang ? state.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}

export function cardLabel(card: CardSummary, t: (key: 'common.level', vars: { n: number }) => string): string {
  return `${card.name.display.text} — ${card.code}, ${t('common.level', { n: card.level })}`;
}

type PickerProps = {
  id: string;
  cards: CardSummary[];
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  invalid?: boolean;
  describedBy?: string;
};

export function CardSelect({ id, cards, value, onChange, placeholder, invalid, describedBy }: PickerProps) {
  const { t } = useI18n();
  const levels = [...new Set(cards.map((c) => c.level))].sort((a, b) => a - b);
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">{placeholder}</option>
      {levels.map((level) => (
        <optgroup key={level} label={t('common.sqfLevel', { n: level })}>
          {cards
            .filter((c) => c.level === level)
            .map((c) => (
              <option key={c.id} value={cardKey(c)} lang={c.name.display.lang}>
                {cardLabel(c, t)}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
