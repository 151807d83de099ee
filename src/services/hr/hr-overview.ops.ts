/**
 * Views over the register: the worker's own record (and nobody else's), an organisation's
 * dashboard, and the ministry's aggregate over organisations — counts only, no person in it.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { type Rating, gapReport } from '../../domain/career/gap.js';
import { categories } from '../../domain/standard/schemas.js';
import { displayOf } from '../../domain/shared/localize.js';
import { attestationsOf } from '../../storage/repositories/attestation.repository.js';
import { plansOf } from '../../storage/repositories/development-plan.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { findOrg } from '../../storage/repositories/organisation.repository.js';
import { categoriesOf } from '../../storage/repositories/staff-category.repository.js';
import { allStaff, orgsWithStaff, staffOfUser } from '../../storage/repositories/staff.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { defineOperation } from '../operations/operation.js';
import { type Cards, lastDecisions, policyOf, todayOf, windowOf } from './hr-context.js';
import { langInput, staffDetailSchema } from './schemas.js';
import { staffDetail } from './views.js';

const CATEGORY_KEYS = [...categories, 'not-met', 'no-requirements', 'no-card', 'not-computed'] as const;
type CategoryKey = (typeof CATEGORY_KEYS)[number];
const countsSchema = z.object(
  Object.fromEntries(CATEGORY_KEYS.map((k) => [k, z.number()])) as Record<CategoryKey, z.ZodNumber>,
);
const zeroCounts = () => Object.fromEntries(CATEGORY_KEYS.map((k) => [k, 0])) as Record<CategoryKey, number>;
const dueCounts = z.object({
  overdue: z.number(),
  d30: z.number(),
  d60: z.number(),
  d90: z.number(),
  onLeave: z.number(),
});

/** Category counts by card and level, and attestation counts, for any set of organisations. */
async function tally(db: Executor, orgIds: readonly string[], now: Date) {
  const today = todayOf(now);
  const byCard = new Map<string, { cardCode: string; level: number; counts: Record<CategoryKey, number> }>();
  const due = { overdue: 0, d30: 0, d60: 0, d90: 0, onLeave: 0 };
  let staffTotal = 0;
  for (const orgId of orgIds) {
    const [staff, stored, attestations, policy] = await Promise.all([
      allStaff(db, orgId),
      categoriesOf(db, orgId),
      attestationsOf(db, orgId),
      policyOf(db, orgId),
    ]);
    staffTotal += staff.length;
    const category = new Map(stored.map((s) => [s.staffId, s]));
    const last = lastDecisions(attestations);
    for (const row of staff) {
      const key = `${row.record.position.cardCode}/${row.record.position.level}`;
      let entry = byCard.get(key);
      if (!entry) {
        entry = { cardCode: row.record.position.cardCode, level: row.record.position.level, counts: zeroCounts() };
        byCard.set(key, entry);
      }
      const s = category.get(row.id);
      const bucket: CategoryKey = !s
        ? 'not-computed'
        : s.status === 'assigned'
          ? ((s.category ?? 'none') as CategoryKey)
          : (s.status as CategoryKey);
      entry.counts[bucket] += 1;
      const w = windowOf(row, last.get(row.id), policy, today);
      if (w.status === 'on-leave') due.onLeave += 1;
      else if (w.status === 'overdue') due.overdue += 1;
      else {
        if (w.daysUntilDue <= 30) due.d30 += 1;
        if (w.daysUntilDue <= 60) due.d60 += 1;
        if (w.daysUntilDue <= 90) due.d90 += 1;
      }
    }
  }
  const cards = [...byCard.values()].sort((a, b) => a.cardCode.localeCompare(b.cardCode) || a.level - b.level);
  return { staffTotal, cards, due };
}

