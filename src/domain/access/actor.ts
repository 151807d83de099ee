/**
 * The one who runs an operation: nobody (a public read), a signed-in user, another system with
 * an API token (acting for the user who made it, within its scopes), or the local operator at
 * the command line (who already holds the database, so is trusted like an admin).
 */
import type { OrgRole, PlatformRole, TokenScope } from './roles.js';

export type Membership = { orgId: string; roles: OrgRole[] };

export type UserActor = {
  kind: 'user';
  userId: string;
  platformRoles: PlatformRole[];
  memberships: Membership[];
  sessionId: string | null;
};

export type TokenActor = Omit<UserActor, 'kind' | 'sessionId'> & {
  kind: 'token';
  tokenId: string;
  scopes: TokenScope[];
};

export type Actor = { kind: 'anonymous' } | UserActor | TokenActor | { kind: 'operator' };

export const ANONYMOUS: Actor = { kind: 'anonymous' };
export const OPERATOR: Actor = { kind: 'operator' };

export function rolesIn(actor: Actor, orgId: string): OrgRole[] {
  if (actor.kind !== 'user' && actor.kind !== 'token') return [];
  return actor.memberships.find((m) => m.orgId === orgId)?.roles ?? [];
}

export function isPlatform(actor: Actor, role: PlatformRole): boolean {
  return (actor.kind === 'user' || actor.kind === 'token') && actor.platformRoles.includes(role);
}

/** The user behind the actor, if any (a token acts for its owner). */
export function userIdOf(actor: Actor): string | null {
  return actor.kind === 'user' || actor.kind === 'token' ? actor.userId : null;
}
