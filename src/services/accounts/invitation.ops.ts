/**
 * Joining an organisation: an org-admin invites by email and roles, and the single-use link that
 * expires (shown once to hand over, and mailed when SMTP_URL is set) lets the person create
 * their account, or join with the one they have, giving consent to the processing of their data.
 */
import { z } from 'zod';
import type { AccountsConfig } from '../../config.js';
import { userIdOf } from '../../domain/access/actor.js';
import type { OrgRole } from '../../domain/access/roles.js';
import { AppError } from '../../domain/shared/errors.js';
import { findUserByEmail, insertUser } from '../../storage/repositories/account.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  findInvitationByTokenHash,
  findMembership,
  insertInvitation,
  type InvitationRow,
  listInvitations,
  markInvitationAccepted,
  revokeInvitation,
  upsertMembership,
} from '../../storage/repositories/organisation.repository.js';
import { insertConsent } from '../../storage/repositories/consent.repository.js';
import type { Mailer } from '../mail/mailer.js';
import { invitationMail } from '../mail/messages.js';
import { defineOperation } from '../operations/operation.js';
import { hashSecret, newSecret } from '../secrets.js';
import { checkNewPassword, hashPassword, normaliseEmail, verifyPassword } from './passwords.js';
import {
  emailSchema,
  invitationSchema,
  type MailOutcome,
  mailOutcomeSchema,
  iso,
  orgRoleSchema,
  signedInSchema,
  uuidSchema,
} from './schemas.js';
import { byOrg, orgParam, requireOrg, rolesSchema } from './org-scope.js';
import { startSession } from './sessions.js';
import { toUserOut } from './users.js';

export const INVITATION_DAYS = 7;
export const MEMBERSHIP_CONSENT = 'organisation-membership';

function invitationStatus(i: InvitationRow, now: Date): 'pending' | 'accepted' | 'expired' | 'revoked' {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt <= now ? 'expired' : 'pending';
}

const invitationOut = (i: InvitationRow, now: Date) => ({
  id: i.id,
  email: i.email,
  roles: i.roles as OrgRole[],
  createdAt: iso(i.createdAt),
  expiresAt: iso(i.expiresAt),
  status: invitationStatus(i, now),
});

