/**
 * Attestations, commissions and each organisation's attestation policy. The stages are stored
 * as the domain returns them (attestation-stages.ts); the decided category and its term are
 * copied into columns so the schedule can be read without opening every decision.
 */
import { sql } from 'kysely';
import type { AttestationState } from '../../domain/hr/attestation-stages.js';
import type { Executor } from './edition.repository.js';

export type AttestationRow = AttestationState & {
  id: string;
  orgId: string;
  staffId: string;
  commissionId: string | null;
  protocolNo: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

type Raw = {
  org_id: string;
  id: string;
  staff_id: string;
  commission_id: string | null;
  protocol_no: string | null;
  scheduled_on: string;
  stage: string;
  testing: Record<string, unknown> | null;
  interview: Record<string, unknown> | null;
  decision: Record<string, unknown> | null;
  appeal: Record<string, unknown> | null;
  version: number;
  created_at: Date;
  updated_at: Date;
};

const COLUMNS = [
  'org_id',
  'id',
  'staff_id',
  'commission_id',
  'protocol_no',
  'scheduled_on',
  'stage',
  'testing',
  'interview',
  'decision',
  'appeal',
  'version',
  'created_at',
  'updated_at',
] as const;

const toRow = (r: Raw): AttestationRow => ({
  orgId: r.org_id,
  id: r.id,
  staffId: r.staff_id,
  commissionId: r.commission_id,
  protocolNo: r.protocol_no,
  scheduledOn: r.scheduled_on,
  stage: r.stage as AttestationRow['stage'],
  testing: r.testing as AttestationRow['testing'],
  interview: r.interview as AttestationRow['interview'],
  decision: r.decision as AttestationRow['decision'],
  appeal: r.appeal as AttestationRow['appeal'],
  version: r.version,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

const stateColumns = (s: AttestationState) => ({
  stage: s.stage,
  scheduled_on: s.scheduledOn,
  testing: json(s.testing),
  interview: json(s.interview),
  decision: json(s.decision),
  appeal: json(s.appeal),
  decided_on: s.decision?.date ?? null,
  category: s.decision?.category ?? null,
  valid_until: s.decision?.validUntil ?? null,
});

export async function insertAttestation(
  ex: Executor,
  a: {
    orgId: string;
    id: string;
    staffId: string;
    commissionId: string | null;
    protocolNo: string | null;
    state: AttestationState;
    at: Date;
  },
): Promise<AttestationRow> {
  const r = await ex
    .insertInto('attestation')
    .values({
      org_id: a.orgId,
      id: a.id,
      staff_id: a.staffId,
      commission_id: a.commissionId,
      protocol_no: a.protocolNo,
      ...stateColumns(a.state),
      created_at: a.at,
      updated_at: a.at,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toRow(r);
}

export async function updateAttestation(
  ex: Executor,
  u: {
    orgId: string;
    id: string;
    expectedVersion: number;
    state: AttestationState;
    commissionId?: string | null;
    protocolNo?: string | null;
    at: Date;
  },
): Promise<AttestationRow | undefined> {
  const r = await ex
    .updateTable('attestation')
    .set({
      ...stateColumns(u.state),
      ...(u.commissionId !== undefined ? { commission_id: u.commissionId } : {}),
      ...(u.protocolNo !== undefined ? { protocol_no: u.protocolNo } : {}),
      version: sql`version + 1`,
      updated_at: u.at,
    })
    .where('org_id', '=', u.orgId)
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .returning(COLUMNS)
    .executeTakeFirst();
  return r && toRow(r);
}

export async function findAttestation(ex: Executor, orgId: string, id: string): Promise<AttestationRow | undefined> {
  const r = await ex
    .selectFrom('attestation')
    .select(COLUMNS)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toRow(r);
}

export async function attestationsOf(
  ex: Executor,
  orgId: string,
  staffIds?: readonly string[],
): Promise<AttestationRow[]> {
  if (staffIds && staffIds.length === 0) return [];
  let q = ex.selectFrom('attestation').select(COLUMNS).where('org_id', '=', orgId);
  if (staffIds) q = q.where('staff_id', 'in', staffIds);
  return (await q.orderBy('scheduled_on', 'desc').orderBy('id').execute()).map(toRow);
}

export async function readPolicy(ex: Executor, orgId: string): Promise<Record<string, unknown> | undefined> {
  const r = await ex.selectFrom('attestation_policy').select('policy').where('org_id', '=', orgId).executeTakeFirst();
  return r?.policy;
}

export async function writePolicy(
  ex: Executor,
  orgId: string,
  policy: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await ex
    .insertInto('attestation_policy')
    .values({ org_id: orgId, policy: JSON.stringify(policy), updated_at: at })
    .onConflict((oc) => oc.column('org_id').doUpdateSet({ policy: JSON.stringify(policy), updated_at: at }))
    .execute();
}

export type CommissionRow = {
  id: string;
  name: string;
  chair: string;
  secretary: string | null;
  members: string[];
  version: number;
};

const COMMISSION = ['id', 'name', 'chair', 'secretary', 'members', 'version'] as const;

export async function insertCommission(
  ex: Executor,
  orgId: string,
  c: Omit<CommissionRow, 'version'>,
  at: Date,
): Promise<CommissionRow> {
  return ex
    .insertInto('commission')
    .values({ org_id: orgId, ...c, members: JSON.stringify(c.members), created_at: at })
    .returning(COMMISSION)
    .executeTakeFirstOrThrow();
}

export async function updateCommission(
  ex: Executor,
  orgId: string,
  c: Omit<CommissionRow, 'version'>,
  expectedVersion: number,
): Promise<CommissionRow | undefined> {
  return ex
    .updateTable('commission')
    .set({
      name: c.name,
      chair: c.chair,
      secretary: c.secretary,
      members: JSON.stringify(c.members),
      version: sql`version + 1`,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', c.id)
    .where('version', '=', expectedVersion)
    .returning(COMMISSION)
    .executeTakeFirst();
}

export async function listCommissions(ex: Executor, orgId: string): Promise<CommissionRow[]> {
  return ex.selectFrom('commission').select(COMMISSION).where('org_id', '=', orgId).orderBy('name').execute();
}

export async function findCommission(ex: Executor, orgId: string, id: string): Promise<CommissionRow | undefined> {
  return ex
    .selectFrom('commission')
    .select(COMMISSION)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}
