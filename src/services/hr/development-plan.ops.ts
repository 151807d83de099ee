/**
 * Development plans: drafted from a person's gap against their own card or a target card (from
 * a self-assessment or an assessor's ratings), then kept up to date item by item. Completing an
 * item writes the training into the person's record, so the register shows it without retyping.
 * The worker may create a plan for their own linked record; only HR changes items.
 */
import { z } from 'zod';
import { type Rating, gapReport, ratingsSchema } from '../../domain/career/gap.js';
import type { StaffRecord } from '../../domain/hr/staff-record.js';
import { isoDateSchema } from '../../domain/hr/staff-record.js';
import { AppError } from '../../domain/shared/errors.js';
import { displayOf, type Lang } from '../../domain/shared/localize.js';
import {
  type PlanItemRow,
  findPlan,
  insertPlan,
  touchPlan,
  updatePlanItem,
} from '../../storage/repositories/development-plan.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { findStaff, updateStaff } from '../../storage/repositories/staff.repository.js';
import { userIdOf } from '../../domain/access/actor.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import { type Cards, missing, staleVersion } from './hr-context.js';
import { langInput, planSchema, staffParam, versionSchema } from './schemas.js';
import { planView } from './views.js';

export const PLAN_ITEM_KINDS = ['course', 'mentoring', 'self-study', 'work-placement'] as const;
export const PLAN_ITEM_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;

const itemInput = z.object({
  title: z.string().trim().min(2).max(300),
  kind: z.enum(PLAN_ITEM_KINDS).default('course'),
  itemIds: z.array(z.string().min(1).max(200)).max(500).default([]),
  provider: z.string().trim().max(300).nullable().default(null),
  hours: z.number().int().min(0).max(10_000).nullable().default(null),
  dueOn: isoDateSchema.nullable().default(null),
});

const createInput = staffParam.extend({
  /** The card the plan aims at: the person's own position when absent. */
  target: z.object({ code: z.string().regex(/^\d{4}-\d-\d{3}$/), level: z.number().int().min(1).max(8) }).optional(),
  basis: z.object({ source: z.enum(['self-assessment', 'assessor']), ratings: ratingsSchema }),
  title: z.string().trim().min(2).max(300).optional(),
  /** The items; drafted from the gap (one per labour function with something missing) when absent. */
  items: z.array(itemInput).max(100).optional(),
  ...langInput,
});

/** One item per labour function that has unrated, missing or partial skills and knowledge. */
export function draftItems(report: ReturnType<typeof gapReport>, lang: Lang): z.output<typeof itemInput>[] {
  const byFunction = new Map<string, string[]>();
  for (const item of [...report.missing, ...report.partial]) {
    if (item.labourFunction === null) continue;
    const list = byFunction.get(item.labourFunction) ?? [];
    list.push(item.id);
    byFunction.set(item.labourFunction, list);
  }
  return report.labourFunctions
    .filter((f) => byFunction.has(f.id))
    .map((f) => ({
      title: displayOf(f, lang).text,
      kind: 'course' as const,
      itemIds: byFunction.get(f.id) ?? [],
      provider: null,
      hours: null,
      dueOn: null,
    }));
}

