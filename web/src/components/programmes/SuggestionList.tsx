/**
 * Links proposed for an outcome (by the curriculum import, or by "Suggest links" here): each with
 * how similar it is, as a bar and a percent, and the item's official text; accepted (it becomes a
 * link) or rejected (kept, marked, so it is not proposed again; shown behind a toggle, and can be
 * taken back). "Suggest links" asks the engine about the outcome's text in each of the cards.
 */
import { useRef, useState } from 'react';
import { suggestLinks } from '../../api/programme-editor';
import type { ProgrammeOutcome, SuggestedItem } from '../../api/programme-editor';
import { useI18n } from '../../i18n';
import { problemText } from '../account/common';
import { ItemId } from '../ItemId';
import { useEditor } from './editor-context';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  addSuggestions,
  rejectSuggestion,
  restoreSuggestion,
} from './editor-ops';

type Change = (f: (o: ProgrammeOutcome) => ProgrammeOutcome) => void;

export function SuggestionList({ outcome, change }: { outcome: ProgrammeOutcome; change: Change }) {
  const { t } = useI18n();
  const { readOnly, cards } = useEditor();
  const [showRejected, setShowRejected] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = outcome.suggestions.filter((s) => s.state === 'pending').sort((a, b) => b.score - a.score);
  const rejected = outcome.suggestions.filter((s) => s.state === 'rejected');
  const base = `outcome-${outcome.id}-suggestions`;
  const settle = (f: (o: ProgrammeOutcome) => ProgrammeOutcome) => {
    change(f);
    // The row is gone (or moved behind the toggle): keep the focus inside the list.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const row = (itemId: string, score: number, isRejected: boolean) => {
    const item = cards.items.get(itemId);
    const percent = Math.round(score * 100);
    return (
      <li
        key={itemId}
        className={`prog-suggestion${isRejected ? ' is-rejected' : ''}`}
        data-testid={isRejected ? 'suggestion-rejected' : 'suggestion'}
        data-item-id={itemId}
      >
        <span className="prog-score" title={t('prog.editor.score', { percent })}>
          <span className="prog-score-bar" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </span>
          <span className="small">{t('prog.editor.score', { percent })}</span>
        </span>
        <span className="prog-item-text">
          <ItemId id={itemId} />{' '}
          {item ? <span lang="kk">{item.kk}</span> : <span className="muted">{t('prog.editor.unknownItem')}</span>}
          {isRejected && <span className="muted small"> ({t('prog.editor.rejectedNote')})</span>}
        </span>
        {!readOnly && (
          <span className="button-row prog-noprint">
            {isRejected ? (
              <button
                type="button"
                className="secondary small"
                onClick={() => settle((o) => restoreSuggestion(o, itemId))}
                aria-label={t('prog.editor.restoreItem', { id: itemId })}
              >
                {t('prog.editor.restore')}
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="small"
                  onClick={() => settle((o) => acceptSuggestion(o, itemId))}
                  aria-label={t('prog.editor.acceptItem', { id: itemId })}
                  data-testid="suggestion-accept"
                >
                  {t('prog.editor.accept')}
                </button>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => settle((o) => rejectSuggestion(o, itemId))}
                  aria-label={t('prog.editor.rejectItem', { id: itemId })}
                  data-testid="suggestion-reject"
                >
                  {t('prog.editor.reject')}
                </button>
              </>
            )}
          </span>
        )}
      </li>
    );
  };
  return (
    <section className="prog-suggestions" aria-labelledby={base} data-testid="outcome-suggestions">
      {(pending.length > 0 || rejected.length > 0) && (
        <>
          <h6 id={base} ref={heading} tabIndex={-1}>
            {t('prog.editor.suggestions', { count: pending.length })}
          </h6>
          {pending.length > 0 && (
            <ul className="prog-suggestion-list">{pending.map((s) => row(s.itemId, s.score, false))}</ul>
          )}
          <div className="button-row prog-noprint">
            {!readOnly && pending.length > 1 && (
              <button
                type="button"
                className="secondary small"
                onClick={() => settle(acceptAllSuggestions)}
                data-testid="suggestion-accept-all"
              >
                {t('prog.editor.acceptAll')}
              </button>
            )}
            {rejected.length > 0 && (
              <button
                type="button"
                className="secondary small"
                aria-expanded={showRejected}
                aria-controls={`${base}-rejected`}
                onClick={() => setShowRejected((s) => !s)}
                data-testid="suggestion-toggle-rejected"
              >
                {showRejected
                  ? t('prog.editor.hideRejected')
                  : t('prog.editor.showRejected', { count: rejected.length })}
              </button>
            )}
          </div>
          {rejected.length > 0 && (
            <ul id={`${base}-rejected`} className="prog-suggestion-list" hidden={!showRejected}>
              {rejected.map((s) => row(s.itemId, s.score, true))}
            </ul>
          )}
        </>
      )}
      {!readOnly && <SuggestButton outcome={outcome} change={change} />}
    </section>
  );
}

function SuggestButton({ outcome, change }: { outcome: ProgrammeOutcome; change: Change }) {
  const { t } = useI18n();
  const { orgId, draft, cards } = useEditor();
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'done'; added: number }
    | { kind: 'failed'; error: unknown }
    | { kind: 'empty' }
  >({ kind: 'idle' });
  const ask = async () => {
    const text = outcome.text.trim();
    if (!text) {
      setState({ kind: 'empty' });
      return;
    }
    setState({ kind: 'busy' });
    try {
      const answers: SuggestedItem[] = [];
      // One card at a time: the suggestion engine reads a card per request.
      for (const card of draft.cards) answers.push(...(await suggestLinks(orgId, card, outcome)));
      // The engine reads the current edition; a programme on an older one may link only its own
      // edition's items (the save refuses others), so answers the programme's cards lack are dropped.
      const usable = cards.loading ? answers : answers.filter((a) => cards.items.has(a.itemId));
      // The count is taken from the outcome as it was asked about; the change applies to the newest draft.
      const added = addSuggestions(outcome, usable).added;
      change((o) => addSuggestions(o, usable).outcome);
      setState({ kind: 'done', added });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  const message =
    state.kind === 'busy'
      ? t('prog.editor.suggesting')
      : state.kind === 'empty'
        ? t('prog.editor.suggestNeedsText')
        : state.kind === 'done'
          ? state.added > 0
            ? t('prog.editor.suggestAdded', { count: state.added })
            : t('prog.editor.suggestNone')
          : state.kind === 'failed'
            ? `${t('prog.editor.suggestFailed')} ${problemText(t, state.error)}`
            : '';
  return (
    <div className="prog-suggest prog-noprint">
      <button
        type="button"
        className="secondary small"
        disabled={state.kind === 'busy'}
        onClick={() => void ask()}
        data-testid="outcome-suggest"
      >
        {t('prog.editor.suggest')}
      </button>{' '}
      <span className={state.kind === 'failed' ? 'form-error small' : 'muted small'} role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
