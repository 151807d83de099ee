/**
 * Organisations and who belongs to them: created by platform admins, run by their org-admins,
 * joined through single-use invitation links that an admin hands over (no mail server needed).
 */
import { z } from 'zod';
import type { AccountsConfig } from '../../config.js';
import { rolesIn, userIdOf } from '../../domain/access/actor.js';
import type { OrgRole } from '../../domain/access/roles.js';
import { AppError } from '../../domain/shared/errors.js';
import { findUserByEmail, insertUser } from '../../storage/repositories/account.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  countOrgAdmins,
  deleteMembership,
  findInvitationByTokenHash,
  findMembership,
  findOrg,
  insertInvitation,
  insertOrg,
  type InvitationRow,
  listInvitations,
  listMembers,
  listOrgs,
  markInvitationAccepted,
  revokeInvitation,
  upsertMembership,
} from '../../storage/repositories/organisation.repository.js';
import { insertConsent } from '../../storage/repositories/consent.repository.js';
import { type Mailer, NO_MAIL } from '../mail/mailer.js';
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
  orgKindSchema,
  orgRoleSchema,
  orgSchema,
  signedInSchema,
  uuidSchema,
} from './schemas.js';
import { startSession } from './sessions.js';
import { toUserOut } from './users.js';

export const INVITATION_DAYS = 7;
export const MEMBERSHIP_CONSENT = 'organisation-membership';

const orgParam = z.object({ orgId: uuidSchema });
const byOrg = (input: { orgId: string }) => ({ orgId: input.orgId });

/** An unknown organisation is reported like one the caller may not see: 404 either way. */
export async function requireOrg(db: Executor, orgId: string) {
  const org = await findOrg(db, orgId);
  if (!org) throw new AppError('not_found', 'There is nothing here, or it is not yours to see.');
  return org;
}

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

const rolesSchema = z
  .array(orgRoleSchema)
  .min(1, 'at least one role')
  .transform((r) => [...new Set(r)]);

export function orgOperations(config: AccountsConfig, mailer: Mailer = NO_MAIL) {
  const create = defineOperation({
    name: 'orgs.create',
    summary: 'Create an organisation',
    input: z.object({ name: z.string().trim().min(2, 'a name has 2 to 300 characters').max(300), kind: orgKindSchema }),
    output: orgSchema,
    action: 'org.create',
    writes: true,
    cache: 'none',
    audit: 'org.created',
    run: async (input, ctx) => {
      const org = await insertOrg(ctx.db, { id: crypto.randomUUID(), name: input.name, kind: input.kind });
      ctx.audit({
        targetKind: 'organisation',
        targetId: org.id,
        orgId: org.id,
        after: { name: org.name, kind: org.kind },
      });
      return { id: org.id, name: org.name, kind: input.kind, createdAt: iso(org.createdAt), myRoles: [] };
    },
  });

  const list = defineOperation({
    name: 'orgs.list',
    summary: 'My organisations (every one, for platform admins)',
    input: z.object({}),
    output: z.object({ orgs: z.array(orgSchema) }),
    action: 'account.self',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (_input, ctx) => {
      const admin =
        (ctx.actor.kind === 'user' || ctx.actor.kind === 'token') && ctx.actor.platformRoles.includes('admin');
      const mine =
        ctx.actor.kind === 'user' || ctx.actor.kind === 'token' ? ctx.actor.memberships.map((m) => m.orgId) : [];
      const orgs = await listOrgs(ctx.db, admin || ctx.actor.kind === 'operator' ? undefined : mine);
      return {
        orgs: orgs.map((o) => ({
          id: o.id,
          name: o.name,
          kind: o.kind as z.infer<typeof orgKindSchema>,
          createdAt: iso(o.createdAt),
          myRoles: rolesIn(ctx.actor, o.id),
        })),
      };
    },
  });

  const get = defineOperation({
    name: 'orgs.get',
    summary: 'One organisation',
    input: orgParam,
    output: orgSchema,
    action: 'org.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const o = await requireOrg(ctx.db, input.orgId);
      return {
        id: o.id,
        name: o.name,
        kind: o.kind as z.infer<typeof orgKindSchema>,
        createdAt: iso(o.createdAt),
        myRoles: rolesIn(ctx.actor, o.id),
      };
    },
  });

  const members = defineOperation({
    name: 'orgs.members.list',
    summary: "An organisation's members and their roles",
    input: orgParam,
    output: z.object({
      members: z.array(
        z.object({
          userId: z.string(),
          email: z.string(),
          displayName: z.string(),
          roles: z.array(orgRoleSchema),
          joinedAt: z.string(),
        }),
      ),
    }),
    action: 'org.members.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const rows = await listMembers(ctx.db, input.orgId);
      return { members: rows.map((m) => ({ ...m, roles: m.roles as OrgRole[], joinedAt: iso(m.joinedAt) })) };
    },
  });

  const setRoles = defineOperation({
    name: 'orgs.members.set-roles',
    summary: "Change a member's roles",
    input: orgParam.extend({ userId: uuidSchema, roles: rolesSchema }),
    output: z.object({ userId: z.string(), roles: z.array(orgRoleSchema) }),
    action: 'org.members.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'membership.roles-changed',
    run: async (input, ctx) => {
      const before = await findMembership(ctx.db, input.orgId, input.userId);
      if (!before) throw new AppError('not_found', 'This person is not a member of the organisation.');
      if (
        before.includes('org-admin') &&
        !input.roles.includes('org-admin') &&
        (await countOrgAdmins(ctx.db, input.orgId)) <= 1
      ) {
        throw new AppError(
          'conflict',
          'An organisation keeps at least one org-admin; make someone else org-admin first.',
        );
      }
      await upsertMembership(ctx.db, input.orgId, input.userId, input.roles);
      ctx.audit({
        targetKind: 'membership',
        targetId: input.userId,
        orgId: input.orgId,
        subjectUserId: input.userId,
        before: { roles: before },
        after: { roles: input.roles },
      });
      return { userId: input.userId, roles: input.roles };
    },
  });

  const remove = defineOperation({
    name: 'orgs.members.remove',
    summary: 'Remove a member from the organisation',
    input: orgParam.extend({ userId: uuidSchema }),
    output: z.object({ removed: z.literal(true) }),
    action: 'org.members.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'membership.removed',
    run: async (input, ctx) => {
      const before = await findMembership(ctx.db, input.orgId, input.userId);
      if (!before) throw new AppError('not_found', 'This person is not a member of the organisation.');
      if (before.includes('org-admin') && (await countOrgAdmins(ctx.db, input.orgId)) <= 1) {
        throw new AppError('conflict', 'The last org-admin cannot be removed.');
      }
      await deleteMembership(ctx.db, input.orgId, input.userId);
      ctx.audit({
        targetKind: 'membership',
        targetId: input.userId,
        orgId: input.orgId,
        subjectUserId: input.userId,
        before: { roles: before },
      });
      return { removed: true as const };
    },
  });

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

  return {
    create,
    list,
    get,
    members,
    setRoles,
    remove,
    invitations,
    invite,
    revokeInvite,
    viewInvitation,
    acceptInvitation,
  };
}
