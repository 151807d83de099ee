/**
 * The find box over the official text: type a word (debounced, so the text is searched once
 * the typing pauses), see "3 of 12", step with the buttons or Enter / Shift+Enter. It only
 * reports the phrase and the step; the page finds and marks.
 */
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n';

export const FIND_DELAY_MS = 200;

type Props = {
  /** Called with the phrase once typing pauses. */
  onPhrase: (phrase: string) => void;
  count: number;
  capped: boolean;
  /** 0-based index of the current match, -1 when none. */
  current: number;
  onStep: (delta: 1 | -1) => void;
  searched: boolean;
};

export function SourceFind({ onPhrase, count, capped, current, onStep, searched }: Props) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => onPhrase(value), FIND_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [value, onPhrase]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // Enter before the pause: search now rather than step through the old phrase's matches.
    onPhrase(value);
    if (count > 0) onStep(event.shiftKey ? -1 : 1);
  };

  const status = !searched
    ? ''
    : count === 0
      ? t('source.findNone')
      : t(capped ? 'source.findOfMany' : 'source.findOf', { n: current + 1, total: count });

  return (
    <search className="source-find" aria-label={t('source.findLabel')}>
      <label htmlFor="source-find-input">{t('source.findLabel')}</label>
      <div className="source-find-row">
        <input
          id="source-find-input"
          type="search"
          lang="kk"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="source-find-status"
        />
        <button
          type="button"
          className="secondary"
          onClick={() => onStep(-1)}
          disabled={count === 0}
          aria-label={t('source.findPrev')}
          title={t('source.findPrev')}
        >
          ↑
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => onStep(1)}
          disabled={count === 0}
          aria-label={t('source.findNext')}
          title={t('source.findNext')}
        >
          ↓
        </button>
      </div>
      <p id="source-find-status" className="small source-find-status" role="status" data-testid="source-find-status">
        {status}
      </p>
    </search>
  );
}
