/**
 * An organisation's invitations: invite by email and roles (the single-use link is shown once,
 * with a copy button, and whether the server also mailed it or it must be handed over), and
 * revoke a pending one after a confirmation (then the focus goes to the list's heading).
 */
import { type FormEvent, useId, useState } from 'react';
import {
  api,
  call,
  formatDateTime,
  type Invitation,
  type InvitationLink,
  type Org,
  type OrgRole,
  usePrivate,
} from '../../api/session';
import { useI18n } from '../../i18n';
import { Loading } from '../Status';
import { FormError, MailNote, roleName, useFocusAfterReload } from './common';
import { ConfirmButton } from './ConfirmButton';
import { RoleChecks } from './Members';
import { OnceBox } from './OnceBox';

export function Invitations({ org }: { org: Org }) {
  const { t, lang } = useI18n();
  const orgId = org.id;
  const invitations = usePrivate(orgId, () =>
    call(api.GET('/v1/orgs/{orgId}/invitations', { params: { path: { orgId } } })),
  );
  const [link, setLink] = useState<InvitationLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const focus = useFocusAfterReload(invitations.data);

  const revoke = (invitation: Invitation) => async () => {
    setError(null);
    setNote(null);
    try {
      const path = { orgId, id: invitation.id };
      await call(api.POST('/v1/orgs/{orgId}/invitations/{id}/revoke', { params: { path } }));
      setNote(t('org.invitationRevoked', { email: invitation.email }));
      focus.after();
      invitations.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="invitations-title" className="account-section">
      <h2 id="invitations-title">{t('org.invitations')}</h2>
      {link && (
        <OnceBox
          label={t('org.inviteLink', { email: link.invitation.email })}
          value={link.link}
          hint={t('org.inviteLinkHint')}
          note={<MailNote mail={link.mail} email={link.invitation.email} />}
          testId="invite-link"
        />
      )}
      <InviteForm
        orgId={orgId}
        onInvited={(answer) => {
          setNote(null);
          setLink(answer);
          invitations.reload();
        }}
      />
      {!invitations.data && !invitations.error && <Loading />}
      {invitations.error && <FormError error={invitations.error} />}
      {error ? <FormError error={error} /> : null}
      <h3 id="invitations-list-title" className="list-heading" tabIndex={-1} ref={focus.heading}>
        {t('org.invitationsList')}
      </h3>
      <p className="small status-note" role="status">
        {note}
      </p>
      {invitations.data?.invitations.length === 0 && <p className="muted">{t('org.noInvitations')}</p>}
      {invitations.data && invitations.data.invitations.length > 0 && (
        <ul className="item-rows" data-testid="invitations">
          {invitations.data.invitations.map((inv) => (
            <li key={inv.id}>
              <strong>{inv.email}</strong>{' '}
              <span className={`status-badge status-${inv.status}`}>{t(`org.status.${inv.status}`)}</span>
              <br />
              <span className="small">{inv.roles.map((r) => roleName(t, r)).join(', ')}</span>
              <br />
              <span className="muted small">
                {t('org.invitationTimes', {
                  created: formatDateTime(inv.createdAt, lang),
                  expires: formatDateTime(inv.expiresAt, lang),
                })}
              </span>
              {inv.status === 'pending' && (
                <div className="row-actions">
                  <ConfirmButton
                    label={t('org.revokeInvitation')}
                    what={inv.email}
                    question={t('org.revokeInvitationConfirm', { email: inv.email })}
                    confirm={t('org.revokeInvitationYes')}
                    onConfirm={revoke(inv)}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InviteForm({ orgId, onInvited }: { orgId: string; onInvited: (answer: InvitationLink) => void }) {
  const { t } = useI18n();
  const emailId = useId();
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<OrgRole[]>(['member']);
  const [rolesMissing, setRolesMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setRolesMissing(roles.length === 0);
    if (roles.length === 0) return;
    setBusy(true);
    try {
      const answer = await call(
        api.POST('/v1/orgs/{orgId}/invitations', { params: { path: { orgId } }, body: { email: email.trim(), roles } }),
      );
      setEmail('');
      onInvited(answer);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="tool-form account-form" onSubmit={invite} aria-labelledby="invite-form-title">
      <h3 id="invite-form-title">{t('org.invite')}</h3>
      <div className="field">
        <label htmlFor={emailId}>{t('org.inviteEmail')}</label>
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
      <fieldset className="form-group" aria-describedby={rolesMissing ? `${emailId}-roles` : undefined}>
        <legend>{t('org.inviteRoles')}</legend>
        <RoleChecks roles={roles} onChange={setRoles} />
        {rolesMissing && (
          <p className="field-error" id={`${emailId}-roles`} role="alert">
            {t('org.rolesRequired')}
          </p>
        )}
      </fieldset>
      {error ? <FormError error={error} words={{ 'validation_failed:email': 'org.emailInvalid' }} /> : null}
      <p className="button-row">
        <button type="submit" disabled={busy}>
          {t('org.inviteSubmit')}
        </button>
      </p>
    </form>
  );
}
