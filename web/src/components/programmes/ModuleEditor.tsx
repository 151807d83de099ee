/**
 * One module in the editor: code, name, kind, theory and practice hours (credits in a credit
 * programme), moved up or down with buttons, deleted behind a question that says how many
 * outcomes go with it; and its learning outcomes. Collapsible, so a long programme stays
 * navigable on a phone.
 */
import { useId, useRef, useState } from 'react';
import { MODULE_KINDS, type ProgrammeModule } from '../../api/programme-editor';
import { useI18n } from '../../i18n';
import { ConfirmButton } from '../account/ConfirmButton';
import { useEditor } from './editor-context';
import { errorsUnder } from './editor-errors';
import { emptyOutcome, move, updateModule } from './editor-ops';
import { FieldError, NumberField, TextField } from './EditorFields';
import { OutcomeEditor } from './OutcomeEditor';

export function ModuleEditor({ module, index, count }: { module: ProgrammeModule; index: number; count: number }) {
  const { t } = useI18n();
  const { draft, edit, readOnly, errors } = useEditor();
  const [open, setOpen] = useState(true);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const kindId = useId();
  const e = errorsUnder(errors, `m:${module.id}:`);
  const base = `module-${module.id}`;
  const change = (f: (m: ProgrammeModule) => ProgrammeModule) => edit((d) => updateModule(d, module.id, f));
  const heading = `${module.code.trim() || '—'} — ${module.name.trim() || t('prog.editor.moduleUnnamed')}`;
  const credits = draft.volume.unit === 'credits' || module.credits !== null;

  const moveBy = (by: number) => {
    edit((d) => ({ ...d, modules: move(d.modules, index, by) }));
    // The list is re-ordered under the focused button: keep the focus on the module's move buttons.
    const edge = by < 0 ? index + by <= 0 : index + by >= count - 1;
    requestAnimationFrame(() => (by < 0 !== edge ? up : down).current?.focus());
  };

  const addOutcome = () => {
    const outcome = emptyOutcome();
    change((m) => ({ ...m, outcomes: [...m.outcomes, outcome] }));
    requestAnimationFrame(() => document.getElementById(`outcome-${outcome.id}-text`)?.focus());
  };

  return (
    <section
      className="prog-module"
      aria-labelledby={`${base}-heading`}
      data-testid="prog-module"
      data-module-id={module.id}
      data-module-code={module.code}
    >
      <div className="prog-module-head">
        <h3 id={`${base}-heading`}>{heading}</h3>
        <button
          type="button"
          className="secondary small prog-noprint"
          aria-expanded={open}
          aria-controls={`${base}-body`}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('prog.editor.collapse') : t('prog.editor.expand')}
          <span className="visually-hidden"> {heading}</span>
        </button>
      </div>
      <div id={`${base}-body`} hidden={!open}>
        <fieldset className="prog-module-fields" disabled={readOnly}>
          <legend className="visually-hidden">{heading}</legend>
          <div className="prog-grid">
            <TextField
              label={t('prog.editor.moduleCode')}
              value={module.code}
              maxLength={40}
              error={e.code}
              onChange={(code) => change((m) => ({ ...m, code }))}
              testId="module-code"
            />
            <TextField
              id={`${base}-name`}
              className="prog-span"
              label={t('prog.editor.moduleName')}
              value={module.name}
              maxLength={300}
              error={e.name}
              onChange={(name) => change((m) => ({ ...m, name }))}
              testId="module-name"
            />
            <div className="field prog-span-2">
              <label htmlFor={kindId}>{t('prog.editor.moduleKind')}</label>
              <select
                id={kindId}
                value={module.kind}
                onChange={(ev) => change((m) => ({ ...m, kind: ev.target.value as ProgrammeModule['kind'] }))}
                data-testid="module-kind"
              >
                {MODULE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`prog.kind.${kind}`)}
                  </option>
                ))}
              </select>
              <FieldError id={`${kindId}-error`} message={e.kind} />
            </div>
            <NumberField
              label={t('prog.editor.theory')}
              value={module.hours.theory}
              max={10_000}
              error={e['hours.theory']}
              onChange={(theory) => change((m) => ({ ...m, hours: { ...m.hours, theory } }))}
              testId="module-theory"
            />
            <NumberField
              label={t('prog.editor.practice')}
              value={module.hours.practice}
              max={10_000}
              error={e['hours.practice']}
              onChange={(practice) => change((m) => ({ ...m, hours: { ...m.hours, practice } }))}
              testId="module-practice"
            />
            {credits && (
              <NumberField
                label={t('prog.editor.credits')}
                value={module.credits ?? 0}
                max={500}
                step={0.5}
                error={e.credits}
                onChange={(value) => change((m) => ({ ...m, credits: value }))}
                testId="module-credits"
              />
            )}
          </div>
          <p className="muted small">
            {t('prog.editor.moduleTotal', { hours: module.hours.theory + module.hours.practice })}
          </p>
          {!readOnly && (
            <div className="button-row prog-noprint">
              <button
                type="button"
                ref={up}
                className="secondary small"
                disabled={index === 0}
                onClick={() => moveBy(-1)}
                aria-label={t('prog.editor.moveModuleUp', { code: module.code })}
              >
                ↑ {t('prog.editor.moveUp')}
              </button>
              <button
                type="button"
                ref={down}
                className="secondary small"
                disabled={index === count - 1}
                onClick={() => moveBy(1)}
                aria-label={t('prog.editor.moveModuleDown', { code: module.code })}
              >
                ↓ {t('prog.editor.moveDown')}
              </button>
              <ConfirmButton
                label={t('prog.editor.deleteModule')}
                what={module.code}
                question={t('prog.editor.deleteModuleQuestion', { code: module.code, count: module.outcomes.length })}
                confirm={t('prog.editor.deleteYes')}
                testId="module-delete"
                onConfirm={async () => {
                  edit((d) => ({ ...d, modules: d.modules.filter((m) => m.id !== module.id) }));
                  // The module is gone with its buttons: the focus goes to the modules' heading.
                  requestAnimationFrame(() => document.getElementById('prog-modules-title')?.focus());
                }}
              />
            </div>
          )}
        </fieldset>
        <section className="prog-outcomes" aria-labelledby={`${base}-outcomes`}>
          <h4 id={`${base}-outcomes`} tabIndex={-1}>
            {t('prog.editor.outcomes', { count: module.outcomes.length })}
          </h4>
          {module.outcomes.length === 0 && <p className="muted">{t('prog.editor.outcomesEmpty')}</p>}
          <ol className="prog-outcome-list">
            {module.outcomes.map((outcome, n) => (
              <li key={outcome.id}>
                <OutcomeEditor moduleId={module.id} outcome={outcome} number={n + 1} />
              </li>
            ))}
          </ol>
          {!readOnly && (
            <p className="prog-noprint">
              <button type="button" className="secondary" onClick={addOutcome} data-testid="outcome-add">
                {t('prog.editor.addOutcome')}
                <span className="visually-hidden"> ({module.code})</span>
              </button>
            </p>
          )}
        </section>
      </div>
    </section>
  );
}
