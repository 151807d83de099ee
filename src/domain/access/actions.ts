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
  /** Assessment instruments and sessions are read by the people who build and run them. */
  'assessment.read': { kind: 'org', roles: ['org-admin', 'assessor', 'hr-officer'] },
  /** Item bank, practical tasks, specifications: written by assessors (and the org's admin). */
  'assessment.manage': { kind: 'org', roles: ['org-admin', 'assessor'] },
  /**
   * Scheduling a session and enrolling candidates: an assessment centre's assessors, or an
   * employer's HR officer attesting their own staff.
   */
  'assessment.sessions': { kind: 'org', roles: ['org-admin', 'assessor', 'hr-officer'] },
  /** Scoring, evidence, decisions and appeals: assessors and the org's admin, never HR alone. */
  'assessment.score': { kind: 'org', roles: ['org-admin', 'assessor'] },
  /** Issuing and revoking certificates, rotating the issuer key. */
  'certificate.manage': { kind: 'org', roles: ['org-admin', 'assessor'] },
  /** A candidate taking a test: the secret test link in the request is the authority, as with invitations. */
  'assessment.candidate': { kind: 'anyone' },
  /** Reading, verifying and looking up certificates, status lists and issuer DIDs: open to any verifier. */
  'credential.public': { kind: 'anyone' },
  /** Programmes are read by the people who design them and by the provider's admin. */
  'programme.read': { kind: 'org', roles: ['org-admin', 'programme-designer'] },
  /** Designing, finalising, importing and archiving programmes. */
  'programme.manage': { kind: 'org', roles: ['org-admin', 'programme-designer'] },
  /**
   * The workbench: drafting, reviewing, approving and publishing editions of standards, and
   * importing standards from files. Methodologists only; approval also needs a second one.
   */
  'standard.author': { kind: 'platform', roles: ['methodologist'] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];
