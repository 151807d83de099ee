/**
 * Who may do what is built from two kinds of role: platform roles (held across Kasip) and
 * organisation roles (held in one organisation; one user may hold different ones in several).
 */
export const PLATFORM_ROLES = ['admin', 'methodologist'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const ORG_ROLES = ['org-admin', 'hr-officer', 'assessor', 'programme-designer', 'member'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** The kinds of organisation the standard's uses call for (certifying, teaching, employing, maintaining). */
export const ORG_KINDS = [
  'social-service-provider',
  'education-provider',
  'assessment-centre',
  'methodology-body',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** What an API token may do: `read` runs operations that do not write; `write` runs writes too. */
export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
