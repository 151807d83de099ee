/**
 * Signing in and out, and what a signed-in person can see and do about their own account:
 * sessions ("sign out everywhere"), API tokens, and the export of their data.
 */
import { z } from 'zod';
import type { AccountsConfig } from '../../config.js';
import { userIdOf } from '../../domain/access/actor.js';
import { TOKEN_SCOPES } from '../../domain/access/roles.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  clearLoginFailures,
  countLoginFailures,
  deleteSession,
  deleteSessionsOf,
  findSession,
  findUserByEmail,
  findUserById,
  insertToken,
  listSessions,
  listTokens,
  recordLoginFailure,
  revokeToken,
} from '../../storage/repositories/account.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { defineOperation } from '../operations/operation.js';
import { hashSecret, newSecret } from '../secrets.js';
import { normaliseEmail, verifyPassword } from './passwords.js';
import { emailSchema, iso, passwordSchema, signedInSchema, tokenSchema, userSchema, uuidSchema } from './schemas.js';
import { startSession } from './sessions.js';
import { membershipsWithOrgs, toUserOut } from './users.js';

/** Failed sign-ins allowed per account and per address in the window, before 429. */
export const LOGIN_LIMITS = { perAccount: 5, perIp: 20, windowMinutes: 15 } as const;

export async function requireSelf(db: Executor, actor: Parameters<typeof userIdOf>[0]) {
  const userId = userIdOf(actor);
  const user = userId ? await findUserById(db, userId) : undefined;
  if (!user) throw new AppError('unauthenticated', 'Sign in first.');
  return user;
}

