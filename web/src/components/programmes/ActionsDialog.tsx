/**
 * What the programme's actions, exceptions, restores and rebase share: a modal dialog (the
 * browser's own <dialog>, which keeps the focus inside and closes on Escape), a button that asks
 * before it acts, the "save your edits first" notice, and a failed write in words, where a 409
 * (someone saved the programme since it was read) offers to load the saved version.
 */
import { type ComponentProps, type FormEvent, type ReactNode, useRef, useState } from 'react';
import { ModalDialog as SharedModalDialog } from '../ModalDialog';
import { ApiError } from '../../api/client';
import { getProgramme } from '../../api/programme-editor';
import type { Programme } from '../../api/programme-tabs';
import { useI18n } from '../../i18n';
import { problemText, serverDetail } from '../account/common';

/** The programme pages' dialogs: the shared modal dialog in their style. */
export function ModalDialog(props: Omit<ComponentProps<typeof SharedModalDialog>, 'className'>) {
  return <SharedModalDialog {...props} className="prog-tabs-dialog" />;
}

/**
 * A button that opens a dialog with `question` and a confirming button; `run` does the write.
 * While `dirty`, the dialog asks to save the edits first instead.
 */
export function ConfirmAction({
  label,
  title,
  confirm,
  question,
  run,
  testId,
  primary = false,
  dirty = false,
  renderError = (error) => <ErrorLine error={error} />,
}: {
  label: string;
  title: string;
  confirm: string;
  question: ReactNode;
  run: () => Promise<void>;
  testId?: string;
  primary?: boolean;
  dirty?: boolean;
  /** A failed `run` in words (the dialog stays open). */
  renderError?: (error: unknown) => ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    setError(null);
    trigger.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run();
      setOpen(false);
      // Back to the button when it is still there (a restore keeps the list); else the page keeps the focus.
      if (trigger.current?.isConnected) trigger.current.focus();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={primary ? undefined : 'secondary'}
        onClick={() => setOpen(true)}
        data-testid={testId}
      >
        {label}
      </button>
      {open && (
        <ModalDialog title={title} onClose={close} testId={testId ? `${testId}-dialog` : undefined}>
          <form onSubmit={submit}>
            {dirty ? <SaveFirst /> : <div className="prog-tabs-dialog-body">{question}</div>}
            {error !== null && renderError(error)}
            <div className="button-row">
              {!dirty && (
                <button type="submit" disabled={busy} data-testid={testId ? `${testId}-yes` : undefined}>
                  {confirm}
                </button>
              )}
              <button type="button" className="secondary" onClick={close} disabled={busy}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}

/** Shown instead of a write while the modules tab holds edits that are not saved. */
export function SaveFirst() {
  const { t } = useI18n();
  return (
    <p className="notice" role="alert" data-testid="prog-save-first">
      {t('prog.actions.saveFirst')}
    </p>
  );
}

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/** A failed request in one sentence: the server's own words when they are in the page's language. */
export function ErrorLine({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  if (isConflict(error))
    return (
      <p className="form-error" role="alert">
        {t('prog.actions.conflict')}
      </p>
    );
  // The server's words only in the page's language: never English on a Kazakh or Russian page.
  return (
    <p className="form-error" role="alert">
      {serverDetail(error, lang) ?? problemText(t, error)}
    </p>
  );
}

/**
 * A failed write; after a 409, a button loads the saved version and hands it to the page
 * (`onChanged`), so the designer sees what the other person saved before trying again.
 */
export function WriteError({
  error,
  orgId,
  programmeId,
  onChanged,
}: {
  error: unknown;
  orgId: string;
  programmeId: string;
  onChanged: (programme: Programme) => void;
}) {
  const { t } = useI18n();
  const [reloadError, setReloadError] = useState<unknown>(null);
  return (
    <div data-testid="prog-write-error">
      <ErrorLine error={error} />
      {isConflict(error) && (
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            setReloadError(null);
            getProgramme(orgId, programmeId).then(onChanged, setReloadError);
          }}
        >
          {t('prog.actions.reload')}
        </button>
      )}
      {reloadError !== null && <ErrorLine error={reloadError} />}
    </div>
  );
}
