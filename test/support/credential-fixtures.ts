/**
 * A candidate the commission decided on, written straight into the assessment tables (the
 * sessions and decisions slices have their own tests): the certificate tests need only the rows
 * `certificates.issue` reads — a specification, a session, a candidate and the decision.
 */
import type { Card } from '../../src/domain/standard/schemas.js';
import type { FunctionResult } from '../../src/domain/assessment/results.js';
import type { OpenDb } from '../../src/storage/db.js';

export async function decidedCandidate(
  database: OpenDb,
  opts: {
    orgId: string;
    card: Card;
    editionId: string;
    outcome?: 'passed' | 'failed';
    name?: string;
    validityMonths?: number;
  },
): Promise<{ candidateId: string; results: FunctionResult[] }> {
  const { orgId, card } = opts;
  const specId = crypto.randomUUID();
  const sessionId = crypto.randomUUID();
  const candidateId = crypto.randomUUID();
  const now = new Date();
  const functions = card.labourFunctions.map((f) => f.id);
  await database.db
    .insertInto('assessment_spec')
    .values({
      org_id: orgId,
      id: specId,
      card_code: card.code.value,
      card_level: card.level.value,
      edition_id: opts.editionId,
      content: JSON.stringify({ validityMonths: opts.validityMonths ?? 36, title: 'spec' }),
      status: 'published',
      created_at: now,
      updated_at: now,
    })
    .execute();
  await database.db
    .insertInto('assessment_session')
    .values({
      org_id: orgId,
      id: sessionId,
      spec_id: specId,
      title: 'Session',
      starts_on: '2026-11-20',
      commission: JSON.stringify([]),
      created_at: now,
      updated_at: now,
    })
    .execute();
  await database.db
    .insertInto('session_candidate')
    .values({
      org_id: orgId,
      session_id: sessionId,
      id: candidateId,
      full_name: opts.name ?? 'Асанова Әйгерім Серікқызы',
      created_at: now,
    })
    .execute();
  const passed = (opts.outcome ?? 'passed') === 'passed';
  const results: FunctionResult[] = functions.map((id, i) => ({
    labourFunctionId: id,
    theoryPercent: 80 + i,
    practicalPercent: i === 0 ? 90 : null,
    criticalMissed: false,
    passed,
  }));
  await database.db
    .insertInto('assessment_decision')
    .values({
      org_id: orgId,
      candidate_id: candidateId,
      function_results: JSON.stringify(results),
      outcome: passed ? 'passed' : 'failed',
      commission: JSON.stringify([{ name: 'Төраға', role: 'chair' }]),
      decided_on: '2026-11-21',
    })
    .execute();
  return { candidateId, results };
}

let bundled: Promise<{ card: Card; editionId: string }> | undefined;

/** A passed candidate on the bundled edition's card 2635-3-001 level 5. */
export async function passedCandidate(database: OpenDb, orgId: string): Promise<string> {
  bundled ??= import('../../src/importer/read-edition.js').then(async ({ readEdition }) => {
    const { BUNDLED_EDITION } = await import('./paths.js');
    const edition = await readEdition(BUNDLED_EDITION);
    const card = edition.cards.find((c) => c.code.value === '2635-3-001' && c.level.value === 5) as Card;
    return { card, editionId: edition.meta.id };
  });
  const { card, editionId } = await bundled;
  return (await decidedCandidate(database, { orgId, card, editionId })).candidateId;
}

/** A certificate issued over HTTP by `post` (an org-admin's JSON call): its id, number and status list. */
export async function issuedOverHttp(
  database: OpenDb,
  orgId: string,
  post: <T>(method: string, path: string, body?: unknown) => Promise<T>,
): Promise<{ id: string; number: string }> {
  const candidateId = await passedCandidate(database, orgId);
  return post('POST', `/v1/orgs/${orgId}/candidates/${candidateId}/certificate`);
}
