import type { ApiError } from '../api/client';
import { useI18n } from '../i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** An API failure in words: the problem's title and detail when the server sent one, and a way to try again. */
export function ErrorBox({ error, onRetry, title }: { error: ApiError; onRetry?: () => void; title?: string }) {
  const { t } = useI18n();
  const problem = error.problem;
  return (
    <div className="error-box" role="alert">
      <h2>{title ?? problem?.title ?? t('common.errorTitle')}</h2>
      {error.status === 0 ? (
        <p>{t('common.errorNetwork')}</p>
      ) : (
        <>
          {problem?.detail && <p>{problem.detail}</p>}
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
