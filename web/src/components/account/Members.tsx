/**
 * An organisation's members and their roles. Someone who manages the organisation changes a
 * member's roles (a short form per member, opened on demand) and removes members after a
 * confirmation; the server keeps at least one org-admin.
 */
import { type FormEvent, useId, useState } from 'react';
import {
  api,
  call,
  formatDateTime,
  type Member,
  ORG_ROLES,
  type Org,
  type OrgRole,
  usePrivate,
} from '../../api/session';
import { useI18n } from '../../i18n';
import { Loading } from '../Status';
import { FormError, type ProblemWords, RoleBadges } from './common';
import { ConfirmButton } from './ConfirmButton';

const WORDS: ProblemWords = { conflict: 'org.lastAdmin' };

export function Members({ org, canManage, myId }: { org: Org; canManage: boolean; myId: string }) {
  const { t, lang } = useI18n();
  const orgId = org.id;
  const members = usePrivate(orgId, () => call(api.GET('/v1/orgs/{orgId}/members', { params: { path: { orgId } } })));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (member: Member, roles: OrgRole[]): Promise<boolean> => {
    setError(null);
    setSaved(null);
    try {
      const path = { orgId, userId: member.userId };
      await call(api.PUT('/v1/orgs/{orgId}/members/{userId}', { params: { path }, body: { roles } }));
      setSaved(t('org.rolesSaved', { name: member.displayName }));
      members.reload();
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  };
  const remove = (member: Member) => async () => {
    setError(null);
    setSaved(null);
    try {
      const path = { orgId, userId: member.userId };
      await call(api.DELETE('/v1/orgs/{orgId}/members/{userId}', { params: { path } }));
      setSaved(t('org.removed', { name: member.displayName }));
      members.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="members-title" className="account-section">
      <h2 id="members-title">{t('org.members')}</h2>
      {!members.data && !members.error && <Loading />}
      {members.error && <FormError error={members.error} />}
      {error ? <FormError error={error} words={WORDS} /> : null}
      <p className="small" role="status">
        {saved}
      </p>
      {members.data?.members.length === 0 && <p className="muted">{t('org.noMembers')}</p>}
      {members.data && members.data.members.length > 0 && (
        <ul className="item-rows" data-testid="members">
          {members.data.members.map((m) => (
            <li key={m.userId} data-member={m.email}>
              <strong>{m.displayName}</strong>
              {m.userId === myId && <span className="badge current-badge">{t('org.you')}</span>}{' '}
              <span className="muted small">{m.email}</span>
              <RoleBadges roles={m.roles} />
              <span className="muted small">{t('org.joined', { at: formatDateTime(m.joinedAt, lang) })}</span>
              {canManage && (
                <ManageMember
                  key={m.roles.join()}
                  member={m}
                  isMe={m.userId === myId}
                  orgName={org.name}
                  onSave={save}
                  onRemove={remove(m)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type ManageProps = {
  member: Member;
  isMe: boolean;
  orgName: string;
  onSave: (member: Member, roles: OrgRole[]) => Promise<boolean>;
  onRemove: () => Promise<void>;
};

function ManageMember({ member, isMe, orgName, onSave, onRemove }: ManageProps) {
  const { t } = useI18n();
  const formId = useId();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<OrgRole[]>(member.roles);
  const changed = roles.length !== member.roles.length || roles.some((r) => !member.roles.includes(r));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave(member, roles)) setEditing(false);
  };
  return (
    <>
      <div className="button-row member-actions">
        <button
          type="button"
          className="secondary small"
          aria-expanded={editing}
          aria-controls={formId}
          onClick={() => setEditing((e) => !e)}
        >
          {t('org.changeRoles')}
          <span className="visually-hidden"> {member.displayName}</span>
        </button>
        {!isMe && (
          <ConfirmButton
            label={t('org.remove')}
            what={member.displayName}
            question={t('org.removeConfirm', { name: member.displayName, org: orgName })}
            confirm={t('org.removeYes')}
            onConfirm={onRemove}
          />
        )}
      </div>
      <form id={formId} onSubmit={submit} className="member-form" hidden={!editing}>
        <fieldset className="form-group">
          <legend>{t('org.rolesOf', { name: member.displayName })}</legend>
          <RoleChecks roles={roles} onChange={setRoles} />
          <p className="button-row">
            <button type="submit" className="small" disabled={!changed || roles.length === 0}>
              {t('org.saveRoles')}
            </button>
          </p>
        </fieldset>
      </form>
    </>
  );
}

/** One checkbox per organisation role, kept in the catalogue's order. */
export function RoleChecks({ roles, onChange }: { roles: OrgRole[]; onChange: (roles: OrgRole[]) => void }) {
  const { t } = useI18n();
  return (
    <div className="role-checks">
      {ORG_ROLES.map((r) => (
        <label key={r} className="check-inline">
          <input
            type="checkbox"
            name="roles"
            value={r}
            checked={roles.includes(r)}
            onChange={(e) =>
              onChange(
                e.target.checked ? ORG_ROLES.filter((x) => x === r || roles.includes(x)) : roles.filter((x) => x !== r),
              )
            }
          />{' '}
          {t(`org.role.${r}`)}
        </label>
      ))}
    </div>
  );
}
