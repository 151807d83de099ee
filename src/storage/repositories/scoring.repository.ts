/**
 * What scoring reads and writes: a candidate with their session and specification, whether a
 * user is assigned to the session as an assessor, the practical tasks, each candidate × task
 * checklist sheet (versioned, so two assessors never overwrite each other), and the item status
 * change that sends flagged questions back to review. JSON columns come back as stored; the
 * services parse them through the domain schemas.
 */
import { sql } from 'kysely';
import type { Executor } from './edition.repository.js';

export type CandidateContext = {
  id: string;
  orgId: string;
  sessionId: string;
  fullName: string;
  staffId: string | null;
  sessionTitle: string;
  sessionStatus: string;
  commission: { name: string; role: string }[];
  specId: string;
  specContent: unknown;
  cardCode: string;
  cardLevel: number;
  editionId: string;
};

const contextQuery = (db: Executor, orgId: string) =>
  db
    .selectFrom('session_candidate as c')
    .innerJoin('assessment_session as s', (j) =>
      j.onRef('s.org_id', '=', 'c.org_id').onRef('s.id', '=', 'c.session_id'),
    )
    .innerJoin('assessment_spec as p', (j) => j.onRef('p.org_id', '=', 's.org_id').onRef('p.id', '=', 's.spec_id'))
    .select([
      'c.id',
      'c.org_id',
      'c.session_id',
      'c.full_name',
      'c.staff_id',
      's.title',
      's.status',
      's.commission',
      'p.id as spec_id',
      'p.content',
      'p.card_code',
      'p.card_level',
      'p.edition_id',
    ])
    .where('c.org_id', '=', orgId);

type ContextRaw = Awaited<ReturnType<ReturnType<typeof contextQuery>['execute']>>[number];

const toContext = (r: ContextRaw): CandidateContext => ({
  id: r.id,
  orgId: r.org_id,
  sessionId: r.session_id,
  fullName: r.full_name,
  staffId: r.staff_id,
  sessionTitle: r.title,
  sessionStatus: r.status,
  commission: r.commission,
  specId: r.spec_id,
  specContent: r.content,
  cardCode: r.card_code,
  cardLevel: r.card_level,
  editionId: r.edition_id,
});

/** The candidate with their session and its specification; undefined when not in the organisation. */
export async function findCandidateContext(
  db: Executor,
  orgId: string,
  candidateId: string,
): Promise<CandidateContext | undefined> {
  const row = await contextQuery(db, orgId).where('c.id', '=', candidateId).executeTakeFirst();
  return row ? toContext(row) : undefined;
}

