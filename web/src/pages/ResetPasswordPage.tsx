/**
 * /reset/:token — a password-reset link that a platform admin made (and handed over, or the
 * server mailed): whose account and until when (GET /api/v1/password-resets/{token}), then a new
 * password typed twice (POST …/complete; no session needed). Using it ends every session of the
 * account; the page then links to sign-in with the email filled in. An unknown, used or expired
 * link is one sentence.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { api, call, completePasswordReset, formatDateTime, PASSWORD_LENGTH, usePrivate } from '../api/session';
import { FormError, type ProblemWords } from '../components/account/common';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

/** The server answers 404 for an unknown, used or expired link, 400 for one that is not a link at all. */
const LINK_WORDS: ProblemWords = { not_found: 'reset.notFound', validation_failed: 'reset.notFound' };

export default function ResetPasswordPage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  useTitle(t('reset.title'));
  const reset = usePrivate(token, () => call(api.GET('/v1/password-resets/{token}', { params: { path: { token } } })));
  const [ended, setEnded] = useState<number | null>(null);
  const data = reset.data;
  return (
    <section aria-labelledby="reset-title" className="account-page narrow-page">
      <h1 id="reset-title">{t('reset.title')}</h1>
      {!data && !reset.error && <Loading />}
      {reset.error && (
        <div data-testid="reset-unusable">
          <FormError error={reset.error} words={LINK_WORDS} />
        </div>
      )}
      {data && ended !== null && <Done email={data.email} sessionsEnded={ended} />}
      {data && ended === null && (
        <>
          <p className="lead" data-testid="reset-account">
            {t('reset.lead', { email: data.email })}
          </p>
          <dl className="facts">
            <dt>{t('reset.expires')}</dt>
            <dd>{formatDateTime(data.expiresAt, lang)}</dd>
          </dl>
          <ResetForm token={token} email={data.email} onDone={setEnded} />
        </>
      )}
    </section>
  );
}

type Problems = { password?: string; repeat?: string };

function ResetForm({ token, email, onDone }: { token: string; email: string; onDone: (ended: number) => void }) {
  const { t } = useI18n();
  const passwordId = useId();
  const repeatId = useId();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { min, max } = PASSWORD_LENGTH;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found: Problems = {};
    const length = [...password].length;
    if (length < min || length > max) found.password = t('reset.passwordLength', { min, max });
    else if (repeat !== password) found.repeat = t('reset.mismatch');
    setProblems(found);
    if (found.password || found.repeat) {
      document.getElementById(found.password ? passwordId : repeatId)?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = await completePasswordReset(token, password);
      onDone(answer.sessionsEnded);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const describedBy = (id: string, problem: string | undefined, hint = false) =>
    [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ') || undefined;

  return (
    <form className="tool-form account-form" onSubmit={submit} noValidate aria-labelledby="reset-form-title">
      <h2 id="reset-form-title" className="visually-hidden">
        {t('reset.submit')}
      </h2>
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="field">
        <label htmlFor={passwordId}>{t('reset.password')}</label>
        <input
          id={passwordId}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => {
            setPassword(e.target.value);
            setProblems({});
          }}
          aria-invalid={problems.password ? true : undefined}
          aria-describedby={describedBy(passwordId, problems.password, true)}
        />
        <p className="muted small" id={`${passwordId}-hint`}>
          {t('reset.passwordHint', { min, max })}
        </p>
        {problems.password && (
          <p className="field-error" id={`${passwordId}-error`}>
            {problems.password}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={repeatId}>{t('reset.repeat')}</label>
        <input
          id={repeatId}
          type="password"
          name="repeat-password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => {
            setRepeat(e.target.value);
            setProblems((p) => ({ password: p.password }));
          }}
          aria-invalid={problems.repeat ? true : undefined}
          aria-describedby={describedBy(repeatId, problems.repeat)}
        />
        {problems.repeat && (
          <p className="field-error" id={`${repeatId}-error`}>
            {problems.repeat}
          </p>
        )}
      </div>
      {error ? (
        <FormError
          error={error}
          words={{ ...LINK_WORDS, 'validation_failed:password': 'invite.passwordShortServer' }}
        />
      ) : null}
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {t('reset.submit')}
        </button>
      </p>
    </form>
  );
}

/** It worked: said where the focus lands (the form that had it is gone), and the way to sign in. */
function Done({ email, sessionsEnded }: { email: string; sessionsEnded: number }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="notice reset-done" tabIndex={-1} ref={box} data-testid="reset-done">
      <p>
        <strong>{t('reset.done')}</strong>
        {sessionsEnded > 0 && <> {t('reset.sessionsEnded', { n: sessionsEnded })}</>}
      </p>
      <p>
        <Link href={`/signin?email=${encodeURIComponent(email)}`}>{t('reset.signIn')}</Link>
      </p>
    </div>
  );
}
