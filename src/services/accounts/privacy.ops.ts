/**
 * A person's rights over their personal data (Law of the Republic of Kazakhstan No. 94-V "On
 * personal data and their protection"): to receive what Kasip holds about them, and to have it
 * destroyed. Erasure pseudonymises rather than deletes the account row: the audit trail, which
 * the database keeps append-only, still refers to the same id, and now names it by a pseudonym.
 */
import { z } from 'zod';
import { staffOfUser } from '../../storage/repositories/staff.repository.js';
import { PLATFORM_ROLES } from '../../domain/access/roles.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  deletePasswordResetsOf,
  deleteSessionsOf,
  findUserById,
  listPlatformAdmins,
  listSessions,
  listTokens,
  pseudonymiseUser,
  revokeTokensOf,
  type UserRow,
} from '../../storage/repositories/account.repository.js';
import { listConsents, withdrawConsentsOf } from '../../storage/repositories/consent.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  deleteMembershipsOf,
  findOrg,
  lockOrgAdmins,
  pseudonymiseInvitations,
} from '../../storage/repositories/organisation.repository.js';
import { defineOperation, type OperationContext } from '../operations/operation.js';
import { auditEventOut, collectAuditEvents } from './audit.ops.js';
import { requireSelf, tokenOut } from './auth.ops.js';
import { verifyPassword } from './passwords.js';
import { auditEventSchema, iso, passwordSchema, tokenSchema, uuidSchema } from './schemas.js';
import { membershipsWithOrgs } from './users.js';

/** What a person types to confirm erasure, so a stray request cannot erase an account. */
export const ERASE_CONFIRMATION = 'erase my account';

export const erasedEmail = (id: string) => `erased-${id}@invalid`;
export const erasedName = (id: string) => `Erased user ${id.slice(0, 8)}`;

const myDataSchema = z
  .object({
    exportedAt: z.string(),
    account: z.object({
      id: z.string(),
      email: z.string(),
      displayName: z.string(),
      platformRoles: z.array(z.enum(PLATFORM_ROLES)),
      status: z.string(),
      createdAt: z.string(),
    }),
    memberships: z.array(
      z.object({ org: z.object({ id: z.string(), name: z.string(), kind: z.string() }), roles: z.array(z.string()) }),
    ),
    consents: z.array(z.object({ purpose: z.string(), givenAt: z.string(), withdrawnAt: z.string().nullable() })),
    /** When and from what browser; never what opens a session. */
    sessions: z.array(
      z.object({
        createdAt: z.string(),
        lastSeenAt: z.string(),
        expiresAt: z.string(),
        userAgent: z.string().nullable(),
      }),
    ),
    /** Names, scopes and dates; never a secret (only its hash is stored anyway). */
    tokens: z.array(tokenSchema),
    /** The staff records organisations keep about me and have linked to my account (the register's own data). */
    staffRecords: z.array(
      z.object({ orgId: z.string(), record: z.record(z.string(), z.unknown()), updatedAt: z.string() }),
    ),
    /** Events they did, or that were about them. */
    auditEvents: z.array(auditEventSchema),
  })
  .meta({ id: 'MyData' });

const erasedSchema = z.object({ erased: z.literal(true) });

/**
 * Erasure would leave an organisation without anyone to run it, or Kasip without a platform
 * admin; both are refused until someone else holds the role. The rows read are locked, so two
 * admins erasing themselves at once cannot both be "not the last".
 */
async function refuseLastAdmin(db: Executor, user: UserRow, orgIds: string[]): Promise<void> {
  for (const orgId of orgIds) {
    const admins = await lockOrgAdmins(db, orgId);
    if (admins.length === 1 && admins[0] === user.id) {
      const org = await findOrg(db, orgId);
      throw new AppError(
        'conflict',
        `This account is the last org-admin of "${org?.name ?? orgId}"; make someone else org-admin there first.`,
      );
    }
  }
  if (user.platformRoles.includes('admin')) {
    const admins = await listPlatformAdmins(db, { forUpdate: true });
    if (admins.every((a) => a.id === user.id)) {
      throw new AppError('conflict', 'This account is the last platform admin; make someone else admin first.');
    }
  }
}

