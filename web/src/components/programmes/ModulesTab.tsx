/**
 * The modules tab: the programme's editor. The header's title and volume, then each module with
 * its outcomes, criteria and links, and the save bar. The draft itself is the page's (`editor`),
 * so this tab only shows it and sends every change back through `editor.edit`.
 */
import { useMemo, useRef } from 'react';
import { useI18n } from '../../i18n';
import { useCardIndex } from './editor-cards';
import { EditorContext, type EditorContextValue } from './editor-context';
import type { EditorErrors } from './editor-errors';
import { type ProgrammeDraft, useSaveShortcut } from './editor-draft';
import { emptyModule } from './editor-ops';
import { EditorSaveBar } from './EditorSaveBar';
import { NumberField, TextField } from './EditorFields';
import { ModuleEditor } from './ModuleEditor';
import type { ProgrammeTabProps } from './tab-props';

const NO_ERRORS: EditorErrors = {};

export function ModulesTab({ orgId, editor }: ProgrammeTabProps & { editor: ProgrammeDraft }) {
  const { t } = useI18n();
  const { draft, edit, readOnly, save, saved } = editor;
  const cards = useCardIndex(draft.cards);
  useSaveShortcut(!readOnly, editor.submit);
  const errors = save.kind === 'invalid' ? save.errors : NO_ERRORS;
  const context = useMemo<EditorContextValue>(
    () => ({ orgId, draft, edit, readOnly, errors, cards }),
    [orgId, draft, edit, readOnly, errors, cards],
  );
  const addButton = useRef<HTMLButtonElement>(null);
  const unit = t(`prog.unit.${draft.volume.unit}`);
  const planned =
    draft.volume.unit === 'credits'
      ? draft.modules.reduce((sum, m) => sum + (m.credits ?? 0), 0)
      : draft.modules.reduce((sum, m) => sum + m.hours.theory + m.hours.practice, 0);

  const addModule = () => {
    const module = emptyModule(draft);
    edit((d) => ({ ...d, modules: [...d.modules, module] }));
    // The new module's name is what the designer types next.
    requestAnimationFrame(() => document.getElementById(`module-${module.id}-name`)?.focus());
  };

  return (
    <EditorContext.Provider value={context}>
      <div className="prog-editor" data-testid="prog-editor">
        {readOnly && (
          <p className="notice prog-readonly" data-testid="prog-readonly">
            {t(saved.status === 'archived' ? 'prog.editor.readOnly.archived' : 'prog.editor.readOnly.final')}
          </p>
        )}
        {!readOnly && <EditorSaveBar editor={editor} />}
        <fieldset className="prog-head-fields" disabled={readOnly}>
          <legend>{t('prog.editor.header')}</legend>
          <div className="form-row">
            <TextField
              className="field-wide"
              label={t('prog.editor.fieldTitle')}
              value={draft.title}
              maxLength={300}
              error={errors.title}
              onChange={(title) => edit((d) => ({ ...d, title }))}
              testId="prog-title-input"
            />
            <NumberField
              label={`${t('prog.editor.fieldVolume')} (${unit})`}
              value={draft.volume.value}
              max={100_000}
              step={draft.volume.unit === 'credits' ? 0.5 : 1}
              error={errors['volume.value']}
              onChange={(value) => edit((d) => ({ ...d, volume: { ...d.volume, value } }))}
              testId="prog-volume-input"
            />
          </div>
          <p className="muted small" data-testid="prog-planned">
            {t('prog.editor.planned', { planned, unit })}
          </p>
        </fieldset>
        <section aria-labelledby="prog-modules-title" className="prog-modules">
          <h2 id="prog-modules-title" tabIndex={-1}>
            {t('prog.editor.modules')}
          </h2>
          {draft.modules.length === 0 && <p className="muted">{t('prog.editor.modulesEmpty')}</p>}
          <ol className="prog-module-list">
            {draft.modules.map((module, index) => (
              <li key={module.id}>
                <ModuleEditor module={module} index={index} count={draft.modules.length} />
              </li>
            ))}
          </ol>
          {!readOnly && (
            <p className="prog-noprint">
              <button type="button" ref={addButton} onClick={addModule} data-testid="prog-add-module">
                {t('prog.editor.addModule')}
              </button>
            </p>
          )}
        </section>
      </div>
    </EditorContext.Provider>
  );
}
