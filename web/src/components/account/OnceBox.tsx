/**
 * A secret the server shows once (an invitation link, an API token, a password-reset link): in a
 * read-only field that takes the focus when it appears, with a copy button, and an optional note
 * (whether the link was also mailed) read with the hint. Leaving the page loses it for good.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n';

type Props = { label: string; value: string; hint: string; note?: ReactNode; testId?: string };

export function OnceBox({ label, value, hint, note, testId }: Props) {
  const { t } = useI18n();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'by-hand' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new value takes the focus and forgets "copied"
  useEffect(() => {
    field.current?.focus();
    setCopied(null);
  }, [value]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
      return;
    } catch {
      // No Clipboard API (plain http on another host) or refused: the older way, then by hand.
    }
    field.current?.select();
    setCopied(document.execCommand?.('copy') ? 'yes' : 'by-hand');
  };

  return (
    <div className="once-box">
      <label htmlFor={id}>{label}</label>
      <div className="once-row">
        <input
          id={id}
          ref={field}
          readOnly
          value={value}
          className="once-value"
          spellCheck={false}
          onFocus={(e) => e.target.select()}
          aria-describedby={note ? `${id}-hint ${id}-note` : `${id}-hint`}
          data-testid={testId}
        />
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t('account.copy')}
        </button>
      </div>
      <p className="small" id={`${id}-hint`}>
        {hint}
      </p>
      {note && <div id={`${id}-note`}>{note}</div>}
      <p className="small" role="status">
        {copied === 'yes' && t('account.copied')}
        {copied === 'by-hand' && t('account.copyByHand')}
      </p>
    </div>
  );
}
