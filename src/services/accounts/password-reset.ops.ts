/**
 * Password resets without a mail server: a platform admin (or the operator at the command line)
 * makes a single-use link that expires, and hands it over; the person opens it and chooses a new
 * password. Using it ends every session of that account, so a thief signed in with the old
 * password is signed out too.
 */
import { z } from 'zod';
import type { AccountsConfig } from '../../config.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  deleteSessionsOf,
  findUserByEmail,
  findUserById,
  setPassword,
} from '../../storage/repositories/account.repository.js';
import {
  findPasswordReset,
  insertPasswordReset,
  retirePasswordResetsOf,
  usePasswordReset,
} from '../../storage/repositories/password-reset.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import type { Mailer } from '../mail/mailer.js';
import { passwordResetMail } from '../mail/messages.js';
import { defineOperation } from '../operations/operation.js';
import { hashSecret, newSecret } from '../secrets.js';
import { checkNewPassword, hashPassword, normaliseEmail } from './passwords.js';
import { type MailOutcome, emailSchema, iso, mailOutcomeSchema } from './schemas.js';

export const RESET_HOURS = 24;

const linkToken = z
  .string()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'this is not a password-reset link');

const UNUSABLE = 'This password-reset link is unknown, already used or expired.';

async function usableReset(db: Executor, token: string, now: Date) {
  const row = await findPasswordReset(db, hashSecret(token));
  if (!row || row.usedAt || row.expiresAt <= now) throw new AppError('not_found', UNUSABLE);
  const user = await findUserById(db, row.userId);
  if (user?.status !== 'active') throw new AppError('not_found', UNUSABLE);
  return { row, user };
}

export function passwordResetOperations(config: AccountsConfig, mailer: Mailer) {
  const create = defineOperation({
    name: 'users.password-reset.create',
    summary: 'Make a single-use password-reset link for an account (shown once, to hand over)',
    input: z.object({ email: emailSchema }),
    output: z.object({ link: z.string(), expiresAt: z.string(), mail: mailOutcomeSchema }),
    action: 'user.manage',
    writes: true,
    cache: 'none',
    audit: 'password-reset.created',
    run: async (input, ctx) => {
      const user = await findUserByEmail(ctx.db, normaliseEmail(input.email));
      if (user?.status !== 'active') throw new AppError('not_found', 'There is no active account with this email.');
      const now = ctx.now;
      const token = newSecret();
      const expiresAt = new Date(now.getTime() + RESET_HOURS * 3_600_000);
      await retirePasswordResetsOf(ctx.db, user.id, now);
      await insertPasswordReset(ctx.db, { tokenHash: hashSecret(token), userId: user.id, expiresAt });
      ctx.audit({
        targetKind: 'user',
        targetId: user.id,
        subjectUserId: user.id,
        after: { expiresAt: iso(expiresAt) },
      });
      const link = `${config.publicUrl}/reset/${token}`;
      const out = { link, expiresAt: iso(expiresAt), mail: 'off' as MailOutcome };
      ctx.afterCommit(async () => {
        out.mail = await mailer.send(passwordResetMail(user.email, link, out.expiresAt));
      });
      return out;
    },
  });

  const view = defineOperation({
    name: 'password-resets.view',
    summary: 'Whose password a reset link changes, and until when it works',
    input: z.object({ token: linkToken }),
    output: z.object({ email: z.string(), expiresAt: z.string() }),
    action: 'auth.public',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const { row, user } = await usableReset(ctx.db, input.token, ctx.now);
      return { email: user.email, expiresAt: iso(row.expiresAt) };
    },
  });

  const complete = defineOperation({
    name: 'password-resets.complete',
    summary: 'Choose a new password with a reset link (ends every session of the account)',
    input: z.object({ token: linkToken, password: z.string().max(256) }),
    output: z.object({ passwordChanged: z.literal(true), sessionsEnded: z.number().int() }),
    action: 'auth.public',
    writes: true,
    cache: 'none',
    audit: 'password-reset.used',
    run: async (input, ctx) => {
      const now = ctx.now;
      const { row, user } = await usableReset(ctx.db, input.token, now);
      checkNewPassword(input.password);
      if (!(await usePasswordReset(ctx.db, row.tokenHash, now))) throw new AppError('not_found', UNUSABLE);
      await setPassword(ctx.db, user.id, await hashPassword(input.password));
      const sessionsEnded = await deleteSessionsOf(ctx.db, user.id);
      ctx.audit({ targetKind: 'user', targetId: user.id, subjectUserId: user.id, after: { sessionsEnded } });
      return { passwordChanged: true as const, sessionsEnded };
    },
  });

  return { create, view, complete };
}
