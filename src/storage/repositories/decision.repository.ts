/**
 * The commission's decision on a candidate (one per candidate, versioned; its function results
 * are a snapshot of what the commission saw) and the appeals against it. An upheld appeal
 * removes the decision so that the commission records a new one; the audit trail keeps the old.
 */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type DecisionRow = {
  candidateId: string;
  functionResults: unknown[];
  outcome: string;
  reason: string | null;
  commission: { name: string; role: string }[];
  decidedOn: string;
  decidedBy: string | null;
  credentialId: string | null;
  version: number;
};

const DECISION = [
  'candidate_id',
  'function_results',
  'outcome',
  'reason',
  'commission',
  'decided_on',
  'decided_by',
  'credential_id',
  'version',
] as const;

type DecisionRaw = {
  candidate_id: string;
  function_results: unknown[];
  outcome: string;
  reason: string | null;
  commission: { name: string; role: string }[];
  decided_on: string;
  decided_by: string | null;
  credential_id: string | null;
  version: number;
};

/** A date column may come back as a Date on one engine and a string on another: always YYYY-MM-DD. */
const isoDay = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

const toDecision = (r: DecisionRaw): DecisionRow => ({
  candidateId: r.candidate_id,
  functionResults: r.function_results,
  outcome: r.outcome,
  reason: r.reason,
  commission: r.commission,
  decidedOn: isoDay(r.decided_on),
  decidedBy: r.decided_by,
  credentialId: r.credential_id,
  version: r.version,
});

export async function findDecision(db: Executor, orgId: string, candidateId: string): Promise<DecisionRow | undefined> {
  const row = await db
    .selectFrom('assessment_decision')
    .select(DECISION)
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .executeTakeFirst();
  return row ? toDecision(row) : undefined;
}

export async function decisionsOfSession(db: Executor, orgId: string, sessionId: string): Promise<DecisionRow[]> {
  const rows = await db
    .selectFrom('assessment_decision as d')
    .innerJoin('session_candidate as c', (j) =>
      j.onRef('c.org_id', '=', 'd.org_id').onRef('c.id', '=', 'd.candidate_id'),
    )
    .select(DECISION.map((c) => `d.${c}` as const))
    .where('d.org_id', '=', orgId)
    .where('c.session_id', '=', sessionId)
    .execute();
  return rows.map(toDecision);
}

export type DecisionWrite = {
  orgId: string;
  candidateId: string;
  functionResults: unknown[];
  outcome: string;
  reason: string | null;
  commission: { name: string; role: string }[];
  decidedOn: string;
  decidedBy: string | null;
};

/**
 * Records the decision if it is still at `expectedVersion` (0: none yet) and no certificate was
 * issued on it; false otherwise, so the caller answers 409 and nothing is overwritten.
 */
export async function saveDecision(db: Executor, d: DecisionWrite, expectedVersion: number): Promise<boolean> {
  const values = {
    function_results: JSON.stringify(d.functionResults),
    outcome: d.outcome,
    reason: d.reason,
    commission: JSON.stringify(d.commission),
    decided_on: d.decidedOn,
    decided_by: d.decidedBy,
  };
  if (expectedVersion === 0) {
    const inserted = await db
      .insertInto('assessment_decision')
      .values({ org_id: d.orgId, candidate_id: d.candidateId, ...values })
      .onConflict((c) => c.columns(['org_id', 'candidate_id']).doNothing())
      .returning('version')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('assessment_decision')
    .set({ ...values, version: sql`version + 1` })
    .where('org_id', '=', d.orgId)
    .where('candidate_id', '=', d.candidateId)
    .where('version', '=', expectedVersion)
    .where('credential_id', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function removeDecision(db: Executor, orgId: string, candidateId: string): Promise<void> {
  await db
    .deleteFrom('assessment_decision')
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .execute();
}

export type AppealRow = {
  id: string;
  candidateId: string;
  lodgedOn: string;
  grounds: string;
  outcome: string | null;
  resolvedOn: string | null;
};

const APPEAL = ['id', 'candidate_id', 'lodged_on', 'grounds', 'outcome', 'resolved_on'] as const;

const toAppeal = (r: {
  id: string;
  candidate_id: string;
  lodged_on: string;
  grounds: string;
  outcome: string | null;
  resolved_on: string | null;
}): AppealRow => ({
  id: r.id,
  candidateId: r.candidate_id,
  lodgedOn: isoDay(r.lodged_on),
  grounds: r.grounds,
  outcome: r.outcome,
  resolvedOn: r.resolved_on === null ? null : isoDay(r.resolved_on),
});

export async function appealsOf(db: Executor, orgId: string, candidateId: string): Promise<AppealRow[]> {
  const rows = await db
    .selectFrom('assessment_appeal')
    .select(APPEAL)
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .orderBy('lodged_on')
    .orderBy('id')
    .execute();
  return rows.map(toAppeal);
}

export async function insertAppeal(db: Executor, orgId: string, appeal: AppealRow): Promise<void> {
  await db
    .insertInto('assessment_appeal')
    .values({
      org_id: orgId,
      id: appeal.id,
      candidate_id: appeal.candidateId,
      lodged_on: appeal.lodgedOn,
      grounds: appeal.grounds,
      outcome: appeal.outcome,
      resolved_on: appeal.resolvedOn,
    })
    .execute();
}

/** Resolves a pending appeal; false when it was already resolved (someone else did it first). */
export async function resolveAppeal(
  db: Executor,
  orgId: string,
  id: string,
  outcome: string,
  resolvedOn: string,
): Promise<boolean> {
  const out = await db
    .updateTable('assessment_appeal')
    .set({ outcome, resolved_on: resolvedOn })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(out.numUpdatedRows) === 1;
}
