/**
 * The staff register: list, read, add, change, remove a person, and link them to a member's
 * account so they can see their own record. Every record's category is recomputed and stored
 * when it is saved. Audit events name the record and what changed, never the personal values:
 * the trail is kept for years and must not become a second copy of the register.
 */
import { z } from 'zod';
import { type StaffRecord, staffRecordSchema } from '../../domain/hr/staff-record.js';
import { staffDateErrors } from '../../domain/hr/staff-row.js';
import { type Staleness, staleness } from '../../domain/hr/stored-category.js';
import { findMembership } from '../../storage/repositories/organisation.repository.js';
import { attestationsOf } from '../../storage/repositories/attestation.repository.js';
import { categoriesOf, saveCategories } from '../../storage/repositories/staff-category.repository.js';
import {
  allStaff,
  deleteStaff,
  findStaff,
  insertStaff,
  linkStaffUser,
  listStaff,
  updateStaff,
} from '../../storage/repositories/staff.repository.js';
import { AppError } from '../../domain/shared/errors.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import {
  type Cards,
  categoryView,
  computeFor,
  lastDecisions,
  missing,
  policyOf,
  staleVersion,
  todayOf,
  windowOf,
} from './hr-context.js';
import { staffDetail } from './views.js';
import {
  langInput,
  stalenessSchema,
  staffDetailSchema,
  staffParam,
  staffSummarySchema,
  versionSchema,
} from './schemas.js';
import type { Lang } from '../../domain/shared/messages/lang.js';

export const STAFF_PAGE = { default: 50, max: 500 } as const;

/** Which top-level parts of a record differ: what the audit trail says changed. */
export function changedParts(before: StaffRecord, after: StaffRecord): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof StaffRecord>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/** The database's unique key on (organisation, personnel number) as a 409 on the field. */
function personnelNoTaken(error: unknown): never {
  if (String((error as { code?: string }).code) === '23505')
    throw new AppError('conflict', 'Another person already has this personnel number.', [
      { path: 'record.personnelNo', message: 'already used in this organisation' },
    ]);
  throw error;
}

