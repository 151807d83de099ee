/**
 * The online test's results as the decisions read them: right answers per labour function for one
 * candidate, and for a whole session the candidate × item matrix that psychometrics needs (1 right,
 * 0 wrong or unanswered, null not drawn for that candidate). Items are scored by their content as
 * stored now; an item retired after it was drawn still scores.
 */
import {
  type TestResponse,
  responseSchema,
  scoreResponse,
  theoryByFunction,
} from '../../domain/assessment/test-scoring.js';
import type { TestItemContent } from '../../domain/assessment/instruments.js';
import {
  answersOf,
  answersOfAttempts,
  attemptOf,
  attemptsOfSession,
  itemsById,
} from '../../storage/repositories/attempt.repository.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import { drawnItems, parseItem } from './session-context.js';

async function contentsOf(db: Executor, orgId: string, ids: readonly string[]) {
  const out = new Map<string, TestItemContent>();
  for (const row of await itemsById(db, orgId, [...new Set(ids)])) {
    const content = parseItem(row.content);
    if (content) out.set(row.id, content);
  }
  return out;
}

const responses = (rows: readonly { itemId: string; response: unknown }[]) => {
  const out = new Map<string, TestResponse>();
  for (const r of rows) {
    const parsed = responseSchema.safeParse(r.response);
    if (parsed.success) out.set(r.itemId, parsed.data);
  }
  return out;
};

export async function candidateTheory(
  db: Executor,
  orgId: string,
  candidateId: string,
): Promise<Map<string, { correct: number; total: number; percent: number }> | null> {
  const attempt = await attemptOf(db, orgId, candidateId);
  if (!attempt) return null;
  const drawn = drawnItems(attempt);
  const [items, answers] = await Promise.all([
    contentsOf(
      db,
      orgId,
      drawn.map((d) => d.itemId),
    ),
    answersOf(db, orgId, attempt.id),
  ]);
  return theoryByFunction(drawn, items, responses(answers));
}

export async function sessionItemMatrix(
  db: Executor,
  orgId: string,
  sessionId: string,
): Promise<{ itemIds: string[]; rows: { candidateId: string; scores: (0 | 1 | null)[] }[] }> {
  const attempts = await attemptsOfSession(db, orgId, sessionId);
  const itemIds = [...new Set(attempts.flatMap((a) => drawnItems(a).map((d) => d.itemId)))].sort();
  const [items, answers] = await Promise.all([
    contentsOf(db, orgId, itemIds),
    answersOfAttempts(
      db,
      orgId,
      attempts.map((a) => a.id),
    ),
  ]);
  const byAttempt = new Map<string, { itemId: string; response: unknown }[]>();
  for (const a of answers) byAttempt.set(a.attemptId, [...(byAttempt.get(a.attemptId) ?? []), a]);
  const rows = [...attempts]
    .sort((a, b) => (a.candidateId < b.candidateId ? -1 : 1))
    .map((attempt) => {
      const drawn = new Set(drawnItems(attempt).map((d) => d.itemId));
      const given = responses(byAttempt.get(attempt.id) ?? []);
      return {
        candidateId: attempt.candidateId,
        scores: itemIds.map((id): 0 | 1 | null => {
          if (!drawn.has(id)) return null;
          const item = items.get(id);
          return item ? scoreResponse(item, given.get(id)) : 0;
        }),
      };
    });
  return { itemIds, rows };
}