/** Every candidate of a session, in the order they were enrolled. */
export async function sessionCandidates(db: Executor, orgId: string, sessionId: string): Promise<CandidateContext[]> {
  const rows = await contextQuery(db, orgId)
    .where('c.session_id', '=', sessionId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  return rows.map(toContext);
}

export type SessionSpecRow = { sessionId: string; title: string; specId: string; specContent: unknown };

export async function findSessionSpec(
  db: Executor,
  orgId: string,
  sessionId: string,
): Promise<SessionSpecRow | undefined> {
  const row = await db
    .selectFrom('assessment_session as s')
    .innerJoin('assessment_spec as p', (j) => j.onRef('p.org_id', '=', 's.org_id').onRef('p.id', '=', 's.spec_id'))
    .select(['s.id', 's.title', 'p.id as spec_id', 'p.content'])
    .where('s.org_id', '=', orgId)
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
  return row ? { sessionId: row.id, title: row.title, specId: row.spec_id, specContent: row.content } : undefined;
}

export async function isSessionAssessor(
  db: Executor,
  orgId: string,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('session_assessor')
    .select('user_id')
    .where('org_id', '=', orgId)
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export type TaskRow = { id: string; content: unknown; status: string };

/** The organisation's practical tasks among `ids` (any status: a retired task still scores old sessions). */
export async function tasksByIds(db: Executor, orgId: string, ids: readonly string[]): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('practical_task')
    .select(['id', 'content', 'status'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
}

export type ScoreRow = {
  taskId: string;
  criteria: Record<string, string>;
  note: string | null;
  assessorId: string | null;
  version: number;
  updatedAt: Date;
};

export async function scoresOf(db: Executor, orgId: string, candidateId: string): Promise<ScoreRow[]> {
  const rows = await db
    .selectFrom('practical_score')
    .select(['task_id', 'criteria', 'note', 'assessor_id', 'version', 'updated_at'])
    .where('org_id', '=', orgId)
    .where('candidate_id', '=', candidateId)
    .execute();
  return rows.map((r) => ({
    taskId: r.task_id,
    criteria: r.criteria as Record<string, string>,
    note: r.note,
    assessorId: r.assessor_id,
    version: r.version,
    updatedAt: new Date(r.updated_at),
  }));
}

/** Every sheet of a session's candidates, for the results page (one query, not one per candidate). */
export async function scoresOfSession(
  db: Executor,
  orgId: string,
  sessionId: string,
): Promise<(ScoreRow & { candidateId: string })[]> {
  const rows = await db
    .selectFrom('practical_score as p')
    .innerJoin('session_candidate as c', (j) =>
      j.onRef('c.org_id', '=', 'p.org_id').onRef('c.id', '=', 'p.candidate_id'),
    )
    .select(['p.candidate_id', 'p.task_id', 'p.criteria', 'p.note', 'p.assessor_id', 'p.version', 'p.updated_at'])
    .where('p.org_id', '=', orgId)
    .where('c.session_id', '=', sessionId)
    .execute();
  return rows.map((r) => ({
    candidateId: r.candidate_id,
    taskId: r.task_id,
    criteria: r.criteria as Record<string, string>,
    note: r.note,
    assessorId: r.assessor_id,
    version: r.version,
    updatedAt: new Date(r.updated_at),
  }));
}

export type ScoreWrite = {
  orgId: string;
  candidateId: string;
  taskId: string;
  criteria: Record<string, string>;
  note: string | null;
  assessorId: string | null;
  at: Date;
};

/**
 * Saves a sheet only if it is still at `expectedVersion` (0: there is none yet); false when
 * another assessor saved first, so the caller answers 409 and nothing is overwritten.
 */
export async function saveScore(db: Executor, write: ScoreWrite, expectedVersion: number): Promise<boolean> {
  const values = {
    criteria: JSON.stringify(write.criteria),
    note: write.note,
    assessor_id: write.assessorId,
    updated_at: write.at,
  };
  if (expectedVersion === 0) {
    const inserted = await db
      .insertInto('practical_score')
      .values({ org_id: write.orgId, candidate_id: write.candidateId, task_id: write.taskId, ...values })
      .onConflict((c) => c.columns(['org_id', 'candidate_id', 'task_id']).doNothing())
      .returning('version')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await db
    .updateTable('practical_score')
    .set({ ...values, version: sql`version + 1` })
    .where('org_id', '=', write.orgId)
    .where('candidate_id', '=', write.candidateId)
    .where('task_id', '=', write.taskId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** The status, version and content of the organisation's test items among `ids`. */
export async function itemStatuses(
  db: Executor,
  orgId: string,
  ids: readonly string[],
): Promise<{ id: string; status: string; version: number; content: unknown }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('assessment_item')
    .select(['id', 'status', 'version', 'content'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Sends reviewed items back to draft (so they are no longer drawn) with a new version; answers the ids changed. */
export async function sendItemsToDraft(
  db: Executor,
  orgId: string,
  ids: readonly string[],
  at: Date,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('assessment_item')
    .set({ status: 'draft', version: sql`version + 1`, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    // Retired items stay retired: they are not drawn either way.
    .where('status', '=', 'reviewed')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
