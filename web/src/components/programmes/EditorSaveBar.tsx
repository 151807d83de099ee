/**
 * The save bar: whether there are unsaved edits, the Save button (also Ctrl+S / Cmd+S), and what
 * a refused save means — someone saved a newer version (reload and lose the edits, or keep
 * editing), or fields to fix (each marked where it is; the rest listed here).
 */
import { useEffect, useRef } from 'react';
import { FormError } from '../account/common';
import { useI18n } from '../../i18n';
import type { ProgrammeDraft } from './editor-draft';

/** Field errors the editor shows next to a field; the rest are listed in the bar. */
const PLACED =
  /^(title|volume\.value|[mo]:[^:]+:(code|name|kind|hours\.theory|hours\.practice|credits|text|method)|c:[^:]+:text)$/;

export function EditorSaveBar({ editor }: { editor: ProgrammeDraft }) {
  const { t } = useI18n();
  const { save, dirty } = editor;
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (save.kind === 'conflict') conflictRef.current?.focus();
  }, [save.kind]);
  const status =
    save.kind === 'saving'
      ? t('prog.editor.saving')
      : dirty
        ? t('prog.editor.unsaved')
        : save.kind === 'saved'
          ? t('prog.editor.justSaved', { version: editor.saved.version })
          : t('prog.editor.allSaved');
  const unplaced = save.kind === 'invalid' ? Object.entries(save.errors).filter(([key]) => !PLACED.test(key)) : [];
  return (
    <div className="prog-savebar prog-noprint" data-dirty={dirty ? 'true' : 'false'}>
      <div className="prog-savebar-row">
        <p className="prog-save-status" role="status" aria-live="polite" data-testid="prog-save-status">
          {status}
        </p>
        <button
          type="button"
          onClick={() => void editor.submit()}
          disabled={!dirty || save.kind === 'saving'}
          aria-keyshortcuts="Control+S Meta+S"
          data-testid="prog-save"
        >
          {t('prog.editor.save')} <kbd className="prog-kbd">Ctrl+S</kbd>
        </button>
      </div>
      {save.kind === 'conflict' && (
        <div className="prog-conflict" role="alert" tabIndex={-1} ref={conflictRef} data-testid="prog-conflict">
          <p>{t('prog.editor.conflict')}</p>
          <div className="button-row">
            <button type="button" className="danger" onClick={() => void editor.reloadLatest()}>
              {t('prog.editor.conflictReload')}
            </button>
            <button type="button" className="secondary" onClick={editor.dismiss}>
              {t('prog.editor.conflictKeep')}
            </button>
          </div>
        </div>
      )}
      {save.kind === 'invalid' && (
        <div className="form-error" role="alert" data-testid="prog-invalid">
          <p>{t('prog.editor.invalid', { count: Object.keys(save.errors).length })}</p>
          {unplaced.length > 0 && (
            <>
              <p>{t('prog.editor.otherErrors')}</p>
              <ul>
                {unplaced.map(([key, message]) => (
                  <li key={key}>
                    <code>{key}</code>: {message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {save.kind === 'failed' && <FormError error={save.error} />}
    </div>
  );
}
