/**
 * /signin?next=/path&email=… — email and password (POST /api/v1/auth/login), then `next` or the
 * account page; `email` fills the email in (the password-reset page links here so). A wrong
 * email or password is one sentence (the server does not say which); too many failures say how
 * long to wait.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { safeNext, signIn, useMe } from '../api/session';
import { FormError } from '../components/account/common';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';

export default function SignInPage() {
  const { t } = useI18n();
  useTitle(t('signin.title'));
  const { search } = useLocation();
  const { me } = useMe({ lazy: true });
  const emailId = useId();
  const passwordId = useId();
  const [email, setEmail] = useState(() => new URLSearchParams(search).get('email')?.trim() ?? '');
  const [password, setPassword] = useState('');
  const passwordField = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(safeNext(search));
    } catch (err) {
      // The sentence is announced (role=alert); the cleared password field waits for the next try.
      setError(err);
      setPassword('');
      setBusy(false);
      passwordField.current?.focus();
    }
  };

  return (
    <section aria-labelledby="signin-title" className="account-page narrow-page">
      <h1 id="signin-title">{t('signin.title')}</h1>
      {new URLSearchParams(search).has('erased') && (
        <p className="notice" role="status">
          {t('erase.done')}
        </p>
      )}
      {me && (
        <p className="notice">
          {t('signin.already', { name: me.user.displayName })} <Link href="/account">{t('account.title')}</Link>
        </p>
      )}
      <form className="tool-form account-form" onSubmit={submit} aria-labelledby="signin-title">
        <div className="field">
          <label htmlFor={emailId}>{t('signin.email')}</label>
          <input
            id={emailId}
            type="email"
            name="email"
            autoComplete="username"
            spellCheck={false}
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>{t('signin.password')}</label>
          <input
            id={passwordId}
            ref={passwordField}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error ? <FormError error={error} words={{ unauthenticated: 'signin.wrong' }} /> : null}
        <p className="button-row">
          <button type="submit" disabled={busy}>
            {t('signin.submit')}
          </button>
        </p>
      </form>
      <p className="muted small">{t('signin.noAccount')}</p>
      <p className="muted small">{t('signin.forgot')}</p>
    </section>
  );
}
