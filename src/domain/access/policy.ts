/**
 * `can(actor, action, resource)`: the one authorisation policy. Pure, so it is tested as a
 * table (every role against every operation) without a database.
 *
 * `decide` also says how a refusal must look: an organisation's data asked for by someone
 * outside that organisation is `hidden` (answered 404, so existence does not leak), a signed-out
 * caller is `unauthenticated` (401), anything else `forbidden` (403).
 */
import { type Actor, isPlatform, rolesIn, userIdOf } from './actor.js';
import { ACTIONS, type Action } from './actions.js';

export type Resource = { orgId?: string | undefined; ownerUserId?: string | undefined };

export type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'hidden';

export function decide(actor: Actor, action: Action, resource: Resource = {}, writes = false): Decision {
  const rule = ACTIONS[action];
  if (rule.kind === 'anyone') return 'allow';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (actor.kind === 'token' && writes && !actor.scopes.includes('write')) return 'forbidden';
  // The local operator already holds the database files: refusing them would protect nothing.
  if (actor.kind === 'operator') return 'allow';
  switch (rule.kind) {
    case 'self':
      return resource.ownerUserId === undefined || resource.ownerUserId === userIdOf(actor) ? 'allow' : 'hidden';
    case 'platform':
      return rule.roles.some((r) => isPlatform(actor, r)) ? 'allow' : 'forbidden';
    case 'org': {
      if (isPlatform(actor, 'admin')) return 'allow';
      if (!resource.orgId) return 'forbidden';
      const roles = rolesIn(actor, resource.orgId);
      if (roles.length === 0) return 'hidden';
      return rule.roles.some((r) => (roles as string[]).includes(r)) ? 'allow' : 'forbidden';
    }
  }
}

export function can(actor: Actor, action: Action, resource: Resource = {}, writes = false): boolean {
  return decide(actor, action, resource, writes) === 'allow';
}
