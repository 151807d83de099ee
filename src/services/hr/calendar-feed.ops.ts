/**
 * Calendar subscriptions. A calendar application (Outlook, Google, Apple) fetches a feed by its
 * address and cannot sign in, so the address carries a secret, shown once, like an invitation
 * link. The secret opens only the attestation dates of one organisation, and only while the
 * person who made it may still read that organisation's register: removed from the
 * organisation, or no longer HR, their feeds answer 404 without anyone having to revoke them.
 */
import { z } from 'zod';
import type { AccountsConfig } from '../../config.js';
import { ACTIONS } from '../../domain/access/actions.js';
import { userIdOf } from '../../domain/access/actor.js';
import { AppError } from '../../domain/shared/errors.js';
import { findUserById } from '../../storage/repositories/account.repository.js';
import {
  feedBySecretHash,
  feedsOf,
  insertFeed,
  revokeFeed,
  touchFeed,
} from '../../storage/repositories/calendar-feed.repository.js';
import { findMembership, findOrg } from '../../storage/repositories/organisation.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { langSchema } from '../analysis/schemas/common.js';
import { defineOperation } from '../operations/operation.js';
import { hashSecret, newSecret } from '../secrets.js';
import { attestationCalendar, calendarSchema } from './attestation-calendar.js';
import { missing } from './hr-context.js';

const FEED_PREFIX = 'kcal_';
const feedSchema = z.object({
  id: z.string(),
  lang: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Whether the feed's owner may still read the organisation's register: the rule of `staff.read`. */
async function ownerMayRead(db: Executor, orgId: string, userId: string): Promise<boolean> {
  const user = await findUserById(db, userId);
  if (!user || user.status !== 'active') return false;
  if (user.platformRoles.includes('admin')) return true;
  const roles = (await findMembership(db, orgId, userId)) ?? [];
  const rule = ACTIONS['staff.read'];
  return rule.kind === 'org' && rule.roles.some((r) => roles.includes(r));
}

export function calendarFeedOperations(config: AccountsConfig) {
  const list = defineOperation({
    name: 'attestation.feeds.list',
    summary: 'My calendar subscriptions to this organisation’s attestation dates',
    input: orgParam,
    output: z.object({ feeds: z.array(feedSchema) }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const me = userIdOf(ctx.actor);
      if (!me) return { feeds: [] };
      const rows = await feedsOf(ctx.db, input.orgId, me);
      return {
        feeds: rows.map((f) => ({
          id: f.id,
          lang: f.lang,
          createdAt: f.createdAt.toISOString(),
          lastUsedAt: iso(f.lastUsedAt),
          revokedAt: iso(f.revokedAt),
        })),
      };
    },
  });

  const create = defineOperation({
    name: 'attestation.feeds.create',
    summary: 'Make a calendar subscription address (shown once) for this organisation’s attestation dates',
    input: orgParam.extend({ lang: langSchema.default('kk') }),
    output: z.object({ id: z.string(), url: z.string() }),
    action: 'staff.read',
    resource: byOrg,
    // It creates a secret: a write, audited, refused to a read-only token.
    writes: true,
    cache: 'none',
    audit: 'attestation.feed-created',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const me = userIdOf(ctx.actor);
      if (!me) throw new AppError('forbidden', 'A calendar subscription belongs to a person: sign in to make one.');
      const secret = newSecret(FEED_PREFIX);
      const feed = await insertFeed(ctx.db, {
        orgId: input.orgId,
        id: crypto.randomUUID(),
        userId: me,
        secretHash: hashSecret(secret),
        lang: input.lang,
        at: ctx.now,
      });
      ctx.audit({
        targetKind: 'calendar-feed',
        targetId: feed.id,
        orgId: input.orgId,
        subjectUserId: me,
        after: { lang: input.lang },
      });
      return { id: feed.id, url: `${config.publicUrl}/api/v1/calendar-feeds/${secret}` };
    },
  });

  const revoke = defineOperation({
    name: 'attestation.feeds.revoke',
    summary: 'Stop one of my calendar subscriptions',
    input: orgParam.extend({ feedId: uuidSchema }),
    output: z.object({ revoked: z.literal(true) }),
    action: 'staff.read',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'attestation.feed-revoked',
    run: async (input, ctx) => {
      const me = userIdOf(ctx.actor);
      if (!me || !(await revokeFeed(ctx.db, input.orgId, input.feedId, me, ctx.now))) throw missing();
      ctx.audit({ targetKind: 'calendar-feed', targetId: input.feedId, orgId: input.orgId, subjectUserId: me });
      return { revoked: true as const };
    },
  });

  const read = defineOperation({
    name: 'attestation.feed',
    summary: 'The attestation dates of a calendar subscription (the secret in the address is the authority)',
    input: z.object({ secret: z.string().regex(/^kcal_[A-Za-z0-9_-]{43}$/, 'this is not a calendar address') }),
    output: calendarSchema,
    action: 'auth.public',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const feed = await feedBySecretHash(ctx.db, hashSecret(input.secret));
      // Unknown, revoked, or its owner lost the right: the same 404, so nothing can be probed.
      if (!feed || feed.revokedAt || !(await ownerMayRead(ctx.db, feed.orgId, feed.userId))) throw missing();
      const org = await findOrg(ctx.db, feed.orgId);
      if (!org) throw missing();
      await touchFeed(ctx.db, feed.orgId, feed.id, ctx.now);
      return attestationCalendar(ctx.db, org, langSchema.catch('kk').parse(feed.lang), ctx.now);
    },
  });

  return { list, create, revoke, read };
}
