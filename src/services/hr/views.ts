/** How the HR operations answer: rows of the repositories as the output schemas have them. */
import { yearsByCategory } from '../../domain/hr/staff-record.js';
import type { Lang } from '../../domain/shared/localize.js';
import { type AttestationRow, attestationsOf } from '../../storage/repositories/attestation.repository.js';
import { type PlanRow, plansOf } from '../../storage/repositories/development-plan.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { categoriesOf } from '../../storage/repositories/staff-category.repository.js';
import type { StaffRow } from '../../storage/repositories/staff.repository.js';
import { type CardBook, type Cards, categoryView, lastDecisions, policyOf, todayOf, windowOf } from './hr-context.js';

export function attestationView(a: AttestationRow) {
  return {
    id: a.id,
    staffId: a.staffId,
    commissionId: a.commissionId,
    protocolNo: a.protocolNo,
    scheduledOn: a.scheduledOn,
    stage: a.stage,
    testing: a.testing as Record<string, unknown> | null,
    interview: a.interview as Record<string, unknown> | null,
    decision: a.decision as Record<string, unknown> | null,
    appeal: a.appeal as Record<string, unknown> | null,
    version: a.version,
  };
}

export function planView(p: PlanRow) {
  return {
    id: p.id,
    staffId: p.staffId,
    title: p.title,
    target: p.target,
    editionId: p.editionId,
    basis: p.basis,
    status: p.status as 'active' | 'completed' | 'cancelled',
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    items: p.items.map((i) => ({
      ...i,
      kind: i.kind as 'course' | 'mentoring' | 'self-study' | 'work-placement',
      status: i.status as 'planned' | 'in-progress' | 'done' | 'dropped',
    })),
  };
}

/** One person with everything HR (or the worker themself) sees about them. */
export async function staffDetail(db: Executor, row: StaffRow, lang: Lang, now: Date, book: CardBook) {
  const today = todayOf(now);
  const [policy, stored, attestations, plans] = await Promise.all([
    policyOf(db, row.orgId),
    categoriesOf(db, row.orgId, [row.id]),
    attestationsOf(db, row.orgId, [row.id]),
    plansOf(db, row.orgId, [row.id]),
  ]);
  const s = stored[0];
  return {
    id: row.id,
    orgId: row.orgId,
    record: row.record,
    version: row.version,
    linkedUserId: row.userId,
    category: s ? categoryView(s, row.record, book, lang) : null,
    years: yearsByCategory(row.record.experience, today),
    attestation: windowOf(row, lastDecisions(attestations).get(row.id), policy, today),
    attestations: attestations.map(attestationView),
    plans: plans.map(planView),
    updatedAt: row.updatedAt.toISOString(),
  };
}
