/**
 * Issued certificates: the signed document as issued (never re-signed or edited), the columns a
 * list or the registry needs beside it, its place in the status list, and its revocation.
 */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type CredentialRow = {
  id: string;
  orgId: string;
  number: string;
  candidateId: string | null;
  holderName: string;
  cardCode: string;
  cardLevel: number;
  editionId: string;
  issuedAt: Date;
  validUntil: Date;
  statusListId: string;
  statusIndex: number;
  document: Record<string, unknown>;
  revokedAt: Date | null;
  revocationReason: string | null;
  demo: boolean;
};

type Raw = {
  id: string;
  org_id: string;
  number: string;
  candidate_id: string | null;
  holder_name: string;
  card_code: string;
  card_level: number;
  edition_id: string;
  issued_at: Date;
  valid_until: Date;
  status_list_id: string;
  status_index: number;
  document: unknown;
  revoked_at: Date | null;
  revocation_reason: string | null;
  demo: boolean;
};

const toRow = (r: Raw): CredentialRow => ({
  id: r.id,
  orgId: r.org_id,
  number: r.number,
  candidateId: r.candidate_id,
  holderName: r.holder_name,
  cardCode: r.card_code,
  cardLevel: r.card_level,
  editionId: r.edition_id,
  issuedAt: new Date(r.issued_at),
  validUntil: new Date(r.valid_until),
  statusListId: r.status_list_id,
  statusIndex: r.status_index,
  document: (typeof r.document === 'string' ? JSON.parse(r.document) : r.document) as Record<string, unknown>,
  revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
  revocationReason: r.revocation_reason,
  demo: r.demo,
});

export async function findCredential(ex: Executor, id: string): Promise<CredentialRow | undefined> {
  const row = await ex.selectFrom('credential').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRow(row as Raw);
}

export async function findCredentialByNumber(ex: Executor, number: string): Promise<CredentialRow | undefined> {
  const row = await ex.selectFrom('credential').selectAll().where('number', '=', number).executeTakeFirst();
  return row && toRow(row as Raw);
}

export async function findOrgCredential(ex: Executor, orgId: string, id: string) {
  const row = await ex
    .selectFrom('credential')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRow(row as Raw);
}

/** A page of the organisation's certificates, newest first, and how many there are. */
export async function listOrgCredentials(ex: Executor, orgId: string, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    ex
      .selectFrom('credential')
      .selectAll()
      .where('org_id', '=', orgId)
      .orderBy('issued_at', 'desc')
      .orderBy('number', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    ex
      .selectFrom('credential')
      .select(sql<string>`count(*)`.as('n'))
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => toRow(r as Raw)), total: Number(total.n) };
}

/** The highest number given in a year (`KSP-2026-…`), or undefined for the year's first. */
export async function lastNumberOfYear(ex: Executor, year: number): Promise<string | undefined> {
  const row = await ex
    .selectFrom('credential')
    .select('number')
    .where('number', 'like', `KSP-${year}-%`)
    .orderBy(sql`length(number)`, 'desc')
    .orderBy('number', 'desc')
    .executeTakeFirst();
  return row?.number;
}

export async function insertCredential(ex: Executor, row: Omit<CredentialRow, 'revokedAt' | 'revocationReason'>) {
  await ex
    .insertInto('credential')
    .values({
      id: row.id,
      org_id: row.orgId,
      number: row.number,
      candidate_id: row.candidateId,
      holder_name: row.holderName,
      card_code: row.cardCode,
      card_level: row.cardLevel,
      edition_id: row.editionId,
      issued_at: row.issuedAt,
      valid_until: row.validUntil,
      status_list_id: row.statusListId,
      status_index: row.statusIndex,
      document: JSON.stringify(row.document),
      demo: row.demo,
    })
    .execute();
}

/** Revokes it if it is not revoked yet; false when it already was (or is not the organisation's). */
export async function revokeCredential(ex: Executor, orgId: string, id: string, at: Date, reason: string) {
  const result = await ex
    .updateTable('credential')
    .set({ revoked_at: at, revocation_reason: reason })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * One issue at a time across the installation (held to the end of the transaction): the year's
 * next number, an organisation's first key and first status list are each read, then written.
 */
export async function lockIssuing(ex: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('kasip.certificate-issue'))`.execute(ex);
}

/** What a certificate is issued from: the decision (locked), the candidate, the session's specification. */
export async function findIssueBasis(ex: Executor, orgId: string, candidateId: string) {
  const decision = await ex
    .selectFrom('assessment_decision')
    .select(['outcome', 'function_results', 'credential_id'])
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .forUpdate()
    .executeTakeFirst();
  const candidate = await ex
    .selectFrom('session_candidate')
    .select(['full_name', 'session_id', 'demo'])
    .where('org_id', '=', orgId)
    .where('id', '=', candidateId)
    .executeTakeFirst();
  const spec = candidate
    ? await ex
        .selectFrom('assessment_session as s')
        .innerJoin('assessment_spec as p', (j) => j.onRef('p.org_id', '=', 's.org_id').onRef('p.id', '=', 's.spec_id'))
        .select(['p.card_code', 'p.card_level', 'p.edition_id', 'p.content', 'p.demo'])
        .where('s.org_id', '=', orgId)
        .where('s.id', '=', candidate.session_id)
        .executeTakeFirst()
    : undefined;
  return { decision, candidate, spec };
}

/** The decision now points at its certificate (and its version moves on, for optimistic writers). */
export async function linkDecision(ex: Executor, orgId: string, candidateId: string, credentialId: string) {
  await ex
    .updateTable('assessment_decision')
    .set((eb) => ({ credential_id: credentialId, version: eb('version', '+', 1) }))
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .execute();
}
