/**
 * /orgs — the organisations the person belongs to (a platform admin sees all of them), and for a
 * platform admin a form to create one (POST /api/v1/orgs), which then opens.
 */
import { type FormEvent, useId, useState } from 'react';
import { api, call, type Me, ORG_KINDS, type OrgKind, refreshMe, usePrivate } from '../api/session';
import { FormError, kindName, RoleBadges, SignedIn } from '../components/account/common';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link, navigate } from '../router';

export default function OrgsPage() {
  const { t } = useI18n();
  useTitle(t('orgs.title'));
  return (
    <section aria-labelledby="orgs-title" className="account-page">
      <h1 id="orgs-title">{t('orgs.title')}</h1>
      <SignedIn>{(me) => <OrgsView me={me} />}</SignedIn>
    </section>
  );
}

function OrgsView({ me }: { me: Me }) {
  const { t } = useI18n();
  const orgs = usePrivate('orgs', () => call(api.GET('/v1/orgs')));
  const isAdmin = me.user.platformRoles.includes('admin');
  return (
    <>
      {!orgs.data && !orgs.error && <Loading />}
      {orgs.error && <FormError error={orgs.error} />}
      {orgs.data?.orgs.length === 0 && <p className="muted">{isAdmin ? t('orgs.noneAdmin') : t('orgs.none')}</p>}
      {orgs.data && orgs.data.orgs.length > 0 && (
        <ul className="item-rows" data-testid="orgs">
          {orgs.data.orgs.map((org) => (
            <li key={org.id}>
              <Link href={`/orgs/${org.id}`}>{org.name}</Link>{' '}
              <span className="muted small">{kindName(t, org.kind)}</span>
              <RoleBadges roles={org.myRoles} />
            </li>
          ))}
        </ul>
      )}
      {isAdmin && (
        <>
          <CreateOrg />
          <p className="see-also">
            <Link href="/audit">{t('audit.allTitle')}</Link>
          </p>
        </>
      )}
    </>
  );
}

function CreateOrg() {
  const { t } = useI18n();
  const nameId = useId();
  const kindId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgKind>('social-service-provider');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const org = await call(api.POST('/v1/orgs', { body: { name: name.trim(), kind } }));
      refreshMe();
      navigate(`/orgs/${org.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form className="tool-form account-form" onSubmit={submit} aria-labelledby="org-create-title">
      <h2 id="org-create-title">{t('orgs.create')}</h2>
      <div className="field">
        <label htmlFor={nameId}>{t('orgs.name')}</label>
        <input
          id={nameId}
          required
          minLength={2}
          maxLength={300}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={kindId}>{t('orgs.kind')}</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as OrgKind)}>
          {ORG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`org.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {error ? <FormError error={error} words={{ 'validation_failed:name': 'orgs.nameInvalid' }} /> : null}
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {t('orgs.createSubmit')}
        </button>
      </p>
    </form>
  );
}
