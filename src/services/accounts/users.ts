/** A user and their memberships as the API shows them. */
import type { PlatformRole } from '../../domain/access/roles.js';
import { membershipsOf, type UserRow } from '../../storage/repositories/account.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { listOrgs } from '../../storage/repositories/organisation.repository.js';

export function toUserOut(user: UserRow) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    platformRoles: user.platformRoles as PlatformRole[],
  };
}

export async function membershipsWithOrgs(db: Executor, userId: string) {
  const memberships = await membershipsOf(db, userId);
  const orgs = new Map(
    (
      await listOrgs(
        db,
        memberships.map((m) => m.orgId),
      )
    ).map((o) => [o.id, o]),
  );
  return memberships.flatMap((m) => {
    const org = orgs.get(m.orgId);
    return org ? [{ org: { id: org.id, name: org.name, kind: org.kind }, roles: m.roles }] : [];
  });
}
