/**
 * /orgs/:orgId — one organisation: its members and their roles (an org-admin or platform admin
 * changes roles and removes members), its invitations (they invite by email and roles; the link
 * is shown once, to hand over), and a link to its audit trail.
 */
import { api, call, type Me, type Org, usePrivate } from '../api/session';
import { FormError, kindName, RoleBadges, SignedIn } from '../components/account/common';
import { Invitations } from '../components/account/Invitations';
import { Members } from '../components/account/Members';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link } from '../router';

export default function OrgPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="org-title" className="account-page">
      <p className="back">
        <Link href="/orgs">← {t('orgs.title')}</Link>
      </p>
      <SignedIn>{(me) => <OrgLoader me={me} orgId={orgId} />}</SignedIn>
    </section>
  );
}

function OrgLoader({ me, orgId }: { me: Me; orgId: string }) {
  const { t } = useI18n();
  const org = usePrivate(orgId, () => call(api.GET('/v1/orgs/{orgId}', { params: { path: { orgId } } })));
  useTitle(org.data?.name ?? t('org.title'));
  if (org.error || !org.data) {
    return (
      <>
        <h1 id="org-title">{t('org.title')}</h1>
        {org.error ? <FormError error={org.error} /> : <Loading />}
      </>
    );
  }
  return <OrgView me={me} org={org.data} />;
}

function OrgView({ me, org }: { me: Me; org: Org }) {
  const { t } = useI18n();
  const isAdmin = me.user.platformRoles.includes('admin');
  // As the server's policy has it: org-admins manage; HR officers see the members too.
  const canManage = org.myRoles.includes('org-admin') || isAdmin;
  const canSeeMembers = canManage || org.myRoles.includes('hr-officer');
  const canManageStaff = org.myRoles.includes('org-admin') || org.myRoles.includes('hr-officer');
  return (
    <>
      <h1 id="org-title">{org.name}</h1>
      <p className="muted">{kindName(t, org.kind)}</p>
      {org.myRoles.length > 0 && (
        <div className="my-roles">
          <span>{t('org.myRoles')}</span> <RoleBadges roles={org.myRoles} />
        </div>
      )}
      {canManage && (
        <p className="see-also">
          <Link href={`/orgs/${org.id}/audit`}>{t('audit.title')}</Link>
        </p>
      )}
      {canManageStaff && (
        <p className="see-also">
          <Link href={`/orgs/${org.id}/staff`} data-testid="staff-register-link">
            {t('hr.register.title')}
          </Link>
        </p>
      )}
      {(canManageStaff || org.myRoles.includes('assessor')) && (
        <p className="see-also">
          <Link href={`/orgs/${org.id}/assessment`} data-testid="assessment-link">
            {t('ins.hub.title')}
          </Link>
        </p>
      )}
      {(org.myRoles.includes('org-admin') || org.myRoles.includes('programme-designer')) && (
        <p className="see-also">
          <Link href={`/orgs/${org.id}/programmes`} data-testid="programmes-link">
            {t('prog.org.link')}
          </Link>
        </p>
      )}
      {canSeeMembers && <Members org={org} canManage={canManage} myId={me.user.id} />}
      {canManage && <Invitations org={org} />}
    </>
  );
}
