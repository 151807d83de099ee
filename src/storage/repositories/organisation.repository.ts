/** Organisations, memberships and invitations. */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type OrgRow = { id: string; name: string; kind: string; createdAt: Date };

const toOrg = (r: { id: string; name: string; kind: string; created_at: Date }): OrgRow => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  createdAt: new Date(r.created_at),
});

export async function insertOrg(ex: Executor, o: { id: string; name: string; kind: string }): Promise<OrgRow> {
  const r = await ex
    .insertInto('organisation')
    .values(o)
    .returning(['id', 'name', 'kind', 'created_at'])
    .executeTakeFirstOrThrow();
  return toOrg(r);
}

export async function findOrg(ex: Executor, id: string): Promise<OrgRow | undefined> {
  const r = await ex
    .selectFrom('organisation')
    .select(['id', 'name', 'kind', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toOrg(r);
}

export async function listOrgs(ex: Executor, onlyIds?: string[]): Promise<OrgRow[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  let q = ex
    .selectFrom('organisation')
    .select(['id', 'name', 'kind', 'created_at'])
    .orderBy('created_at')
    .orderBy('id');
  if (onlyIds) q = q.where('id', 'in', onlyIds);
  return (await q.execute()).map(toOrg);
}

export type MemberRow = { userId: string; email: string; displayName: string; roles: string[]; joinedAt: Date };

export async function listMembers(ex: Executor, orgId: string): Promise<MemberRow[]> {
  const rows = await ex
    .selectFrom('membership as m')
    .innerJoin('user_account as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.display_name', 'm.roles', 'm.created_at'])
    .where('m.org_id', '=', orgId)
    .orderBy('m.created_at')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    displayName: r.display_name,
    roles: r.roles,
    joinedAt: new Date(r.created_at),
  }));
}

export async function findMembership(ex: Executor, orgId: string, userId: string): Promise<string[] | undefined> {
  const r = await ex
    .selectFrom('membership')
    .select('roles')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return r?.roles;
}

export async function upsertMembership(ex: Executor, orgId: string, userId: string, roles: string[]): Promise<void> {
  await ex
    .insertInto('membership')
    .values({ org_id: orgId, user_id: userId, roles })
    .onConflict((oc) => oc.columns(['org_id', 'user_id']).doUpdateSet({ roles }))
    .execute();
}

export async function deleteMembership(ex: Executor, orgId: string, userId: string): Promise<boolean> {
  const r = await ex
    .deleteFrom('membership')
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function countOrgAdmins(ex: Executor, orgId: string): Promise<number> {
  const rows = await ex.selectFrom('membership').select('roles').where('org_id', '=', orgId).execute();
  return rows.filter((r) => r.roles.includes('org-admin')).length;
}

/**
 * The org-admins of an organisation, their membership rows locked until the transaction ends,
 * so "is there another org-admin?" stays true while the caller removes this one.
 */
export async function lockOrgAdmins(ex: Executor, orgId: string): Promise<string[]> {
  const rows = await ex
    .selectFrom('membership')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where(sql<boolean>`${'org-admin'} = any(roles)`)
    .forUpdate()
    .execute();
  return rows.map((r) => r.user_id);
}

export async function deleteMembershipsOf(ex: Executor, userId: string): Promise<number> {
  const r = await ex.deleteFrom('membership').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export type InvitationRow = {
  id: string;
  orgId: string;
  email: string;
  roles: string[];
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

const invitationColumns = [
  'id',
  'org_id',
  'email',
  'roles',
  'created_at',
  'expires_at',
  'accepted_at',
  'revoked_at',
] as const;

const toInvitation = (r: {
  id: string;
  org_id: string;
  email: string;
  roles: string[];
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}): InvitationRow => ({
  id: r.id,
  orgId: r.org_id,
  email: r.email,
  roles: r.roles,
  createdAt: new Date(r.created_at),
  expiresAt: new Date(r.expires_at),
  acceptedAt: r.accepted_at ? new Date(r.accepted_at) : null,
  revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
});

export async function insertInvitation(
  ex: Executor,
  i: {
    id: string;
    orgId: string;
    email: string;
    roles: string[];
    tokenHash: string;
    createdBy: string | null;
    expiresAt: Date;
  },
): Promise<InvitationRow> {
  const r = await ex
    .insertInto('invitation')
    .values({
      id: i.id,
      org_id: i.orgId,
      email: i.email,
      roles: i.roles,
      token_hash: i.tokenHash,
      created_by: i.createdBy,
      expires_at: i.expiresAt,
    })
    .returning(invitationColumns)
    .executeTakeFirstOrThrow();
  return toInvitation(r);
}

export async function listInvitations(ex: Executor, orgId: string): Promise<InvitationRow[]> {
  const rows = await ex
    .selectFrom('invitation')
    .select(invitationColumns)
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toInvitation);
}

export async function findInvitationByTokenHash(ex: Executor, tokenHash: string): Promise<InvitationRow | undefined> {
  const r = await ex
    .selectFrom('invitation')
    .select(invitationColumns)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return r && toInvitation(r);
}

/** Marks it used only if still pending, so one link can be accepted once even by two racing requests. */
export async function markInvitationAccepted(ex: Executor, id: string, userId: string, at: Date): Promise<boolean> {
  const r = await ex
    .updateTable('invitation')
    .set({ accepted_at: at, accepted_by: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function revokeInvitation(ex: Executor, orgId: string, id: string, at: Date): Promise<boolean> {
  const r = await ex
    .updateTable('invitation')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('org_id', '=', orgId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Erasure: invitations sent to the person's address or accepted by them keep no trace of the
 * address, and one still pending is revoked (accepting it would create an account for the
 * placeholder address).
 */
export async function pseudonymiseInvitations(
  ex: Executor,
  p: { userId: string; oldEmail: string; newEmail: string; at: Date },
): Promise<void> {
  await ex
    .updateTable('invitation')
    .set({
      email: p.newEmail,
      revoked_at: sql<Date>`case when accepted_at is null and revoked_at is null then ${p.at} else revoked_at end`,
    })
    .where((w) => w.or([w('email', '=', p.oldEmail), w('accepted_by', '=', p.userId)]))
    .execute();
}
