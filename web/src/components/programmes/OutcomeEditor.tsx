/**
 * One learning outcome: its text, its assessment method, its criteria, the card items it links
 * (each with its official Kazakh text, removable, more added with the picker) and the link
 * suggestions waiting for the designer's yes or no. Deleted behind a question that says what
 * goes with it.
 */
import { useId, useRef, useState } from 'react';
import { ASSESSMENT_METHODS, type ProgrammeOutcome } from '../../api/programme-editor';
import { useI18n } from '../../i18n';
import { ConfirmButton } from '../account/ConfirmButton';
import { useEditor } from './editor-context';
import { errorsUnder } from './editor-errors';
import { linkItems, updateModule, updateOutcome } from './editor-ops';
import { FieldError, TextField } from './EditorFields';
import { ItemPickerDialog } from './ItemPickerDialog';
import { OutcomeCriteria } from './OutcomeCriteria';
import { OutcomeLinks } from './OutcomeLinks';
import { SuggestionList } from './SuggestionList';

export function OutcomeEditor({
  moduleId,
  outcome,
  number,
}: {
  moduleId: string;
  outcome: ProgrammeOutcome;
  number: number;
}) {
  const { t } = useI18n();
  const { edit, readOnly, errors } = useEditor();
  const [picking, setPicking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const methodId = useId();
  const e = errorsUnder(errors, `o:${outcome.id}:`);
  const base = `outcome-${outcome.id}`;
  const change = (f: (o: ProgrammeOutcome) => ProgrammeOutcome) => edit((d) => updateOutcome(d, outcome.id, f));
  const label = t('prog.editor.outcomeLabel', { n: number });
  const listed = Object.entries(e).filter(([field]) => field !== 'text' && field !== 'method');

  return (
    <article
      className="prog-outcome"
      aria-labelledby={`${base}-label`}
      data-testid="prog-outcome"
      data-outcome-id={outcome.id}
    >
      <h5 id={`${base}-label`} className="prog-outcome-label">
        {label}
      </h5>
      <fieldset className="prog-outcome-fields" disabled={readOnly}>
        <legend className="visually-hidden">{label}</legend>
        <TextField
          id={`${base}-text`}
          multiline
          label={t('prog.editor.outcomeText')}
          value={outcome.text}
          maxLength={2000}
          error={e.text}
          onChange={(text) => change((o) => ({ ...o, text }))}
          testId="outcome-text"
        />
        <div className="field prog-method">
          <label htmlFor={methodId}>{t('prog.editor.method')}</label>
          <select
            id={methodId}
            value={outcome.method}
            onChange={(ev) => change((o) => ({ ...o, method: ev.target.value as ProgrammeOutcome['method'] }))}
            data-testid="outcome-method"
          >
            {ASSESSMENT_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`prog.method.${method}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${methodId}-error`} message={e.method} />
        </div>
        {listed.length > 0 && (
          <ul className="field-error" data-testid="prog-field-error">
            {listed.map(([field, message]) => (
              <li key={field}>
                <code>{field}</code>: {message}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <OutcomeCriteria outcome={outcome} change={change} />
      <OutcomeLinks outcome={outcome} change={change} />
      {!readOnly && (
        <p className="prog-noprint">
          <button
            type="button"
            ref={opener}
            className="secondary small"
            onClick={() => setPicking(true)}
            data-testid="outcome-link-items"
          >
            {t('prog.editor.linkItems')}
            <span className="visually-hidden"> ({label})</span>
          </button>
        </p>
      )}
      <SuggestionList outcome={outcome} change={change} />
      {!readOnly && (
        <div className="button-row prog-noprint">
          <ConfirmButton
            label={t('prog.editor.deleteOutcome')}
            what={label}
            question={t('prog.editor.deleteOutcomeQuestion', {
              criteria: outcome.criteria.length,
              links: outcome.itemIds.length,
            })}
            confirm={t('prog.editor.deleteYes')}
            testId="outcome-delete"
            onConfirm={async () => {
              edit((d) =>
                updateModule(d, moduleId, (m) => ({ ...m, outcomes: m.outcomes.filter((o) => o.id !== outcome.id) })),
              );
              requestAnimationFrame(() => document.getElementById(`module-${moduleId}-outcomes`)?.focus());
            }}
          />
        </div>
      )}
      {picking && (
        <ItemPickerDialog
          outcome={outcome}
          onClose={(chosen) => {
            setPicking(false);
            if (chosen.length > 0) change((o) => linkItems(o, chosen));
            // Focus goes back to the button that opened the picker.
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      )}
    </article>
  );
}
