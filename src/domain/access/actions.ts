/**
 * Every action an operation may need, with the rule that grants it. The operation list names
 * one of these; the policy reads this table; the authorisation matrix test is built from both.
 */
import type { OrgRole, PlatformRole } from './roles.js';

export type Rule =
  /** Anybody, signed in or not: the public registry. */
  | { kind: 'anyone' }
  /** Any signed-in user, about themself (their account, sessions, tokens, data). */
  | { kind: 'self' }
  /** A platform role. */
  | { kind: 'platform'; roles: PlatformRole[] }
  /** A role in the organisation the resource belongs to (platform admins may act in any). */
  | { kind: 'org'; roles: OrgRole[] };

export const ACTIONS = {
  'registry.read': { kind: 'anyone' },
  /** Signing in, reading or accepting an invitation link: the secret in the request is the authority. */
  'auth.public': { kind: 'anyone' },
  'account.self': { kind: 'self' },
  'org.create': { kind: 'platform', roles: ['admin'] },
  'org.list.all': { kind: 'platform', roles: ['admin'] },
  'user.manage': { kind: 'platform', roles: ['admin'] },
  'org.read': { kind: 'org', roles: ['org-admin', 'hr-officer', 'assessor', 'programme-designer', 'member'] },
  'org.manage': { kind: 'org', roles: ['org-admin'] },
  'org.members.read': { kind: 'org', roles: ['org-admin', 'hr-officer'] },
  'org.members.manage': { kind: 'org', roles: ['org-admin'] },
  'audit.read.org': { kind: 'org', roles: ['org-admin'] },
  'audit.read.all': { kind: 'platform', roles: ['admin'] },
  /** The staff register: personal data, so only the people who keep it (not every member). */
  'staff.read': { kind: 'org', roles: ['org-admin', 'hr-officer'] },
  'staff.manage': { kind: 'org', roles: ['org-admin', 'hr-officer'] },
  'attestation.manage': { kind: 'org', roles: ['org-admin', 'hr-officer'] },
  /** Counts over every organisation, no personal data: for the ministry's view. */
  'hr.aggregate': { kind: 'platform', roles: ['admin'] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];