export function hrOverviewOperations(cards: Cards) {
  const mine = defineOperation({
    name: 'me.staff',
    summary: 'My own staff record in each organisation: category, next attestation, development plans',
    input: z.object(langInput),
    output: z.object({ records: z.array(staffDetailSchema.extend({ orgName: z.string() })) }),
    action: 'account.self',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const me = userIdOf(ctx.actor);
      if (!me) return { records: [] };
      const rows = await staffOfUser(ctx.db, me);
      const book = await cards(ctx.db);
      const records = [];
      for (const row of rows) {
        const org = await findOrg(ctx.db, row.orgId);
        records.push({ ...(await staffDetail(ctx.db, row, input.lang, ctx.now, book)), orgName: org?.name ?? '' });
      }
      return { records };
    },
  });

  const dashboard = defineOperation({
    name: 'hr.dashboard',
    summary: "An organisation's staff at a glance: categories, attestations due, skill coverage, plans",
    input: orgParam.extend({ format: z.enum(['json', 'xlsx', 'pdf']).default('json'), ...langInput }),
    output: z.object({
      org: z.object({ name: z.string() }),
      today: z.string(),
      staffTotal: z.number(),
      categories: z.array(z.object({ cardCode: z.string(), level: z.number(), counts: countsSchema })),
      attestations: dueCounts,
      /** Labour functions against people, from the ratings their development plans were made on. */
      coverage: z.array(
        z.object({
          staffId: z.string(),
          fullName: z.string(),
          card: z.string(),
          functions: z.array(z.object({ id: z.string(), name: z.string(), percent: z.number().nullable() })),
        }),
      ),
      plans: z.object({ active: z.number(), completed: z.number(), itemsDone: z.number(), itemsTotal: z.number() }),
    }),
    action: 'staff.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      const org = await requireOrg(ctx.db, input.orgId);
      const [counted, plans, staff, book] = await Promise.all([
        tally(ctx.db, [input.orgId], ctx.now),
        plansOf(ctx.db, input.orgId),
        allStaff(ctx.db, input.orgId),
        cards(ctx.db),
      ]);
      const names = new Map(staff.map((s) => [s.id, s.record.fullName]));
      // The newest plan of each person carries their latest ratings.
      const latest = new Map<string, (typeof plans)[number]>();
      for (const p of plans) if (!latest.has(p.staffId)) latest.set(p.staffId, p);
      const coverage = [...latest.values()].flatMap((p) => {
        const card = book.find(p.target.code, p.target.level);
        const ratings = (p.basis as { ratings?: Record<string, Rating> }).ratings;
        if (!card || !ratings) return [];
        const report = gapReport(card, { ratings });
        return [
          {
            staffId: p.staffId,
            fullName: names.get(p.staffId) ?? '',
            card: `${p.target.code}/${p.target.level}`,
            functions: report.labourFunctions.map((f) => ({
              id: f.id,
              name: displayOf(f, input.lang).text,
              percent: f.percent,
            })),
          },
        ];
      });
      const items = plans.flatMap((p) => p.items);
      return {
        org: { name: org.name },
        today: todayOf(ctx.now),
        staffTotal: counted.staffTotal,
        categories: counted.cards,
        attestations: counted.due,
        coverage,
        plans: {
          active: plans.filter((p) => p.status === 'active').length,
          completed: plans.filter((p) => p.status === 'completed').length,
          itemsDone: items.filter((i) => i.status === 'done').length,
          itemsTotal: items.length,
        },
      };
    },
  });

  const aggregate = defineOperation({
    name: 'hr.aggregate',
    summary: 'Counts over every organisation’s staff, by card and category: no personal data',
    input: z.object({}),
    output: z.object({
      organisations: z.number(),
      staffTotal: z.number(),
      categories: z.array(z.object({ cardCode: z.string(), level: z.number(), counts: countsSchema })),
      attestations: dueCounts,
    }),
    action: 'hr.aggregate',
    writes: false,
    cache: 'private',
    audit: null,
    run: async (_input, ctx) => {
      const orgIds = await orgsWithStaff(ctx.db);
      const counted = await tally(ctx.db, orgIds, ctx.now);
      return {
        organisations: orgIds.length,
        staffTotal: counted.staffTotal,
        categories: counted.cards,
        attestations: counted.due,
      };
    },
  });

  return { mine, dashboard, aggregate };
}
