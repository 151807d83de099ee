/**
 * For platform admins: a password-reset link for someone's account (POST /password-resets),
 * shown once with a copy button, when it expires, and whether the server also mailed it. Making
 * a new link retires the account's earlier ones.
 */
import { type FormEvent, useId, useState } from 'react';
import { api, call, formatDateTime, type ResetLink } from '../../api/session';
import { useI18n } from '../../i18n';
import { FormError, MailNote } from './common';
import { OnceBox } from './OnceBox';

export function ResetLinks() {
  const { t, lang } = useI18n();
  const emailId = useId();
  const [email, setEmail] = useState('');
  const [made, setMade] = useState<(ResetLink & { email: string }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const address = email.trim();
      const answer: ResetLink = await call(api.POST('/v1/password-resets', { body: { email: address } }));
      setMade({ ...answer, email: address });
      setEmail('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="reset-links-title" className="account-section" data-testid="reset-links">
      <h2 id="reset-links-title">{t('resets.title')}</h2>
      <p className="muted small">{t('resets.lead')}</p>
      {made && (
        <OnceBox
          label={t('resets.link', { email: made.email })}
          value={made.link}
          hint={t('resets.linkHint', { expires: formatDateTime(made.expiresAt, lang) })}
          note={<MailNote mail={made.mail} email={made.email} />}
          testId="reset-link"
        />
      )}
      <form className="tool-form account-form" onSubmit={submit} aria-labelledby="reset-links-title">
        <div className="field">
          <label htmlFor={emailId}>{t('resets.email')}</label>
          <input
            id={emailId}
            type="email"
            required
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        {error ? (
          <FormError
            error={error}
            words={{ not_found: 'resets.noAccount', 'validation_failed:email': 'org.emailInvalid' }}
          />
        ) : null}
        <p className="button-row">
          <button type="submit" disabled={busy}>
            {t('resets.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}