export function developmentPlanOperations(cards: Cards) {
  async function createPlan(db: Executor, input: z.output<typeof createInput>, createdBy: string | null, now: Date) {
    const staff = await findStaff(db, input.orgId, input.staffId);
    if (!staff) throw missing();
    const target = input.target ?? { code: staff.record.position.cardCode, level: staff.record.position.level };
    const book = await cards(db);
    const card = book.find(target.code, target.level);
    if (!card)
      throw new AppError(
        'validation_failed',
        `There is no card ${target.code}/${target.level} in the current edition.`,
        [{ path: 'target', message: 'no such card' }],
      );
    const report = gapReport(card, { ratings: input.basis.ratings as Record<string, Rating> });
    const items = input.items ?? draftItems(report, input.lang);
    const id = crypto.randomUUID();
    const rows: PlanItemRow[] = items.map((item, position) => ({
      id: crypto.randomUUID(),
      position,
      ...item,
      status: 'planned',
      completedOn: null,
    }));
    await insertPlan(db, {
      id,
      orgId: input.orgId,
      staffId: staff.id,
      title: input.title ?? `${target.code}/${target.level}: ${displayOf(card.name, input.lang).text}`,
      target,
      editionId: book.editionId,
      basis: { ...input.basis, coverage: report.overall },
      status: 'active',
      items: rows,
      createdBy,
      at: now,
    });
    const plan = await findPlan(db, input.orgId, id);
    if (!plan) throw missing();
    return { staff, plan };
  }

  const create = defineOperation({
    name: 'plans.create',
    summary: 'Create a development plan from a gap against the person’s card or a target card',
    input: createInput,
    output: planSchema,
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'plan.created',
    run: async (input, ctx) => {
      const { staff, plan } = await createPlan(ctx.db, input, userIdOf(ctx.actor) ?? null, ctx.now);
      ctx.audit({
        targetKind: 'development-plan',
        targetId: plan.id,
        orgId: input.orgId,
        subjectUserId: staff.userId,
        after: { staffId: staff.id, target: plan.target, items: plan.items.length },
      });
      return planView(plan);
    },
  });

  const createOwn = defineOperation({
    name: 'me.plans.create',
    summary: 'A worker creates a development plan for their own record',
    input: createInput,
    output: planSchema,
    action: 'account.self',
    writes: true,
    cache: 'none',
    audit: 'plan.created',
    run: async (input, ctx) => {
      const me = userIdOf(ctx.actor);
      const staff = await findStaff(ctx.db, input.orgId, input.staffId);
      // Someone else's record, or none: the same 404, so records cannot be probed.
      if (!staff || !me || staff.userId !== me) throw missing();
      const { plan } = await createPlan(ctx.db, input, me, ctx.now);
      ctx.audit({
        targetKind: 'development-plan',
        targetId: plan.id,
        orgId: input.orgId,
        subjectUserId: me,
        after: { staffId: staff.id, target: plan.target, items: plan.items.length, by: 'self' },
      });
      return planView(plan);
    },
  });

  const updateItem = defineOperation({
    name: 'plans.item.update',
    summary: 'Change a plan item (status, provider, hours, due date); a done course is added to the record',
    input: orgParam.extend({
      planId: uuidSchema,
      itemId: uuidSchema,
      version: versionSchema,
      status: z.enum(PLAN_ITEM_STATUSES),
      completedOn: isoDateSchema.nullable().default(null),
      provider: z.string().trim().max(300).nullable().optional(),
      hours: z.number().int().min(0).max(10_000).nullable().optional(),
      dueOn: isoDateSchema.nullable().optional(),
    }),
    output: planSchema,
    action: 'staff.manage',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'plan.item-updated',
    run: async (input, ctx) => {
      const plan = await findPlan(ctx.db, input.orgId, input.planId);
      if (!plan) throw missing();
      if (plan.version !== input.version) throw staleVersion(plan.version);
      const item = plan.items.find((i) => i.id === input.itemId);
      if (!item) throw missing();
      if (input.status === 'done' && !input.completedOn)
        throw new AppError('validation_failed', 'A done item needs the day it was completed.', [
          { path: 'completedOn', message: 'required when the status is done' },
        ]);
      const next = {
        id: item.id,
        status: input.status,
        completedOn: input.status === 'done' ? input.completedOn : null,
        provider: input.provider !== undefined ? input.provider : item.provider,
        hours: input.hours !== undefined ? input.hours : item.hours,
        dueOn: input.dueOn !== undefined ? input.dueOn : item.dueOn,
      };
      await updatePlanItem(ctx.db, input.orgId, next);
      const statuses = plan.items.map((i) => (i.id === item.id ? next.status : i.status));
      const finished = statuses.every((s) => s === 'done' || s === 'dropped');
      if (!(await touchPlan(ctx.db, input.orgId, plan.id, input.version, finished ? 'completed' : 'active', ctx.now)))
        throw staleVersion(undefined);
      const staff = await findStaff(ctx.db, input.orgId, plan.staffId);
      if (staff && next.status === 'done' && item.status !== 'done' && next.completedOn) {
        // The record learns the training: what an HR officer would otherwise type in by hand.
        const record: StaffRecord = {
          ...staff.record,
          trainings: [
            ...staff.record.trainings.filter((t) => t.planItemId !== item.id),
            {
              title: item.title,
              ...(next.provider ? { provider: next.provider } : {}),
              ...(next.hours !== null ? { hours: next.hours } : {}),
              completedOn: next.completedOn,
              planItemId: item.id,
            },
          ],
        };
        await updateStaff(ctx.db, {
          orgId: input.orgId,
          id: staff.id,
          expectedVersion: staff.version,
          record,
          at: ctx.now,
        });
      }
      ctx.audit({
        targetKind: 'development-plan',
        targetId: plan.id,
        orgId: input.orgId,
        subjectUserId: staff?.userId ?? null,
        before: { item: item.id, status: item.status },
        after: { item: item.id, status: next.status, planStatus: finished ? 'completed' : 'active' },
      });
      const updated = await findPlan(ctx.db, input.orgId, plan.id);
      if (!updated) throw missing();
      return planView(updated);
    },
  });

  return { create, createOwn, updateItem };
}
