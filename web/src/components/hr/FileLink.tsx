/**
 * A private file (export, calendar, protocol, dashboard) as a link that downloads it: the click
 * fetches the file with the session cookie and saves the answer (a blob behind an object URL);
 * an error answer is not saved as a file but shown next to the link, in the page's language.
 * It stays a real link (`href`, Enter activates it), so it also works from the keyboard and
 * can be opened or copied as a link.
 */
import { type MouseEvent, type ReactNode, useState } from 'react';
import { download } from '../../api/session';
import { useI18n } from '../../i18n';
import { HrError } from './common';

type Props = {
  href: string;
  /** The file's name when the answer does not name it. */
  fileName: string;
  children: ReactNode;
  className?: string;
  testId?: string;
};

export function FileLink({ href, fileName, children, className, testId }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const click = async (event: MouseEvent<HTMLAnchorElement>) => {
    // A modified click (new tab, save link as) is the browser's own.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await download(href, fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="hr-file">
      <a
        className={className}
        href={href}
        download={fileName}
        onClick={(event) => void click(event)}
        aria-busy={busy || undefined}
        data-testid={testId}
      >
        {children}
        {busy && <span className="muted small"> {t('hr.file.busy')}</span>}
      </a>
      {error !== null && <HrError inline error={error} testId={testId ? `${testId}-error` : undefined} />}
    </span>
  );
}
