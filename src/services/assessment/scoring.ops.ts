/**
 * Practical scoring: the candidate's sheet (each practical task of the specification with its
 * checklist, the marks given, the note, the evidence) and saving one task's marks. Marks are per
 * criterion: met, not met, or unmarked (which counts as not met in the results). Every change is
 * audited with the marks before and after; a sheet another assessor saved meanwhile answers 409.
 * The evidence operations (scoring-evidence.ops.ts) belong to the same group.
 */
import { z } from 'zod';
import { CRITERION_MARKS, type CriterionMark } from '../../domain/assessment/function-results.js';
import { userIdOf } from '../../domain/access/actor.js';
import { AppError, type FieldError } from '../../domain/shared/errors.js';
import { findDecision } from '../../storage/repositories/decision.repository.js';
import { listEvidence } from '../../storage/repositories/evidence.repository.js';
import { saveScore, scoresOf } from '../../storage/repositories/scoring.repository.js';
import { byOrg, orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { evidenceOperations, evidenceSchema, evidenceView } from './scoring-evidence.ops.js';
import {
  loadCandidate,
  missing,
  requireSessionAssessor,
  specTasks,
  stale,
  candidateHeader,
  candidateHeaderSchema,
} from './scoring-context.js';

export const candidateParam = orgParam.extend({ candidateId: uuidSchema });

const markSchema = z.enum(CRITERION_MARKS);

const sheetTaskSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    instructions: z.string(),
    skillIds: z.array(z.string()),
    criteria: z.array(
      z.object({ id: z.string(), text: z.string(), critical: z.boolean(), mark: markSchema.nullable() }).strict(),
    ),
    note: z.string().nullable(),
    /** 0 while nothing is saved: send it back to save the first marks. */
    version: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .strict();

export const sheetSchema = z
  .object({
    candidate: candidateHeaderSchema,
    practical: z.boolean().meta({ description: 'Whether practical tasks are a form of this specification' }),
    /** A certificate was issued on the decision: the marks can no longer change. */
    locked: z.boolean(),
    tasks: z.array(sheetTaskSchema),
    evidence: z.array(evidenceSchema),
  })
  .strict()
  .meta({ id: 'ScoringSheet' });

const saveInput = candidateParam.extend({
  taskId: uuidSchema,
  version: z.coerce.number().int().min(0).meta({ description: 'The task’s version you read; 0 for a first save' }),
  /** Criterion id → met / not-met; null or absent leaves it unmarked. */
  marks: z.record(z.string().max(40), markSchema.nullable()).refine((m) => Object.keys(m).length <= 40, {
    message: 'at most 40 criteria',
  }),
  note: z.string().trim().max(4000).nullable().default(null),
});

export function scoringOperations(deps: AssessmentDeps) {
  async function sheet(db: Parameters<typeof loadCandidate>[0], orgId: string, candidateId: string) {
    const candidate = await loadCandidate(db, orgId, candidateId);
    const [tasks, scores, evidence, decision] = await Promise.all([
      specTasks(db, orgId, candidate.spec),
      scoresOf(db, orgId, candidateId),
      listEvidence(db, orgId, candidateId),
      findDecision(db, orgId, candidateId),
    ]);
    const byTask = new Map(scores.map((s) => [s.taskId, s]));
    return {
      candidate: candidateHeader(candidate),
      practical: candidate.spec.forms.includes('practical'),
      locked: decision?.credentialId != null,
      tasks: tasks.map((task) => {
        const score = byTask.get(task.id);
        return {
          id: task.id,
          title: task.title,
          instructions: task.instructions,
          skillIds: task.skillIds,
          criteria: task.criteria.map((c) => {
            const stored = score?.criteria[c.id];
            const mark: CriterionMark | null = stored === 'met' || stored === 'not-met' ? stored : null;
            return { id: c.id, text: c.text, critical: c.critical, mark };
          }),
          note: score?.note ?? null,
          version: score?.version ?? 0,
          updatedAt: score ? score.updatedAt.toISOString() : null,
        };
      }),
      evidence: evidence.map(evidenceView),
    };
  }

  const get = defineOperation({
    name: 'scoring.get',
    summary: 'A candidate’s practical scoring sheet: the tasks with their checklists, marks, notes and evidence',
    input: candidateParam,
    output: sheetSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: (input, ctx) => sheet(ctx.db, input.orgId, input.candidateId),
  });

  const save = defineOperation({
    name: 'scoring.save',
    summary: 'Save one practical task’s checklist marks and note for a candidate (version checked)',
    input: saveInput,
    output: sheetSchema,
    action: 'assessment.score',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.score-changed',
    run: async (input, ctx) => {
      const candidate = await loadCandidate(ctx.db, input.orgId, input.candidateId);
      await requireSessionAssessor(ctx, candidate);
      if (!candidate.spec.forms.includes('practical'))
        throw new AppError('validation_failed', 'This specification has no practical tasks to score.');
      const task = (await specTasks(ctx.db, input.orgId, candidate.spec)).find((t) => t.id === input.taskId);
      if (!task) throw missing();
      const known = new Set(task.criteria.map((c) => c.id));
      const unknown: FieldError[] = Object.keys(input.marks)
        .filter((id) => !known.has(id))
        .map((id) => ({ path: `marks.${id}`, message: 'this task has no such criterion' }));
      if (unknown.length > 0)
        throw new AppError('validation_failed', 'Some marks name criteria this task does not have.', unknown);
      const decision = await findDecision(ctx.db, input.orgId, input.candidateId);
      if (decision?.credentialId)
        throw new AppError(
          'conflict',
          'A certificate was issued on this candidate’s decision: the marks can no longer change.',
        );
      const before = (await scoresOf(ctx.db, input.orgId, input.candidateId)).find((s) => s.taskId === task.id);
      const current = before?.version ?? 0;
      if (current !== input.version) throw stale('score sheet', current);
      const criteria: Record<string, string> = {};
      for (const c of task.criteria) {
        const mark = input.marks[c.id];
        if (mark) criteria[c.id] = mark;
      }
      const saved = await saveScore(
        ctx.db,
        {
          orgId: input.orgId,
          candidateId: candidate.id,
          taskId: task.id,
          criteria,
          note: input.note === '' ? null : input.note,
          assessorId: userIdOf(ctx.actor),
          at: ctx.now,
        },
        input.version,
      );
      if (!saved) throw stale('score sheet', current + 1);
      ctx.audit({
        targetKind: 'practical-score',
        targetId: `${candidate.id}/${task.id}`,
        orgId: input.orgId,
        // Marks and whether a note changed; never the note's text, which may describe the person.
        before: before ? { marks: before.criteria, note: before.note !== null, version: before.version } : null,
        after: { marks: criteria, note: input.note !== null && input.note !== '', version: input.version + 1 },
      });
      return sheet(ctx.db, input.orgId, input.candidateId);
    },
  });

  return { get, save, ...evidenceOperations(deps) };
}
