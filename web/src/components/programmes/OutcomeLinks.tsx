/**
 * The card items an outcome links: each with its id, whether it is a skill or knowledge, and its
 * official Kazakh text as the card prints it; each removable. An id the cards do not have (from a
 * removed item or another edition) is still shown, marked, so it can be removed.
 */
import { useRef, useState } from 'react';
import type { ProgrammeOutcome } from '../../api/programme-editor';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';
import { useEditor } from './editor-context';
import { unlinkItem } from './editor-ops';

/** How many links show before the toggle. */
const FOLD_AFTER = 5;

export function OutcomeLinks({
  outcome,
  change,
}: {
  outcome: ProgrammeOutcome;
  change: (f: (o: ProgrammeOutcome) => ProgrammeOutcome) => void;
}) {
  const { t } = useI18n();
  const { readOnly, cards } = useEditor();
  const heading = useRef<HTMLHeadingElement>(null);
  const [all, setAll] = useState(false);
  const base = `outcome-${outcome.id}-links`;
  // A proposal links a task's every skill and knowledge item: past a few, the rest wait behind a toggle.
  const folded = !all && outcome.itemIds.length > FOLD_AFTER + 1;
  return (
    <section className="prog-links" aria-labelledby={base} data-testid="outcome-links">
      <h6 id={base} ref={heading} tabIndex={-1}>
        {t('prog.editor.links', { count: outcome.itemIds.length })}
      </h6>
      {outcome.itemIds.length === 0 ? (
        <p className="muted small">{t('prog.editor.linksEmpty')}</p>
      ) : (
        <ul className="prog-item-list">
          {outcome.itemIds.map((id, index) => {
            const item = cards.items.get(id);
            return (
              <li
                key={id}
                className="prog-item"
                data-testid="linked-item"
                data-item-id={id}
                hidden={folded && index >= FOLD_AFTER}
              >
                <span className="prog-item-text">
                  {item && (
                    <span className={`prog-kind prog-kind-${item.kind}`}>{t(`prog.editor.itemKind.${item.kind}`)}</span>
                  )}{' '}
                  <ItemId id={id} />{' '}
                  {item ? (
                    <span lang="kk">{item.kk}</span>
                  ) : (
                    <span className="muted">
                      {cards.loading ? t('prog.editor.cardsLoading') : t('prog.editor.unknownItem')}
                    </span>
                  )}
                </span>
                {!readOnly && (
                  <button
                    type="button"
                    className="secondary small prog-noprint"
                    onClick={() => {
                      change((o) => unlinkItem(o, id));
                      requestAnimationFrame(() => heading.current?.focus());
                    }}
                    aria-label={t('prog.editor.unlink', { id })}
                    data-testid="linked-item-remove"
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {outcome.itemIds.length > FOLD_AFTER + 1 && (
        <button
          type="button"
          className="secondary small prog-noprint"
          aria-expanded={all}
          onClick={() => setAll((a) => !a)}
          data-testid="linked-toggle"
        >
          {all ? t('prog.editor.linksFewer') : t('prog.editor.linksAll', { count: outcome.itemIds.length })}
        </button>
      )}
    </section>
  );
}
