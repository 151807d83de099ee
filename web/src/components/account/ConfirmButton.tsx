/**
 * A destructive action in two steps: the button asks its question in place, with "Yes, …" and
 * "Cancel" (focus on Cancel; Escape cancels and returns to the button). No browser dialog, so it
 * reads the same in every language; the question is the fieldset's legend, which a screen reader
 * reads with the focused button.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';

type Props = {
  /** The button's text ("Revoke"). */
  label: string;
  /** Which one, for screen readers, when several such buttons share a page ("token “CI”"). */
  what?: string;
  question: string;
  /** The confirming button's text ("Yes, revoke"). */
  confirm: string;
  onConfirm: () => Promise<void>;
  small?: boolean;
  testId?: string;
};

export function ConfirmButton({ label, what, question, confirm, onConfirm, small = true, testId }: Props) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const live = useRef(true);
  // null: nothing to focus; a step changed: focus that step's button.
  const [focusTo, setFocusTo] = useState<'cancel' | 'trigger' | null>(null);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  useEffect(() => {
    if (focusTo === 'cancel') cancel.current?.focus();
    if (focusTo === 'trigger') trigger.current?.focus();
  }, [focusTo]);

  const size = small ? ' small' : '';
  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className={`secondary danger${size}`}
        onClick={() => {
          setAsking(true);
          setFocusTo('cancel');
        }}
        data-testid={testId}
      >
        {label}
        {what && <span className="visually-hidden"> {what}</span>}
      </button>
    );
  }
  const back = () => {
    setAsking(false);
    setFocusTo('trigger');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.stopPropagation();
      back();
    }
  };
  const yes = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      // The item may be gone (removed, revoked); then there is nothing to reset.
      if (live.current) {
        setBusy(false);
        setAsking(false);
        setFocusTo('trigger');
      }
    }
  };
  return (
    // Escape inside the question cancels, as in a dialog.
    <fieldset className="confirm-box" onKeyDown={onKeyDown}>
      <legend className="confirm-question">{question}</legend>
      <div className="button-row">
        <button type="button" className={`danger${size}`} disabled={busy} onClick={() => void yes()}>
          {confirm}
        </button>
        <button ref={cancel} type="button" className={`secondary${size}`} disabled={busy} onClick={back}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
