/**
 * A refused review write in words: 409 (the draft or the item changed since it was read — with a
 * button that reads the draft again), 403 (not allowed: approving one's own draft…), 422 (not in
 * a state for it: open comments, blocking errors), 400 (a field), each a sentence of the page,
 * followed by the server's own detail only when it is in the page's language.
 */
import { ApiError } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { type ProblemWords, problemText, serverDetail } from '../../problem-text';

const WORDS: ProblemWords = {
  conflict: 'wbr.problem.conflict',
  forbidden: 'wbr.problem.forbidden',
  unprocessable: 'wbr.problem.unprocessable',
  validation_failed: 'wbr.problem.validation',
  not_found: 'wbr.problem.notFound',
};

export function StepError({ error, reload }: { error: unknown; reload?: () => void }) {
  const { t, lang } = useI18n();
  const sentence = problemText(t, error, WORDS);
  const detail = serverDetail(error, lang);
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <div className="form-error wbr-step-error" role="alert" data-testid="wbr-error">
      <p>
        {sentence}
        {detail && detail !== sentence ? ` ${detail}` : ''}
      </p>
      {conflict && reload && (
        <button type="button" className="secondary small" onClick={reload} data-testid="wbr-reload">
          {t('wbr.problem.reload')}
        </button>
      )}
    </div>
  );
}
