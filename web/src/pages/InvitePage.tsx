/**
 * /invite/:token — an invitation link: which organisation and which roles; the person gives a
 * name, a password (a new one, or their existing account's) and their consent to the processing
 * of personal data for the membership, and is signed in (POST /api/v1/invitations/{token}/accept),
 * then sent to the organisation's page.
 */
import { type FormEvent, useId, useState } from 'react';
import {
  acceptInvitation,
  api,
  call,
  formatDateTime,
  type InvitationView,
  usePrivate,
  PASSWORD_LENGTH,
} from '../api/session';
import { FormError, kindName, roleName } from '../components/account/common';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { navigate } from '../router';

export default function InvitePage({ token }: { token: string }) {
  const { t, lang } = useI18n();
  useTitle(t('invite.title'));
  const invitation = usePrivate(token, () => call(api.GET('/v1/invitations/{token}', { params: { path: { token } } })));
  const data = invitation.data;
  return (
    <section aria-labelledby="invite-title" className="account-page narrow-page">
      <h1 id="invite-title">{t('invite.title')}</h1>
      {!data && !invitation.error && <Loading />}
      {invitation.error && (
        <FormError
          error={invitation.error}
          words={{ not_found: 'invite.notFound', validation_failed: 'invite.notFound' }}
        />
      )}
      {data && (
        <>
          <p className="lead" data-testid="invite-org">
            {t('invite.lead', { org: data.org.name })}
          </p>
          <dl className="facts">
            <dt>{t('invite.kind')}</dt>
            <dd>{kindName(t, data.org.kind)}</dd>
            <dt>{t('invite.roles')}</dt>
            <dd>{data.roles.map((r) => roleName(t, r)).join(', ')}</dd>
            <dt>{t('invite.email')}</dt>
            <dd>{data.email}</dd>
            <dt>{t('invite.expires')}</dt>
            <dd>{formatDateTime(data.expiresAt, lang)}</dd>
          </dl>
          <AcceptForm token={token} invitation={data} />
        </>
      )}
    </section>
  );
}

type Problems = { name?: string; password?: string; consent?: string };

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationView }) {
  const { t } = useI18n();
  const nameId = useId();
  const passwordId = useId();
  const consentId = useId();
  const existing = invitation.accountExists;
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found: Problems = {};
    if (!displayName.trim()) found.name = t('invite.nameRequired');
    if (existing && !password) found.password = t('invite.passwordRequired');
    if (!existing && [...password].length < PASSWORD_LENGTH.min)
      found.password = t('invite.passwordShort', { n: PASSWORD_LENGTH.min });
    if (!consent) found.consent = t('invite.consentRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const first = found.name ? nameId : found.password ? passwordId : consentId;
      document.getElementById(first)?.focus();
      return;
    }
    setBusy(true);
    try {
      await acceptInvitation(token, { displayName: displayName.trim(), password, consent: true });
      navigate(`/orgs/${invitation.org.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="tool-form account-form" onSubmit={submit} noValidate aria-labelledby="accept-title">
      <h2 id="accept-title">{t('invite.accept')}</h2>
      {existing && <p className="notice">{t('invite.accountExists')}</p>}
      <div className="field">
        <label htmlFor={nameId}>{t('invite.displayName')}</label>
        <input
          id={nameId}
          autoComplete="name"
          required
          maxLength={200}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${nameId}-error` : undefined}
        />
        {problems.name && (
          <p className="field-error" id={`${nameId}-error`}>
            {problems.name}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={passwordId}>{existing ? t('invite.existingPassword') : t('invite.password')}</label>
        <input
          id={passwordId}
          type="password"
          autoComplete={existing ? 'current-password' : 'new-password'}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={problems.password ? true : undefined}
          aria-describedby={
            [!existing && `${passwordId}-hint`, problems.password && `${passwordId}-error`].filter(Boolean).join(' ') ||
            undefined
          }
        />
        {!existing && (
          <p className="muted small" id={`${passwordId}-hint`}>
            {t('invite.passwordHint', { n: PASSWORD_LENGTH.min })}
          </p>
        )}
        {problems.password && (
          <p className="field-error" id={`${passwordId}-error`}>
            {problems.password}
          </p>
        )}
      </div>
      <div className="check-field">
        <input
          id={consentId}
          type="checkbox"
          required
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          aria-invalid={problems.consent ? true : undefined}
          aria-describedby={problems.consent ? `${consentId}-error` : undefined}
        />
        <label htmlFor={consentId}>{t('invite.consent', { org: invitation.org.name })}</label>
        {problems.consent && (
          <p className="field-error" id={`${consentId}-error`}>
            {problems.consent}
          </p>
        )}
      </div>
      {error ? (
        <FormError
          error={error}
          words={{
            unauthenticated: 'invite.wrongPassword',
            not_found: 'invite.notFound',
            'validation_failed:password': 'invite.passwordShortServer',
          }}
        />
      ) : null}
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {t('invite.submit')}
        </button>
      </p>
    </form>
  );
}