/** Pseudonymises the account and ends everything it could still do; audit rows are never touched. */
async function eraseAccount(ctx: OperationContext, user: UserRow, by: 'self' | 'admin'): Promise<void> {
  const db = ctx.db;
  const memberships = await membershipsWithOrgs(db, user.id);
  await refuseLastAdmin(
    db,
    user,
    memberships.filter((m) => m.roles.includes('org-admin')).map((m) => m.org.id),
  );
  const sessionsEnded = await deleteSessionsOf(db, user.id);
  const tokensRevoked = await revokeTokensOf(db, user.id, ctx.now);
  const membershipsRemoved = await deleteMembershipsOf(db, user.id);
  await withdrawConsentsOf(db, user.id, ctx.now);
  await deletePasswordResetsOf(db, user.id);
  const email = erasedEmail(user.id);
  await pseudonymiseInvitations(db, { userId: user.id, oldEmail: user.email, newEmail: email, at: ctx.now });
  await pseudonymiseUser(db, user.id, { email, displayName: erasedName(user.id), at: ctx.now });
  // Each organisation's trail says its member left; the account's own event says the rest.
  for (const m of memberships) {
    ctx.audit({
      targetKind: 'membership',
      targetId: user.id,
      orgId: m.org.id,
      subjectUserId: user.id,
      before: { roles: m.roles },
    });
  }
  ctx.audit({
    targetKind: 'user',
    targetId: user.id,
    subjectUserId: user.id,
    before: { status: user.status, platformRoles: user.platformRoles },
    after: { status: 'erased', by, sessionsEnded, tokensRevoked, membershipsRemoved },
  });
}

export function privacyOperations() {
  const exportMine = defineOperation({
    name: 'me.export',
    summary: 'Everything Kasip holds about me, as JSON',
    input: z.object({}),
    output: myDataSchema,
    action: 'account.self',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (_input, ctx) => {
      const user = await requireSelf(ctx.db, ctx.actor);
      const events = await collectAuditEvents(ctx.db, { involvingUserId: user.id });
      return {
        exportedAt: iso(ctx.now),
        account: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          platformRoles: user.platformRoles as z.infer<typeof myDataSchema>['account']['platformRoles'],
          status: user.status,
          createdAt: iso(user.createdAt),
        },
        memberships: await membershipsWithOrgs(ctx.db, user.id),
        consents: await listConsents(ctx.db, user.id),
        sessions: (await listSessions(ctx.db, user.id)).map((s) => ({
          createdAt: iso(s.createdAt),
          lastSeenAt: iso(s.lastSeenAt),
          expiresAt: iso(s.expiresAt),
          userAgent: s.userAgent,
        })),
        tokens: (await listTokens(ctx.db, user.id)).map(tokenOut),
        staffRecords: (await staffOfUser(ctx.db, user.id)).map((s) => ({
          orgId: s.orgId,
          record: s.record as unknown as Record<string, unknown>,
          updatedAt: iso(s.updatedAt),
        })),
        auditEvents: events.map(auditEventOut),
      };
    },
  });

  const eraseMine = defineOperation({
    name: 'me.erase',
    summary: 'Erase my account (needs my password and the confirmation phrase)',
    input: z.object({
      password: passwordSchema,
      confirm: z.literal(ERASE_CONFIRMATION, { error: `type "${ERASE_CONFIRMATION}" to confirm` }),
    }),
    output: erasedSchema,
    action: 'account.self',
    writes: true,
    cache: 'none',
    audit: 'account.erased',
    run: async (input, ctx) => {
      // A leaked token must not be able to destroy the account it belongs to.
      if (ctx.actor.kind === 'token') throw new AppError('forbidden', 'API tokens cannot erase accounts.');
      const user = await requireSelf(ctx.db, ctx.actor);
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        const message = 'this is not the password of your account';
        throw new AppError('validation_failed', message, [{ path: 'password', message }]);
      }
      await eraseAccount(ctx, user, 'self');
      return { erased: true as const };
    },
  });

  const eraseUser = defineOperation({
    name: 'users.erase',
    summary: "Erase someone's account at their request (platform admins)",
    input: z.object({ userId: uuidSchema }),
    output: erasedSchema,
    action: 'user.manage',
    writes: true,
    cache: 'none',
    audit: 'account.erased',
    run: async (input, ctx) => {
      const user = await findUserById(ctx.db, input.userId);
      if (!user) throw new AppError('not_found', 'There is no account with this id.');
      if (user.status === 'erased') throw new AppError('conflict', 'This account is already erased.');
      await eraseAccount(ctx, user, 'admin');
      return { erased: true as const };
    },
  });

  return { exportMine, eraseMine, eraseUser };
}