export function staffOperations(cards: Cards) {
  const list = defineOperation({
    name: 'staff.list',
    summary: "An organisation's staff, with categories and attestation dates",
    input: orgParam.extend({
      q: z.string().trim().max(100).optional().meta({ description: 'Part of a name or personnel number' }),
      card: z
        .string()
        .regex(/^\d{4}-\d-\d{3}$/, 'a card code looks like 2635-3-001')
        .optional(),
      limit: z.coerce.number().int().min(1).max(STAFF_PAGE.max).default(STAFF_PAGE.default),
      offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
      ...langInput,
    }),
    output: z.object({ total: z.number(), limit: z.number(), offset: z.number(), staff: z.array(staffSummarySchema) }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const today = todayOf(ctx.now);
      const page = await listStaff(ctx.db, input.orgId, {
        q: input.q,
        cardCode: input.card,
        limit: input.limit,
        offset: input.offset,
      });
      const ids = page.rows.map((r) => r.id);
      const [policy, stored, attestations, book] = await Promise.all([
        policyOf(ctx.db, input.orgId),
        categoriesOf(ctx.db, input.orgId, ids),
        attestationsOf(ctx.db, input.orgId, ids),
        cards(ctx.db),
      ]);
      const byStaff = new Map(stored.map((s) => [s.staffId, s]));
      const last = lastDecisions(attestations);
      return {
        total: page.total,
        limit: input.limit,
        offset: input.offset,
        staff: page.rows.map((row) => {
          const s = byStaff.get(row.id);
          return {
            id: row.id,
            personnelNo: row.record.personnelNo,
            fullName: row.record.fullName,
            position: row.record.position,
            category: s ? categoryView(s, row.record, book, input.lang) : null,
            attestation: windowOf(row, last.get(row.id), policy, today),
            linkedUser: row.userId !== null,
            version: row.version,
          };
        }),
      };
    },
  });

  const get = defineOperation({
    name: 'staff.get',
    summary: 'One person on the staff: record, category, attestations and plans',
    input: staffParam.extend(langInput),
    output: staffDetailSchema,
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const row = await findStaff(ctx.db, input.orgId, input.staffId);
      if (!row) throw missing();
      return staffDetail(ctx.db, row, input.lang, ctx.now, await cards(ctx.db));
    },
  });

  /** The whole-record checks (the same as an import's), in the caller's language, as a 400 naming each field. */
  function assertDates(record: StaffRecord, now: Date, lang: Lang) {
    const problems = staffDateErrors(record, todayOf(now), lang);
    if (problems.length > 0) {
      throw new AppError(
        'validation_failed',
        'Some dates of the record are impossible.',
        problems.map((p) => ({ path: `record.${p.path}`, message: p.message })),
      );
    }
  }

  const create = defineOperation({
    name: 'staff.create',
    summary: 'Add a person to the staff register',
    input: orgParam.extend({ record: staffRecordSchema, ...langInput }),
    output: staffDetailSchema,
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'staff.created',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      assertDates(input.record, ctx.now, input.lang);
      const id = crypto.randomUUID();
      await insertStaff(ctx.db, [{ orgId: input.orgId, id, record: input.record, at: ctx.now }]).catch(
        personnelNoTaken,
      );
      await saveCategories(ctx.db, input.orgId, [
        computeFor({ id, record: input.record }, await cards(ctx.db), ctx.now, todayOf(ctx.now)),
      ]);
      ctx.audit({
        targetKind: 'staff',
        targetId: id,
        orgId: input.orgId,
        after: { parts: Object.keys(input.record).sort() },
      });
      const row = await findStaff(ctx.db, input.orgId, id);
      if (!row) throw missing();
      return staffDetail(ctx.db, row, input.lang, ctx.now, await cards(ctx.db));
    },
  });

  const update = defineOperation({
    name: 'staff.update',
    summary: "Change a person's record (give the version you read; a newer one answers 409)",
    input: staffParam.extend({ record: staffRecordSchema, version: versionSchema, ...langInput }),
    output: staffDetailSchema,
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'staff.updated',
    run: async (input, ctx) => {
      const before = await findStaff(ctx.db, input.orgId, input.staffId);
      if (!before) throw missing();
      if (before.version !== input.version) throw staleVersion(before.version);
      assertDates(input.record, ctx.now, input.lang);
      const row = await updateStaff(ctx.db, {
        orgId: input.orgId,
        id: input.staffId,
        expectedVersion: input.version,
        record: input.record,
        at: ctx.now,
      }).catch(personnelNoTaken);
      if (!row) throw staleVersion(undefined);
      await saveCategories(ctx.db, input.orgId, [computeFor(row, await cards(ctx.db), ctx.now, todayOf(ctx.now))]);
      ctx.audit({
        targetKind: 'staff',
        targetId: row.id,
        orgId: input.orgId,
        subjectUserId: row.userId,
        before: { version: before.version },
        after: { version: row.version, changed: changedParts(before.record, row.record) },
      });
      return staffDetail(ctx.db, row, input.lang, ctx.now, await cards(ctx.db));
    },
  });

  const remove = defineOperation({
    name: 'staff.delete',
    summary: 'Remove a person from the register, with their categories, attestations and plans',
    input: staffParam.extend({ version: versionSchema }),
    output: z.object({ deleted: z.literal(true) }),
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'staff.deleted',
    run: async (input, ctx) => {
      const row = await findStaff(ctx.db, input.orgId, input.staffId);
      if (!row) throw missing();
      if (row.version !== input.version) throw staleVersion(row.version);
      await deleteStaff(ctx.db, input.orgId, input.staffId);
      ctx.audit({
        targetKind: 'staff',
        targetId: row.id,
        orgId: input.orgId,
        subjectUserId: row.userId,
        before: { version: row.version },
      });
      return { deleted: true as const };
    },
  });

  const link = defineOperation({
    name: 'staff.link-user',
    summary: "Link a record to a member's account, so the worker sees their own record (null unlinks)",
    input: staffParam.extend({ userId: uuidSchema.nullable() }),
    output: z.object({ staffId: z.string(), userId: z.string().nullable() }),
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'staff.user-linked',
    run: async (input, ctx) => {
      const row = await findStaff(ctx.db, input.orgId, input.staffId);
      if (!row) throw missing();
      if (input.userId && !(await findMembership(ctx.db, input.orgId, input.userId)))
        throw new AppError('validation_failed', 'Only a member of the organisation can be linked to a record.', [
          { path: 'userId', message: 'not a member of this organisation' },
        ]);
      await linkStaffUser(ctx.db, input.orgId, input.staffId, input.userId);
      ctx.audit({
        targetKind: 'staff',
        targetId: row.id,
        orgId: input.orgId,
        subjectUserId: input.userId ?? row.userId,
        before: { userId: row.userId },
        after: { userId: input.userId },
      });
      return { staffId: row.id, userId: input.userId };
    },
  });

  const recompute = defineOperation({
    name: 'staff.categories.recompute',
    summary:
      'Recompute every stored category on the current edition (after a new edition, or to bring them up to today)',
    input: orgParam,
    output: z.object({
      recomputed: z.number(),
      /** How the stored answers stood against the current edition before: what the new edition affected. */
      before: z.partialRecord(stalenessSchema, z.number()),
    }),
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'staff.categories-recomputed',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const [staff, stored, book] = await Promise.all([
        allStaff(ctx.db, input.orgId),
        categoriesOf(ctx.db, input.orgId),
        cards(ctx.db),
      ]);
      const byStaff = new Map(stored.map((s) => [s.staffId, s]));
      const before: Partial<Record<Staleness, number>> = {};
      for (const row of staff) {
        const s = byStaff.get(row.id);
        if (!s) continue;
        const state = staleness(s, row.record, { editionId: book.editionId, card: book.find(s.cardCode, s.cardLevel) });
        before[state] = (before[state] ?? 0) + 1;
      }
      const today = todayOf(ctx.now);
      await saveCategories(
        ctx.db,
        input.orgId,
        staff.map((row) => computeFor(row, book, ctx.now, today)),
      );
      ctx.audit({
        targetKind: 'staff-categories',
        targetId: input.orgId,
        orgId: input.orgId,
        after: { editionId: book.editionId, recomputed: staff.length, before },
      });
      return { recomputed: staff.length, before };
    },
  });

  return { list, get, create, update, remove, link, recompute };
}
