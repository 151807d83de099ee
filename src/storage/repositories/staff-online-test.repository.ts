/**
 * A staff member's online tests: the assessment sessions of their own organisation in which they
 * were enrolled from the register (session_candidate.staff_id) and started the test. HR reads
 * these to take an attestation's testing stage from a test instead of typing the score in.
 */
import type { Executor } from './edition.repository.js';

export type StaffOnlineTest = {
  candidateId: string;
  sessionId: string;
  sessionTitle: string;
  startsOn: string;
  startedAt: Date;
  deadlineAt: Date;
  submittedAt: Date | null;
};

const columns = [
  'c.id as candidate_id',
  's.id as session_id',
  's.title as session_title',
  's.starts_on',
  'a.started_at',
  'a.deadline_at',
  'a.submitted_at',
] as const;

type Raw = {
  candidate_id: string;
  session_id: string;
  session_title: string;
  starts_on: string;
  started_at: Date;
  deadline_at: Date;
  submitted_at: Date | null;
};

const toTest = (r: Raw): StaffOnlineTest => ({
  candidateId: r.candidate_id,
  sessionId: r.session_id,
  sessionTitle: r.session_title,
  startsOn: r.starts_on,
  startedAt: new Date(r.started_at),
  deadlineAt: new Date(r.deadline_at),
  submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
});

function base(ex: Executor, orgId: string) {
  return ex
    .selectFrom('session_candidate as c')
    .innerJoin('assessment_session as s', (j) =>
      j.onRef('s.org_id', '=', 'c.org_id').onRef('s.id', '=', 'c.session_id'),
    )
    .innerJoin('test_attempt as a', (j) => j.onRef('a.org_id', '=', 'c.org_id').onRef('a.candidate_id', '=', 'c.id'))
    .where('c.org_id', '=', orgId);
}

/** Newest first; at most 50 (a person sits a handful of tests a year). */
export async function onlineTestsOfStaff(ex: Executor, orgId: string, staffId: string): Promise<StaffOnlineTest[]> {
  const rows = await base(ex, orgId)
    .where('c.staff_id', '=', staffId)
    .select(columns)
    .orderBy('a.started_at', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => toTest(r as Raw));
}

export async function onlineTestOfCandidate(
  ex: Executor,
  orgId: string,
  candidateId: string,
): Promise<(StaffOnlineTest & { staffId: string | null }) | null> {
  const row = await base(ex, orgId)
    .where('c.id', '=', candidateId)
    .select([...columns, 'c.staff_id'])
    .executeTakeFirst();
  return row ? { ...toTest(row as Raw), staffId: (row as { staff_id: string | null }).staff_id } : null;
}
