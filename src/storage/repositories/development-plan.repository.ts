/** Development plans and their items; the items are ordered by `position`. */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type PlanItemRow = {
  id: string;
  position: number;
  title: string;
  kind: string;
  itemIds: string[];
  provider: string | null;
  hours: number | null;
  dueOn: string | null;
  status: string;
  completedOn: string | null;
};

export type PlanRow = {
  id: string;
  orgId: string;
  staffId: string;
  title: string;
  target: { code: string; level: number };
  editionId: string;
  basis: Record<string, unknown>;
  status: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  items: PlanItemRow[];
};

const PLAN = [
  'org_id',
  'id',
  'staff_id',
  'title',
  'target_code',
  'target_level',
  'edition_id',
  'basis',
  'status',
  'version',
  'created_at',
  'updated_at',
] as const;
const ITEM = [
  'plan_id',
  'id',
  'position',
  'title',
  'kind',
  'item_ids',
  'provider',
  'hours',
  'due_on',
  'status',
  'completed_on',
] as const;

type ItemRaw = {
  plan_id: string;
  id: string;
  position: number;
  title: string;
  kind: string;
  item_ids: string[];
  provider: string | null;
  hours: number | null;
  due_on: string | null;
  status: string;
  completed_on: string | null;
};

const toItem = (r: ItemRaw): PlanItemRow => ({
  id: r.id,
  position: r.position,
  title: r.title,
  kind: r.kind,
  itemIds: r.item_ids,
  provider: r.provider,
  hours: r.hours,
  dueOn: r.due_on,
  status: r.status,
  completedOn: r.completed_on,
});

export async function insertPlan(
  ex: Executor,
  p: Omit<PlanRow, 'version' | 'createdAt' | 'updatedAt'> & { createdBy: string | null; at: Date },
): Promise<void> {
  await ex
    .insertInto('development_plan')
    .values({
      org_id: p.orgId,
      id: p.id,
      staff_id: p.staffId,
      title: p.title,
      target_code: p.target.code,
      target_level: p.target.level,
      edition_id: p.editionId,
      basis: JSON.stringify(p.basis),
      status: p.status,
      created_by: p.createdBy,
      created_at: p.at,
      updated_at: p.at,
    })
    .execute();
  if (p.items.length === 0) return;
  await ex
    .insertInto('development_plan_item')
    .values(
      p.items.map((i) => ({
        org_id: p.orgId,
        plan_id: p.id,
        id: i.id,
        position: i.position,
        title: i.title,
        kind: i.kind,
        item_ids: i.itemIds,
        provider: i.provider,
        hours: i.hours,
        due_on: i.dueOn,
        status: i.status,
        completed_on: i.completedOn,
      })),
    )
    .execute();
}

export async function plansOf(ex: Executor, orgId: string, staffIds?: readonly string[]): Promise<PlanRow[]> {
  if (staffIds && staffIds.length === 0) return [];
  return readPlans(ex, orgId, { staffIds });
}

/** One plan with its items, read by its id (not by reading the organisation's every plan). */
export async function findPlan(ex: Executor, orgId: string, id: string): Promise<PlanRow | undefined> {
  return (await readPlans(ex, orgId, { id }))[0];
}

async function readPlans(
  ex: Executor,
  orgId: string,
  only: { staffIds?: readonly string[] | undefined; id?: string },
): Promise<PlanRow[]> {
  let q = ex.selectFrom('development_plan').select(PLAN).where('org_id', '=', orgId);
  if (only.staffIds) q = q.where('staff_id', 'in', only.staffIds);
  if (only.id) q = q.where('id', '=', only.id);
  const plans = await q.orderBy('created_at', 'desc').orderBy('id').execute();
  if (plans.length === 0) return [];
  const items = await ex
    .selectFrom('development_plan_item')
    .select(ITEM)
    .where('org_id', '=', orgId)
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('position')
    .execute();
  return plans.map((p) => ({
    id: p.id,
    orgId: p.org_id,
    staffId: p.staff_id,
    title: p.title,
    target: { code: p.target_code, level: p.target_level },
    editionId: p.edition_id,
    basis: p.basis,
    status: p.status,
    version: p.version,
    createdAt: new Date(p.created_at),
    updatedAt: new Date(p.updated_at),
    items: items.filter((i) => i.plan_id === p.id).map(toItem),
  }));
}

/** Bumps the plan's version if it is still `expectedVersion`; false when someone changed it first. */
export async function touchPlan(
  ex: Executor,
  orgId: string,
  id: string,
  expectedVersion: number,
  status: string,
  at: Date,
): Promise<boolean> {
  const r = await ex
    .updateTable('development_plan')
    .set({ version: sql`version + 1`, status, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function updatePlanItem(
  ex: Executor,
  orgId: string,
  item: {
    id: string;
    status: string;
    completedOn: string | null;
    provider: string | null;
    hours: number | null;
    dueOn: string | null;
  },
): Promise<void> {
  await ex
    .updateTable('development_plan_item')
    .set({
      status: item.status,
      completed_on: item.completedOn,
      provider: item.provider,
      hours: item.hours,
      due_on: item.dueOn,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', item.id)
    .execute();
}
