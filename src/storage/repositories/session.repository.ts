/**
 * Assessment sessions, their assessors and candidates, and the published specification a session
 * runs (read here with a small query of its own, parsed by the caller through the contract schema).
 * Every query names the organisation, so one organisation's id never reaches another's session.
 */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type SessionRow = {
  orgId: string;
  id: string;
  specId: string;
  title: string;
  startsOn: string;
  place: string | null;
  status: string;
  commission: { name: string; role: string }[];
  demo: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export type CandidateRow = {
  orgId: string;
  sessionId: string;
  id: string;
  staffId: string | null;
  fullName: string;
  email: string | null;
  hasLink: boolean;
  demo: boolean;
  createdAt: Date;
};

export type SpecRow = {
  orgId: string;
  id: string;
  cardCode: string;
  cardLevel: number;
  editionId: string;
  status: string;
  content: unknown;
  demo: boolean;
};

const SESSION = [
  'org_id',
  'id',
  'spec_id',
  'title',
  'starts_on',
  'place',
  'status',
  'commission',
  'demo',
  'version',
  'created_at',
  'updated_at',
] as const;

type RawSession = {
  org_id: string;
  id: string;
  spec_id: string;
  title: string;
  starts_on: string | Date;
  place: string | null;
  status: string;
  commission: { name: string; role: string }[];
  demo: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
};

/** A date column comes back as text from one driver and as a Date at midnight UTC from another. */
const isoDay = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

const toSession = (r: RawSession): SessionRow => ({
  orgId: r.org_id,
  id: r.id,
  specId: r.spec_id,
  title: r.title,
  startsOn: isoDay(r.starts_on),
  place: r.place,
  status: r.status,
  commission: r.commission ?? [],
  demo: r.demo,
  version: r.version,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export async function findSpec(ex: Executor, orgId: string, specId: string): Promise<SpecRow | undefined> {
  const r = await ex
    .selectFrom('assessment_spec')
    .select(['org_id', 'id', 'card_code', 'card_level', 'edition_id', 'status', 'content', 'demo'])
    .where('org_id', '=', orgId)
    .where('id', '=', specId)
    .executeTakeFirst();
  return (
    r && {
      orgId: r.org_id,
      id: r.id,
      cardCode: r.card_code,
      cardLevel: r.card_level,
      editionId: r.edition_id,
      status: r.status,
      content: r.content,
      demo: r.demo,
    }
  );
}

export async function insertSession(
  ex: Executor,
  s: {
    orgId: string;
    id: string;
    specId: string;
    title: string;
    startsOn: string;
    place: string | null;
    /** A session on demo content is demo too (its specification says so). */
    demo: boolean;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  await ex
    .insertInto('assessment_session')
    .values({
      org_id: s.orgId,
      id: s.id,
      spec_id: s.specId,
      title: s.title,
      starts_on: s.startsOn,
      place: s.place,
      commission: '[]',
      demo: s.demo,
      created_by: s.by,
      created_at: s.at,
      updated_at: s.at,
    })
    .execute();
}

export async function findSession(ex: Executor, orgId: string, id: string): Promise<SessionRow | undefined> {
  const r = await ex
    .selectFrom('assessment_session')
    .select(SESSION)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r && toSession(r as RawSession);
}

export async function listSessions(
  ex: Executor,
  orgId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: (SessionRow & { candidates: number })[]; total: number }> {
  const base = ex.selectFrom('assessment_session').where('org_id', '=', orgId);
  const [rows, count] = await Promise.all([
    base
      .select(SESSION)
      .select((eb) =>
        eb
          .selectFrom('session_candidate')
          .whereRef('session_candidate.org_id', '=', 'assessment_session.org_id')
          .whereRef('session_candidate.session_id', '=', 'assessment_session.id')
          .select(eb.fn.countAll<string>().as('n'))
          .as('candidates'),
      )
      .orderBy('starts_on', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({ ...toSession(r as RawSession), candidates: Number(r.candidates ?? 0) })),
    total: Number(count.n),
  };
}

/** Changes the session if `expectedVersion` is still current; undefined when it was not. */
export async function updateSession(
  ex: Executor,
  u: {
    orgId: string;
    id: string;
    expectedVersion: number;
    set: { title?: string; startsOn?: string; place?: string | null; status?: string; commission?: string };
    at: Date;
  },
): Promise<SessionRow | undefined> {
  const r = await ex
    .updateTable('assessment_session')
    .set({ ...u.set, version: sql`version + 1`, updated_at: u.at })
    .where('org_id', '=', u.orgId)
    .where('id', '=', u.id)
    .where('version', '=', u.expectedVersion)
    .returning(SESSION)
    .executeTakeFirst();
  return r && toSession(r as RawSession);
}

export async function assessorsOf(
  ex: Executor,
  orgId: string,
  sessionId: string,
): Promise<{ userId: string; displayName: string; email: string }[]> {
  const rows = await ex
    .selectFrom('session_assessor')
    .innerJoin('user_account', 'user_account.id', 'session_assessor.user_id')
    .select(['session_assessor.user_id', 'user_account.display_name', 'user_account.email'])
    .where('session_assessor.org_id', '=', orgId)
    .where('session_assessor.session_id', '=', sessionId)
    .orderBy('user_account.display_name')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, displayName: r.display_name, email: r.email }));
}

/** True when the assessor was added (false when they were already assigned). */
export async function addAssessor(ex: Executor, orgId: string, sessionId: string, userId: string): Promise<boolean> {
  const r = await ex
    .insertInto('session_assessor')
    .values({ org_id: orgId, session_id: sessionId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function removeAssessor(ex: Executor, orgId: string, sessionId: string, userId: string): Promise<boolean> {
  const r = await ex
    .deleteFrom('session_assessor')
    .where('org_id', '=', orgId)
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

const CANDIDATE = [
  'org_id',
  'session_id',
  'id',
  'staff_id',
  'full_name',
  'email',
  'test_token_hash',
  'demo',
  'created_at',
] as const;

const toCandidate = (r: {
  org_id: string;
  session_id: string;
  id: string;
  staff_id: string | null;
  full_name: string;
  email: string | null;
  test_token_hash: string | null;
  demo: boolean;
  created_at: Date;
}): CandidateRow => ({
  orgId: r.org_id,
  sessionId: r.session_id,
  id: r.id,
  staffId: r.staff_id,
  fullName: r.full_name,
  email: r.email,
  hasLink: r.test_token_hash !== null,
  demo: r.demo,
  createdAt: new Date(r.created_at),
});

export async function insertCandidates(
  ex: Executor,
  rows: readonly {
    orgId: string;
    sessionId: string;
    id: string;
    staffId: string | null;
    fullName: string;
    email: string | null;
    /** The candidates of a demo session are demo people. */
    demo: boolean;
    at: Date;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await ex
    .insertInto('session_candidate')
    .values(
      rows.map((r) => ({
        org_id: r.orgId,
        session_id: r.sessionId,
        id: r.id,
        staff_id: r.staffId,
        full_name: r.fullName,
        email: r.email,
        demo: r.demo,
        created_at: r.at,
      })),
    )
    .execute();
}

export async function candidatesOf(ex: Executor, orgId: string, sessionId: string): Promise<CandidateRow[]> {
  const rows = await ex
    .selectFrom('session_candidate')
    .select(CANDIDATE)
    .where('org_id', '=', orgId)
    .where('session_id', '=', sessionId)
    .orderBy(sql`full_name collate "und-x-icu"`)
    .orderBy('id')
    .execute();
  return rows.map(toCandidate);
}

export async function findCandidate(
  ex: Executor,
  orgId: string,
  candidateId: string,
): Promise<CandidateRow | undefined> {
  const r = await ex
    .selectFrom('session_candidate')
    .select(CANDIDATE)
    .where('org_id', '=', orgId)
    .where('id', '=', candidateId)
    .executeTakeFirst();
  return r && toCandidate(r);
}

/** The candidate a test link opens: found by the hash of its secret only. */
export async function candidateByTokenHash(ex: Executor, tokenHash: string): Promise<CandidateRow | undefined> {
  const r = await ex
    .selectFrom('session_candidate')
    .select(CANDIDATE)
    .where('test_token_hash', '=', tokenHash)
    .executeTakeFirst();
  return r && toCandidate(r);
}

export async function setTokenHash(ex: Executor, orgId: string, candidateId: string, hash: string): Promise<void> {
  await ex
    .updateTable('session_candidate')
    .set({ test_token_hash: hash })
    .where('org_id', '=', orgId)
    .where('id', '=', candidateId)
    .execute();
}

export async function deleteCandidate(ex: Executor, orgId: string, candidateId: string): Promise<void> {
  await ex.deleteFrom('session_candidate').where('org_id', '=', orgId).where('id', '=', candidateId).execute();
}

/** The organisation's published specifications, newest first: what a new session may run. */
export async function publishedSpecs(ex: Executor, orgId: string): Promise<SpecRow[]> {
  const rows = await ex
    .selectFrom('assessment_spec')
    .select(['org_id', 'id', 'card_code', 'card_level', 'edition_id', 'status', 'content', 'demo'])
    .where('org_id', '=', orgId)
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    orgId: r.org_id,
    id: r.id,
    cardCode: r.card_code,
    cardLevel: r.card_level,
    editionId: r.edition_id,
    status: r.status,
    content: r.content,
    demo: r.demo,
  }));
}
