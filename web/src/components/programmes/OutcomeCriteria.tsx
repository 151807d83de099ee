/**
 * An outcome's assessment criteria: each a text field, moved up or down, removed; a new one added
 * at the end and focused. Removing a criterion needs no question: it is one line, typed again in
 * seconds, and nothing is saved until the designer saves.
 */
import { useRef } from 'react';
import type { ProgrammeOutcome } from '../../api/programme-editor';
import { useI18n } from '../../i18n';
import { useEditor } from './editor-context';
import { emptyCriterion, move } from './editor-ops';
import { TextField } from './EditorFields';

export function OutcomeCriteria({
  outcome,
  change,
}: {
  outcome: ProgrammeOutcome;
  change: (f: (o: ProgrammeOutcome) => ProgrammeOutcome) => void;
}) {
  const { t } = useI18n();
  const { readOnly, errors } = useEditor();
  const heading = useRef<HTMLHeadingElement>(null);
  const base = `outcome-${outcome.id}-criteria`;
  const focusCriterion = (id: string, part: 'text' | 'up' | 'down') =>
    requestAnimationFrame(() => document.getElementById(`criterion-${id}-${part}`)?.focus());

  const add = () => {
    const criterion = emptyCriterion();
    change((o) => ({ ...o, criteria: [...o.criteria, criterion] }));
    focusCriterion(criterion.id, 'text');
  };
  const moveBy = (index: number, by: number) => {
    const id = outcome.criteria[index]?.id;
    change((o) => ({ ...o, criteria: move(o.criteria, index, by) }));
    if (!id) return;
    const to = index + by;
    const edge = by < 0 ? to <= 0 : to >= outcome.criteria.length - 1;
    focusCriterion(id, by < 0 !== edge ? 'up' : 'down');
  };
  const remove = (id: string) => {
    change((o) => ({ ...o, criteria: o.criteria.filter((c) => c.id !== id) }));
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <section className="prog-criteria" aria-labelledby={base} data-testid="outcome-criteria">
      <h6 id={base} ref={heading} tabIndex={-1}>
        {t('prog.editor.criteria')}
      </h6>
      {outcome.criteria.length === 0 && <p className="muted small">{t('prog.editor.criteriaEmpty')}</p>}
      <ol className="prog-criterion-list">
        {outcome.criteria.map((criterion, index) => {
          const n = index + 1;
          return (
            <li key={criterion.id} className="prog-criterion" data-testid="criterion">
              <fieldset disabled={readOnly}>
                <legend className="visually-hidden">{t('prog.editor.criterionLabel', { n })}</legend>
                <TextField
                  id={`criterion-${criterion.id}-text`}
                  label={t('prog.editor.criterionLabel', { n })}
                  value={criterion.text}
                  maxLength={1000}
                  error={errors[`c:${criterion.id}:text`]}
                  onChange={(text) =>
                    change((o) => ({
                      ...o,
                      criteria: o.criteria.map((c) => (c.id === criterion.id ? { ...c, text } : c)),
                    }))
                  }
                  testId="criterion-text"
                />
                {!readOnly && (
                  <div className="button-row prog-noprint">
                    <button
                      type="button"
                      id={`criterion-${criterion.id}-up`}
                      className="secondary small"
                      disabled={index === 0}
                      onClick={() => moveBy(index, -1)}
                      aria-label={t('prog.editor.moveCriterionUp', { n })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`criterion-${criterion.id}-down`}
                      className="secondary small"
                      disabled={index === outcome.criteria.length - 1}
                      onClick={() => moveBy(index, 1)}
                      aria-label={t('prog.editor.moveCriterionDown', { n })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="secondary danger small"
                      onClick={() => remove(criterion.id)}
                      aria-label={t('prog.editor.removeCriterion', { n })}
                      data-testid="criterion-remove"
                    >
                      {t('prog.editor.remove')}
                    </button>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <p className="prog-noprint">
          <button type="button" className="secondary small" onClick={add} data-testid="criterion-add">
            {t('prog.editor.addCriterion')}
          </button>
        </p>
      )}
    </section>
  );
}
