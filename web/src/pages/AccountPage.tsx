/**
 * /account — the signed-in person: who they are, their organisations and roles, signing out,
 * their sessions ("sign out everywhere"), API tokens, a download of their data
 * (GET /api/v1/me/export) and erasing the account; for a platform admin, password-reset links.
 */
import { useState } from 'react';
import { download, type Me, signOut } from '../api/session';
import { FormError, kindName, RoleBadges, SignedIn } from '../components/account/common';
import { EraseAccount } from '../components/account/EraseAccount';
import { ResetLinks } from '../components/account/ResetLinks';
import { Sessions } from '../components/account/Sessions';
import { Tokens } from '../components/account/Tokens';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link, navigate } from '../router';

export default function AccountPage() {
  const { t } = useI18n();
  useTitle(t('account.title'));
  return (
    <section aria-labelledby="account-title" className="account-page">
      <h1 id="account-title">{t('account.title')}</h1>
      <SignedIn>{(me) => <AccountView me={me} />}</SignedIn>
    </section>
  );
}

function AccountView({ me }: { me: Me }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isAdmin = me.user.platformRoles.includes('admin');
  const run = (action: () => Promise<void>) => async () => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const out = run(async () => {
    await signOut();
    navigate('/signin');
  });
  const exportData = run(() => download('/api/v1/me/export', 'kasip-my-data.json'));
  return (
    <>
      <dl className="facts account-facts" data-testid="account-who">
        <dt>{t('account.name')}</dt>
        <dd>{me.user.displayName}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{me.user.email}</dd>
        {isAdmin && (
          <>
            <dt>{t('account.platformRoles')}</dt>
            <dd>{t('account.platformAdmin')}</dd>
          </>
        )}
      </dl>
      <p className="button-row">
        <button type="button" className="secondary" onClick={out} disabled={busy} data-testid="sign-out">
          {t('account.signOut')}
        </button>
        <button type="button" className="secondary" onClick={exportData} disabled={busy} data-testid="export-my-data">
          {t('account.export')}
        </button>
      </p>
      {error ? <FormError error={error} /> : null}

      <section aria-labelledby="memberships-title" className="account-section">
        <h2 id="memberships-title">{t('account.memberships')}</h2>
        {me.memberships.length === 0 ? (
          <p className="muted">{t('account.noMemberships')}</p>
        ) : (
          <ul className="item-rows" data-testid="memberships">
            {me.memberships.map((m) => (
              <li key={m.org.id}>
                <Link href={`/orgs/${m.org.id}`}>{m.org.name}</Link>{' '}
                <span className="muted small">{kindName(t, m.org.kind)}</span>
                <RoleBadges roles={m.roles} />
              </li>
            ))}
          </ul>
        )}
        <p className="see-also">
          <Link href="/orgs">{t('orgs.title')}</Link>
          {isAdmin && <Link href="/audit">{t('audit.allTitle')}</Link>}
        </p>
      </section>

      <Sessions />
      <Tokens />
      {isAdmin && <ResetLinks />}
      <EraseAccount />
    </>
  );
}
