/**
 * A written exception for an uncovered item (the programme can then be final without it), and
 * its removal. Either one saves the whole document as a new revision, made from the version the
 * page shows; while the modules tab holds unsaved edits it asks to save those first, so this save
 * does not overwrite them (or get overwritten by them).
 */
import { type FormEvent, useId, useState } from 'react';
import { saveProgramme } from '../../api/programme-editor';
import { type CoverageRow, withException } from '../../api/programme-tabs';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';
import { ModalDialog, SaveFirst, WriteError } from './ActionsDialog';
import type { ProgrammeTabProps } from './tab-props';

const REASON_MAX = 2000;

export function ExceptionDialog({
  orgId,
  programme,
  onChanged,
  dirty,
  row,
  onClose,
}: ProgrammeTabProps & { row: CoverageRow; onClose: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const reasonId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await saveProgramme(
        orgId,
        programme.id,
        programme.version,
        withException(programme.content, row.itemId, reason),
      );
      onClose();
      onChanged(saved);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={t('prog.coverage.exceptionTitle')} onClose={onClose} testId="exception-dialog">
      <p>
        <ItemId id={row.itemId} /> <span lang="kk">{row.kk}</span>
      </p>
      {dirty ? (
        <>
          <SaveFirst />
          <div className="button-row">
            <button type="button" className="secondary" onClick={onClose}>
              {t('prog.actions.close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <label htmlFor={reasonId}>{t('prog.coverage.reason')}</label>
          <p className="muted small" id={`${reasonId}-hint`}>
            {t('prog.coverage.reasonHint')}
          </p>
          <textarea
            id={reasonId}
            aria-describedby={`${reasonId}-hint`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={REASON_MAX}
            rows={4}
            required
            // biome-ignore lint/a11y/noAutofocus: the dialog opens to write the reason
            autoFocus
          />
          {error !== null && (
            <WriteError error={error} orgId={orgId} programmeId={programme.id} onChanged={onChanged} />
          )}
          <div className="button-row">
            <button type="submit" disabled={busy || !reason.trim()} data-testid="exception-save">
              {t('prog.coverage.exceptionSave')}
            </button>
            <button type="button" className="secondary" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}

/** "Remove exception": the item is uncovered again (and blocks finalising) after the save. */
export function RemoveException({ orgId, programme, onChanged, dirty, row }: ProgrammeTabProps & { row: CoverageRow }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [warn, setWarn] = useState(false);
  const remove = async () => {
    if (dirty) {
      setWarn(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onChanged(
        await saveProgramme(orgId, programme.id, programme.version, withException(programme.content, row.itemId, null)),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="secondary small"
        disabled={busy}
        onClick={() => void remove()}
        data-testid="exception-remove"
      >
        {t('prog.coverage.exceptionRemove')}
        <span className="visually-hidden"> {row.itemId}</span>
      </button>
      {warn && <SaveFirst />}
      {error !== null && <WriteError error={error} orgId={orgId} programmeId={programme.id} onChanged={onChanged} />}
    </>
  );
}
