import type { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { problemText, serverDetail } from './problem-text';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/**
 * An API failure in words, said once: a heading (the page's own sentence for the problem when it
 * has one, `title`, and then nothing more), else a general heading with the server's `detail`
 * when the server answered in the page's language or the page's sentence for the problem's code;
 * the status and request id for support; and a way to try again. Never the server's English on a
 * Kazakh or Russian page.
 */
export function ErrorBox({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  const { t, lang } = useI18n();
  const problem = error.problem;
  // A page that names the problem itself (title) has said it; the server's detail would repeat it.
  const sentence = title ? undefined : (serverDetail(error, lang) ?? problemText(t, error));
  return (
    <div className="error-box" role="alert">
      <h2>{title ?? t('common.errorTitle')}</h2>
      {error.status === 0 ? (
        <p>{t('common.errorNetwork')}</p>
      ) : (
        <>
          {sentence && <p data-testid="error-sentence">{sentence}</p>}
          <p className="muted">
            {t('common.errorStatus', { status: error.status })}
            {problem?.requestId && (
              <>
                {' '}
                · request id <code>{problem.requestId}</code>
              </>
            )}
          </p>
        </>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
