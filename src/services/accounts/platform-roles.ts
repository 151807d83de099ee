/**
 * Granting and revoking a platform role other than admin (today: `methodologist`, who drafts,
 * reviews and publishes standards in the workbench). Admins are made by `users.create-admin`;
 * this operation refuses to touch the admin role so an admin can never be demoted by mistake
 * through it (erasure handles leaving).
 */
import { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import { findUserByEmail, setPlatformRoles } from '../../storage/repositories/account.repository.js';
import { defineOperation } from '../operations/operation.js';
import { normaliseEmail } from './passwords.js';
import { emailSchema, userSchema } from './schemas.js';
import { toUserOut } from './users.js';

/** The platform roles this operation grants; `admin` has its own way in. */
export const GRANTABLE_PLATFORM_ROLES = ['methodologist'] as const;

export function platformRoleOperations() {
  const setPlatformRole = defineOperation({
    name: 'users.set-platform-role',
    summary: 'Grant or revoke a platform role (methodologist) of an account',
    input: z.object({
      email: emailSchema,
      role: z.enum(GRANTABLE_PLATFORM_ROLES).meta({ example: 'methodologist' }),
      granted: z.boolean().default(true),
    }),
    output: z.object({ user: userSchema, changed: z.boolean() }),
    action: 'user.manage',
    writes: true,
    cache: 'none',
    audit: 'user.platform-role-changed',
    run: async (input, ctx) => {
      const email = normaliseEmail(input.email);
      const user = await findUserByEmail(ctx.db, email);
      if (user?.status !== 'active') throw new AppError('not_found', `No active account has ${email}.`);
      const before = user.platformRoles;
      const after = input.granted
        ? [...new Set([...before, input.role])]
        : before.filter((role) => role !== input.role);
      const changed = after.length !== before.length;
      if (changed) await setPlatformRoles(ctx.db, user.id, after);
      // Recorded even when nothing changed: the trail shows who asked.
      ctx.audit({
        targetKind: 'user',
        targetId: user.id,
        subjectUserId: user.id,
        before: { platformRoles: before },
        after: { platformRoles: after },
      });
      return { user: toUserOut({ ...user, platformRoles: after }), changed };
    },
  });
  return { setPlatformRole };
}
