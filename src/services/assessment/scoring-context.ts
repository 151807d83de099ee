/**
 * What the scoring, evidence and decision operations share: the candidate with their session's
 * specification parsed through the contract schema, the practical tasks the specification names,
 * the rule that only the session's own assessors (or the organisation's admin) change a sheet,
 * and the answers for a record that is not there or was changed meanwhile.
 */
import { z } from 'zod';
import { isPlatform, rolesIn, userIdOf } from '../../domain/access/actor.js';
import {
  type PracticalTaskContent,
  type SpecificationContent,
  practicalTaskContentSchema,
  specificationContentSchema,
} from '../../domain/assessment/instruments.js';
import { AppError } from '../../domain/shared/errors.js';
import type { Executor } from '../../storage/repositories/edition.repository.js';
import {
  type CandidateContext,
  findCandidateContext,
  isSessionAssessor,
  tasksByIds,
} from '../../storage/repositories/scoring.repository.js';
import type { OperationContext } from '../operations/operation.js';

export type Candidate = CandidateContext & { spec: SpecificationContent };
export type SheetTask = PracticalTaskContent & { id: string };

/** Not there, or another organisation's: 404 either way. */
/** Who and what a scoring sheet or a decision is about: the header both pages show. */
export const candidateHeaderSchema = z
  .object({
    id: z.string(),
    fullName: z.string(),
    sessionId: z.string(),
    sessionTitle: z.string(),
    cardCode: z.string(),
    cardLevel: z.number().int(),
  })
  .strict();

export const candidateHeader = (c: Candidate): z.output<typeof candidateHeaderSchema> => ({
  id: c.id,
  fullName: c.fullName,
  sessionId: c.sessionId,
  sessionTitle: c.sessionTitle,
  cardCode: c.cardCode,
  cardLevel: c.cardLevel,
});

export const missing = () => new AppError('not_found', 'There is nothing here, or it is not yours to see.');

export const stale = (what: string, current: number) =>
  new AppError(
    'conflict',
    `Someone saved this ${what} after you opened it (now version ${current}). Reload it, then make your change again.`,
  );

export function parseSpec(content: unknown): SpecificationContent {
  const parsed = specificationContentSchema.safeParse(content);
  // A stored specification is validated when written; one that no longer parses is a defect to report, not a 500.
  if (!parsed.success)
    throw new AppError('conflict', 'The session’s specification cannot be read; open and save it again.');
  return parsed.data;
}

export async function loadCandidate(db: Executor, orgId: string, candidateId: string): Promise<Candidate> {
  const row = await findCandidateContext(db, orgId, candidateId);
  if (!row) throw missing();
  return { ...row, spec: parseSpec(row.specContent) };
}

/** The specification's practical tasks, in its order; a task that went missing or does not parse is left out. */
export async function specTasks(db: Executor, orgId: string, spec: SpecificationContent): Promise<SheetTask[]> {
  const rows = await tasksByIds(db, orgId, spec.practicalTaskIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return spec.practicalTaskIds.flatMap((id) => {
    const parsed = practicalTaskContentSchema.safeParse(byId.get(id)?.content);
    return parsed.success ? [{ ...parsed.data, id }] : [];
  });
}

/**
 * Scores, evidence and decisions are changed by the session's assigned assessors; the
 * organisation's admin (and the platform admin, and the operator) may step in. The action
 * already let the caller in as an assessor of the organisation: this narrows it to the session.
 */
export async function requireSessionAssessor(
  ctx: Pick<OperationContext, 'actor' | 'db'>,
  candidate: Pick<CandidateContext, 'orgId' | 'sessionId'>,
): Promise<void> {
  const { actor } = ctx;
  if (actor.kind === 'operator' || isPlatform(actor, 'admin')) return;
  if (rolesIn(actor, candidate.orgId).includes('org-admin')) return;
  const userId = userIdOf(actor);
  if (userId && (await isSessionAssessor(ctx.db, candidate.orgId, candidate.sessionId, userId))) return;
  throw new AppError(
    'forbidden',
    'Only the assessors assigned to this session (or the organisation’s admin) can do this.',
  );
}
