/** The shapes the account and organisation operations take and answer. */
import { z } from 'zod';
import { ORG_KINDS, ORG_ROLES, PLATFORM_ROLES, TOKEN_SCOPES } from '../../domain/access/roles.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';

export const emailSchema = z
  .string({ error: 'email is required' })
  .trim()
  .max(254, 'an email address has at most 254 characters')
  .email('this is not an email address');
export const passwordSchema = z
  .string({ error: 'password is required' })
  .min(1, 'password is required')
  .max(MAX_PASSWORD_LENGTH);
export const uuidSchema = z.string().uuid('this is not an id');
export const orgRoleSchema = z.enum(ORG_ROLES, { error: `a role is one of ${ORG_ROLES.join(', ')}` });
export const orgKindSchema = z.enum(ORG_KINDS, { error: `kind is one of ${ORG_KINDS.join(', ')}` });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    platformRoles: z.array(z.enum(PLATFORM_ROLES)),
  })
  .meta({ id: 'User' });

export const orgSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: orgKindSchema,
    createdAt: z.string(),
    myRoles: z.array(orgRoleSchema),
  })
  .meta({ id: 'Organisation' });

export const signedInSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  /** The session cookie's value: the HTTP adapter moves it into the cookie and never into the body. */
  session: z.object({ secret: z.string(), expiresAt: z.string() }),
});

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    createdAt: z.string(),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    roles: z.array(orgRoleSchema),
    createdAt: z.string(),
    expiresAt: z.string(),
    status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  })
  .meta({ id: 'Invitation' });

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ kind: z.string(), userId: z.string().nullable(), label: z.string().nullable() }),
    operation: z.string(),
    event: z.string(),
    orgId: z.string().nullable(),
    target: z.object({ kind: z.string(), id: z.string() }),
    subject: z.object({ userId: z.string().nullable(), label: z.string().nullable() }),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

export const iso = (d: Date) => d.toISOString();

/** Whether a link also went out by mail: `off` without SMTP_URL, else `sent` or `failed`. */
export const mailOutcomeSchema = z.enum(['sent', 'failed', 'off']);
export type MailOutcome = z.output<typeof mailOutcomeSchema>;