export function authOperations(config: AccountsConfig) {
  const login = defineOperation({
    name: 'auth.login',
    summary: 'Sign in with email and password',
    input: z.object({ email: emailSchema, password: passwordSchema, userAgent: z.string().max(1000).optional() }),
    output: z.discriminatedUnion('outcome', [
      signedInSchema.extend({ outcome: z.literal('signed-in') }),
      z.object({ outcome: z.literal('failed') }),
    ]),
    action: 'auth.public',
    writes: true,
    cache: 'none',
    audit: 'auth.login',
    run: async (input, ctx) => {
      const email = normaliseEmail(input.email);
      const now = ctx.now;
      const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
      const keys = [`account:${hashSecret(email)}`, `ip:${ctx.clientIp}`];
      const [perAccount, perIp] = await Promise.all(keys.map((k) => countLoginFailures(ctx.db, k, since)));
      const over = [
        perAccount && perAccount.n >= LOGIN_LIMITS.perAccount ? perAccount : null,
        perIp && perIp.n >= LOGIN_LIMITS.perIp ? perIp : null,
      ].find(Boolean);
      if (over) {
        const retry = Math.max(1, Math.ceil(((over.oldest?.getTime() ?? now.getTime()) - since.getTime()) / 1000));
        throw new AppError('rate_limited', 'Too many failed sign-ins; wait and try again.', [], retry);
      }
      const user = await findUserByEmail(ctx.db, email);
      // Always verify, even for an unknown email, so both take the same time.
      const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!user || !ok || user.status !== 'active') {
        await recordLoginFailure(ctx.db, keys, now);
        ctx.audit({
          targetKind: 'user',
          targetId: user?.id ?? 'unknown',
          subjectUserId: user?.id,
          after: { outcome: 'failed' },
        });
        return { outcome: 'failed' as const };
      }
      await clearLoginFailures(ctx.db, keys[0] as string);
      const session = await startSession(ctx.db, user.id, { config, now, userAgent: input.userAgent });
      ctx.audit({ targetKind: 'user', targetId: user.id, subjectUserId: user.id, after: { outcome: 'signed-in' } });
      return {
        outcome: 'signed-in' as const,
        user: toUserOut(user),
        csrfToken: session.csrfToken,
        session: { secret: session.secret, expiresAt: iso(session.expiresAt) },
      };
    },
  });

  const logout = defineOperation({
    name: 'auth.logout',
    summary: 'Sign out of this session',
    input: z.object({}),
    output: z.object({ signedOut: z.literal(true) }),
    action: 'account.self',
    writes: true,
    cache: 'none',
    audit: 'auth.logout',
    run: async (_input, ctx) => {
      if (ctx.actor.kind === 'user' && ctx.actor.sessionId) await deleteSession(ctx.db, ctx.actor.sessionId);
      const userId = userIdOf(ctx.actor) ?? 'unknown';
      ctx.audit({ targetKind: 'user', targetId: userId, subjectUserId: userId });
      return { signedOut: true as const };
    },
  });

  const me = defineOperation({
    name: 'me.get',
    summary: 'The signed-in user and their memberships',
    input: z.object({}),
    output: z
      .object({
        user: userSchema,
        memberships: z.array(
          z.object({
            org: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
            roles: z.array(z.string()),
          }),
        ),
        csrfToken: z.string().nullable(),
      })
      .meta({ id: 'Me' }),
    action: 'account.self',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (_input, ctx) => {
      const user = await requireSelf(ctx.db, ctx.actor);
      const session =
        ctx.actor.kind === 'user' && ctx.actor.sessionId ? await findSession(ctx.db, ctx.actor.sessionId) : undefined;
      return {
        user: toUserOut(user),
        memberships: await membershipsWithOrgs(ctx.db, user.id),
        csrfToken: session?.csrfToken ?? null,
      };
    },
  });

  const sessions = defineOperation({
    name: 'me.sessions.list',
    summary: 'My sessions',
    input: z.object({}),
    output: z.object({
      sessions: z.array(
        z.object({
          id: z.string(),
          createdAt: z.string(),
          lastSeenAt: z.string(),
          expiresAt: z.string(),
          userAgent: z.string().nullable(),
          current: z.boolean(),
        }),
      ),
    }),
    action: 'account.self',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (_input, ctx) => {
      const user = await requireSelf(ctx.db, ctx.actor);
      const current = ctx.actor.kind === 'user' ? ctx.actor.sessionId : null;
      const rows = await listSessions(ctx.db, user.id);
      return {
        sessions: rows.map((s) => ({
          // A prefix of the hash names a session without revealing what opens it.
          id: s.idHash.slice(0, 16),
          createdAt: iso(s.createdAt),
          lastSeenAt: iso(s.lastSeenAt),
          expiresAt: iso(s.expiresAt),
          userAgent: s.userAgent,
          current: s.idHash === current,
        })),
      };
    },
  });

  const signOutEverywhere = defineOperation({
    name: 'me.sessions.revoke-all',
    summary: 'Sign out everywhere',
    input: z.object({}),
    output: z.object({ revoked: z.number().int() }),
    action: 'account.self',
    writes: true,
    cache: 'none',
    audit: 'auth.logout-everywhere',
    run: async (_input, ctx) => {
      const user = await requireSelf(ctx.db, ctx.actor);
      const revoked = await deleteSessionsOf(ctx.db, user.id);
      ctx.audit({ targetKind: 'user', targetId: user.id, subjectUserId: user.id, after: { revoked } });
      return { revoked };
    },
  });

  const tokensList = defineOperation({
    name: 'me.tokens.list',
    summary: 'My API tokens',
    input: z.object({}),
    output: z.object({ tokens: z.array(tokenSchema) }),
    action: 'account.self',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (_input, ctx) => {
      const user = await requireSelf(ctx.db, ctx.actor);
      return { tokens: (await listTokens(ctx.db, user.id)).map(tokenOut) };
    },
  });

  const tokenCreate = defineOperation({
    name: 'me.tokens.create',
    summary: 'Create an API token (its secret is shown once)',
    input: z.object({
      name: z.string().trim().min(1, 'name is required').max(100),
      scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, 'at least one scope').default(['read']),
      expiresInDays: z.number().int().min(1, 'from 1 to 365 days').max(365, 'from 1 to 365 days').default(90),
    }),
    output: z.object({ token: tokenSchema, secret: z.string() }),
    action: 'account.self',
    writes: true,
    cache: 'none',
    audit: 'token.created',
    run: async (input, ctx) => {
      // A token cannot create tokens: a leaked one must not be able to outlive its revocation.
      if (ctx.actor.kind === 'token') throw new AppError('forbidden', 'API tokens cannot create tokens.');
      const user = await requireSelf(ctx.db, ctx.actor);
      const now = ctx.now;
      const secret = newSecret('kst_');
      const id = crypto.randomUUID();
      const scopes = [...new Set(input.scopes)];
      const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
      await insertToken(ctx.db, {
        id,
        userId: user.id,
        name: input.name,
        scopes,
        createdAt: now,
        expiresAt,
        secretHash: hashSecret(secret),
      });
      ctx.audit({
        targetKind: 'api-token',
        targetId: id,
        subjectUserId: user.id,
        after: { name: input.name, scopes, expiresAt: iso(expiresAt) },
      });
      return {
        token: tokenOut({
          id,
          userId: user.id,
          name: input.name,
          scopes,
          createdAt: now,
          expiresAt,
          lastUsedAt: null,
          revokedAt: null,
        }),
        secret,
      };
    },
  });

  const tokenRevoke = defineOperation({
    name: 'me.tokens.revoke',
    summary: 'Revoke one of my API tokens',
    input: z.object({ id: uuidSchema }),
    output: z.object({ revoked: z.literal(true) }),
    action: 'account.self',
    writes: true,
    cache: 'none',
    audit: 'token.revoked',
    run: async (input, ctx) => {
      const user = await requireSelf(ctx.db, ctx.actor);
      if (!(await revokeToken(ctx.db, user.id, input.id, ctx.now))) {
        throw new AppError('not_found', 'You have no active token with this id.');
      }
      ctx.audit({ targetKind: 'api-token', targetId: input.id, subjectUserId: user.id, after: { revoked: true } });
      return { revoked: true as const };
    },
  });

  return { login, logout, me, sessions, signOutEverywhere, tokensList, tokenCreate, tokenRevoke };
}

export function tokenOut(t: Awaited<ReturnType<typeof listTokens>>[number]) {
  return {
    id: t.id,
    name: t.name,
    scopes: t.scopes as ('read' | 'write')[],
    createdAt: iso(t.createdAt),
    expiresAt: iso(t.expiresAt),
    lastUsedAt: t.lastUsedAt ? iso(t.lastUsedAt) : null,
    revokedAt: t.revokedAt ? iso(t.revokedAt) : null,
  };
}