export function invitationOperations(config: AccountsConfig, mailer: Mailer) {
  const invitations = defineOperation({
    name: 'orgs.invitations.list',
    summary: "An organisation's invitations",
    input: orgParam,
    output: z.object({ invitations: z.array(invitationSchema) }),
    action: 'org.members.manage',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const now = ctx.now;
      return { invitations: (await listInvitations(ctx.db, input.orgId)).map((i) => invitationOut(i, now)) };
    },
  });

  const invite = defineOperation({
    name: 'orgs.invitations.create',
    summary: 'Invite someone (the single-use link is shown once, to hand over)',
    input: orgParam.extend({ email: emailSchema, roles: rolesSchema }),
    output: z.object({ invitation: invitationSchema, link: z.string(), mail: mailOutcomeSchema }),
    action: 'org.members.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'invitation.created',
    run: async (input, ctx) => {
      const org = await requireOrg(ctx.db, input.orgId);
      const token = newSecret();
      const now = ctx.now;
      const row = await insertInvitation(ctx.db, {
        id: crypto.randomUUID(),
        orgId: input.orgId,
        email: normaliseEmail(input.email),
        roles: input.roles,
        tokenHash: hashSecret(token),
        createdBy: userIdOf(ctx.actor),
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      });
      ctx.audit({
        targetKind: 'invitation',
        targetId: row.id,
        orgId: input.orgId,
        after: { email: row.email, roles: row.roles },
      });
      const link = `${config.publicUrl}/invite/${token}`;
      const out = { invitation: invitationOut(row, now), link, mail: 'off' as MailOutcome };
      ctx.afterCommit(async () => {
        out.mail = await mailer.send(invitationMail(row.email, org.name, link, out.invitation.expiresAt));
      });
      return out;
    },
  });

  const revokeInvite = defineOperation({
    name: 'orgs.invitations.revoke',
    summary: 'Revoke a pending invitation',
    input: orgParam.extend({ id: uuidSchema }),
    output: z.object({ revoked: z.literal(true) }),
    action: 'org.members.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'invitation.revoked',
    run: async (input, ctx) => {
      if (!(await revokeInvitation(ctx.db, input.orgId, input.id, ctx.now))) {
        throw new AppError('not_found', 'There is no pending invitation with this id.');
      }
      ctx.audit({ targetKind: 'invitation', targetId: input.id, orgId: input.orgId, after: { revoked: true } });
      return { revoked: true as const };
    },
  });

  /** The link's token is the authority; an unknown, used, revoked or expired one is simply not found. */
  async function pendingInvitation(db: Executor, token: string, now: Date) {
    const row = await findInvitationByTokenHash(db, hashSecret(token));
    if (!row || invitationStatus(row, now) !== 'pending') {
      throw new AppError('not_found', 'This invitation link is unknown, already used, revoked or expired.');
    }
    return row;
  }

  const tokenSchema = z
    .string()
    .min(20)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'this is not an invitation link');

  const viewInvitation = defineOperation({
    name: 'invitations.view',
    summary: 'What an invitation link offers',
    input: z.object({ token: tokenSchema }),
    output: z.object({
      org: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
      email: z.string(),
      roles: z.array(orgRoleSchema),
      expiresAt: z.string(),
      accountExists: z.boolean(),
    }),
    action: 'auth.public',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await pendingInvitation(ctx.db, input.token, ctx.now);
      const org = await requireOrg(ctx.db, row.orgId);
      return {
        org: { id: org.id, name: org.name, kind: org.kind },
        email: row.email,
        roles: row.roles as OrgRole[],
        expiresAt: iso(row.expiresAt),
        accountExists: Boolean(await findUserByEmail(ctx.db, row.email)),
      };
    },
  });

  const acceptInvitation = defineOperation({
    name: 'invitations.accept',
    summary: 'Accept an invitation: create the account (or join with the existing one) and sign in',
    input: z.object({
      token: tokenSchema,
      displayName: z.string().trim().min(1, 'a name is required').max(200),
      password: z.string().max(256),
      consent: z.literal(true, { error: 'consent to the processing of personal data is required to join' }),
      userAgent: z.string().max(1000).optional(),
    }),
    output: signedInSchema,
    action: 'auth.public',
    writes: true,
    cache: 'none',
    audit: 'invitation.accepted',
    run: async (input, ctx) => {
      const row = await pendingInvitation(ctx.db, input.token, ctx.now);
      const now = ctx.now;
      let user = await findUserByEmail(ctx.db, row.email);
      if (user) {
        // An existing account joins only with its own password: the link alone must not take it over.
        if (!(await verifyPassword(user.passwordHash, input.password))) {
          throw new AppError('unauthenticated', 'An account with this email exists; enter its password to join.');
        }
      } else {
        checkNewPassword(input.password);
        const id = crypto.randomUUID();
        await insertUser(ctx.db, {
          id,
          email: row.email,
          displayName: input.displayName,
          passwordHash: await hashPassword(input.password),
          platformRoles: [],
        });
        user = {
          id,
          email: row.email,
          displayName: input.displayName,
          passwordHash: null,
          platformRoles: [],
          status: 'active',
          createdAt: now,
        };
      }
      if (!(await markInvitationAccepted(ctx.db, row.id, user.id, now))) {
        throw new AppError('not_found', 'This invitation link is unknown, already used, revoked or expired.');
      }
      const existing = (await findMembership(ctx.db, row.orgId, user.id)) ?? [];
      const roles = [...new Set([...existing, ...row.roles])];
      await upsertMembership(ctx.db, row.orgId, user.id, roles);
      await insertConsent(ctx.db, { userId: user.id, purpose: `${MEMBERSHIP_CONSENT}:${row.orgId}` });
      const session = await startSession(ctx.db, user.id, { config, now, userAgent: input.userAgent });
      ctx.audit({
        targetKind: 'invitation',
        targetId: row.id,
        orgId: row.orgId,
        subjectUserId: user.id,
        after: { roles, consent: MEMBERSHIP_CONSENT },
      });
      return {
        user: toUserOut(user),
        csrfToken: session.csrfToken,
        session: { secret: session.secret, expiresAt: iso(session.expiresAt) },
      };
    },
  });

  return { invitations, invite, revokeInvite, viewInvitation, acceptInvitation };
}
