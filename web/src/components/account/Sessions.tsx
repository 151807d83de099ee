/** My sessions (GET /me/sessions), this browser marked, and "sign out everywhere" after a confirmation. */
import { useState } from 'react';
import { api, call, formatDateTime, signOutEverywhere, usePrivate } from '../../api/session';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { Loading } from '../Status';
import { FormError } from './common';
import { ConfirmButton } from './ConfirmButton';

/** "Chrome 131 · Linux" is enough to tell sessions apart. */
export function shortAgent(agent: string): string {
  const browser = /(Firefox|Edg|OPR|Chrome|Chromium|Safari)\/(\d+)/.exec(agent);
  const os = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/.exec(agent);
  if (!browser) return agent.slice(0, 60);
  const name = browser[1] === 'Edg' ? 'Edge' : browser[1] === 'OPR' ? 'Opera' : browser[1];
  return `${name} ${browser[2]}${os ? ` · ${os[1] === 'Mac OS X' ? 'macOS' : os[1]}` : ''}`;
}

export function Sessions() {
  const { t, lang } = useI18n();
  const sessions = usePrivate('sessions', () => call(api.GET('/v1/me/sessions')));
  const [error, setError] = useState<unknown>(null);
  const everywhere = async () => {
    setError(null);
    try {
      await signOutEverywhere();
      navigate('/signin');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="sessions-title" className="account-section">
      <h2 id="sessions-title">{t('account.sessions')}</h2>
      {!sessions.data && !sessions.error && <Loading />}
      {sessions.error && <FormError error={sessions.error} />}
      {sessions.data && (
        <ul className="item-rows" data-testid="sessions">
          {sessions.data.sessions.map((s) => (
            <li key={s.id}>
              <strong title={s.userAgent ?? undefined}>
                {s.userAgent ? shortAgent(s.userAgent) : t('account.unknownDevice')}
              </strong>
              {s.current && <span className="badge current-badge">{t('account.thisBrowser')}</span>}
              <br />
              <span className="muted small">
                {t('account.sessionTimes', {
                  created: formatDateTime(s.createdAt, lang),
                  seen: formatDateTime(s.lastSeenAt, lang),
                  expires: formatDateTime(s.expiresAt, lang),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ConfirmButton
        label={t('account.signOutEverywhere')}
        question={t('account.signOutEverywhereConfirm')}
        confirm={t('account.signOutEverywhereYes')}
        onConfirm={everywhere}
        small={false}
        testId="sign-out-everywhere"
      />
      {error ? <FormError error={error} /> : null}
    </section>
  );
}
