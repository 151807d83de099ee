/**
 * Organisations and who belongs to them: created by platform admins, run by their org-admins,
 * joined through single-use invitation links that an admin hands over (no mail server needed).
 */
import { z } from 'zod';
import type { AccountsConfig } from '../../config.js';
import { rolesIn } from '../../domain/access/actor.js';
import type { OrgRole } from '../../domain/access/roles.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  countOrgAdmins,
  deleteMembership,
  findMembership,
  insertOrg,
  listMembers,
  listOrgs,
  upsertMembership,
} from '../../storage/repositories/organisation.repository.js';
import { type Mailer, NO_MAIL } from '../mail/mailer.js';
import { defineOperation } from '../operations/operation.js';
import { iso, orgKindSchema, orgRoleSchema, orgSchema, uuidSchema } from './schemas.js';
import { invitationOperations } from './invitation.ops.js';
import { byOrg, orgParam, requireOrg, rolesSchema } from './org-scope.js';

export function orgOperations(config: AccountsConfig, mailer: Mailer = NO_MAIL) {
  // Invitations are how people join an organisation; they live in their own file.
  const joining = invitationOperations(config, mailer);
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

  return {
    create,
    list,
    get,
    members,
    setRoles,
    remove,
    ...joining,
  };
}
