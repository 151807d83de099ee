/**
 * Platform admins. The first one is made at the command line (`kasip admin create`) by the
 * operator who holds the database, with a password read from standard input: Kasip never ships
 * or prints a default password. Later ones can be made the same way or by an admin.
 */
import { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import {
  findUserByEmail,
  insertUser,
  listPlatformAdmins,
  type UserRow,
} from '../../storage/repositories/account.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { defineOperation } from '../operations/operation.js';
import { checkNewPassword, hashPassword, normaliseEmail } from './passwords.js';
import { platformRoleOperations } from './platform-roles.js';
import { emailSchema, iso, userSchema } from './schemas.js';
import { toUserOut } from './users.js';

export type NewAdmin = { email: string; password: string; displayName?: string | undefined };

/**
 * Creates an active account holding the platform `admin` role. Refuses a password outside the
 * length rules (validation_failed) and an email that already has an account (conflict).
 * @example await createFirstAdmin(trx, { email: 'admin@example.kz', password: secretFromStdin })
 */
export async function createFirstAdmin(db: Executor, admin: NewAdmin): Promise<UserRow> {
  checkNewPassword(admin.password);
  const email = normaliseEmail(admin.email);
  if (await findUserByEmail(db, email)) throw new AppError('conflict', `An account with ${email} already exists.`);
  const fields = {
    id: crypto.randomUUID(),
    email,
    displayName: admin.displayName?.trim() || (email.split('@')[0] ?? email),
    passwordHash: await hashPassword(admin.password),
    platformRoles: ['admin'],
  };
  await insertUser(db, fields);
  return { ...fields, status: 'active', createdAt: new Date() };
}

const adminSchema = userSchema.extend({ createdAt: z.string() });

export function adminOperations() {
  const createAdmin = defineOperation({
    name: 'users.create-admin',
    summary: 'Create a platform admin account',
    input: z.object({
      email: emailSchema,
      // Length is checked by createFirstAdmin, with the same message for the CLI and the API.
      password: z.string({ error: 'password is required' }).max(1000),
      displayName: z.string().trim().max(200).optional(),
    }),
    output: z.object({ user: userSchema }),
    action: 'user.manage',
    writes: true,
    cache: 'none',
    audit: 'user.created',
    run: async (input, ctx) => {
      const user = await createFirstAdmin(ctx.db, input);
      ctx.audit({
        targetKind: 'user',
        targetId: user.id,
        subjectUserId: user.id,
        after: { email: user.email, displayName: user.displayName, platformRoles: user.platformRoles },
      });
      return { user: toUserOut(user) };
    },
  });

  const listAdmins = defineOperation({
    name: 'users.list-admins',
    summary: 'The platform admins',
    input: z.object({}),
    output: z.object({ admins: z.array(adminSchema) }),
    action: 'user.manage',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (_input, ctx) => ({
      admins: (await listPlatformAdmins(ctx.db)).map((u) => ({
        ...toUserOut(u),
        createdAt: iso(u.createdAt),
      })),
    }),
  });

  return { createAdmin, listAdmins, ...platformRoleOperations() };
}
