/**
 * The people of a session: candidates enrolled from the staff register (their name read from the
 * record) or from outside (a name and an optional email), the assessors (members who hold the
 * assessor or org-admin role), and each candidate's secret test link. A link is shown once and
 * only its SHA-256 is kept; making a new one makes the old one stop working.
 */
import { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import { attemptOf } from '../../storage/repositories/attempt.repository.js';
import { findMembership } from '../../storage/repositories/organisation.repository.js';
import {
  addAssessor,
  candidatesOf,
  deleteCandidate,
  findCandidate,
  insertCandidates,
  removeAssessor,
  setTokenHash,
} from '../../storage/repositories/session.repository.js';
import { findStaff } from '../../storage/repositories/staff.repository.js';
import { byOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import { hashSecret, newSecret } from '../secrets.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { missing, requireSession, sessionDetail } from './session-context.js';
import { TEST_TOKEN_PREFIX, candidateParam, enrolInput, sessionDetailSchema, sessionParam } from './session-schemas.js';

const ASSESSOR_ROLES = ['assessor', 'org-admin'];

export function sessionPeopleOperations({ cards, accounts }: AssessmentDeps) {
  const enrol = defineOperation({
    name: 'sessions.candidates.enrol',
    summary: 'Enrol candidates: people from the staff register (by id) or external candidates (name, email)',
    input: enrolInput,
    output: sessionDetailSchema,
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.candidates-enrolled',
    run: async (input, ctx) => {
      const session = await requireSession(ctx.db, input.orgId, input.sessionId);
      if (input.staffIds.length + input.external.length === 0)
        throw new AppError(
          'validation_failed',
          'Name at least one candidate: a person of the staff or an external one.',
          [{ path: 'staffIds', message: 'empty' }],
        );
      const enrolled = new Set((await candidatesOf(ctx.db, input.orgId, session.id)).map((c) => c.staffId));
      const errors: { path: string; message: string }[] = [];
      const rows = [];
      for (const [i, staffId] of [...new Set(input.staffIds)].entries()) {
        // Only the organisation's own staff: another organisation's id reads as not there.
        const staff = await findStaff(ctx.db, input.orgId, staffId);
        if (!staff) errors.push({ path: `staffIds.${i}`, message: 'no such person in this organisation’s register' });
        else if (enrolled.has(staffId))
          errors.push({ path: `staffIds.${i}`, message: 'already enrolled in this session' });
        else
          rows.push({
            orgId: input.orgId,
            sessionId: session.id,
            id: crypto.randomUUID(),
            staffId,
            fullName: staff.record.fullName,
            email: null,
            demo: session.demo,
            at: ctx.now,
          });
      }
      if (errors.length > 0) throw new AppError('validation_failed', 'Some candidates cannot be enrolled.', errors);
      for (const person of input.external)
        rows.push({
          orgId: input.orgId,
          sessionId: session.id,
          id: crypto.randomUUID(),
          staffId: null,
          fullName: person.fullName,
          email: person.email,
          demo: session.demo,
          at: ctx.now,
        });
      await insertCandidates(ctx.db, rows);
      ctx.audit({
        targetKind: 'assessment-session',
        targetId: session.id,
        orgId: input.orgId,
        after: { candidateIds: rows.map((r) => r.id) },
      });
      return sessionDetail(ctx.db, cards, session, ctx.now);
    },
  });

  async function candidateOfSession(db: Parameters<typeof findCandidate>[0], input: z.output<typeof candidateParam>) {
    const candidate = await findCandidate(db, input.orgId, input.candidateId);
    if (!candidate || candidate.sessionId !== input.sessionId) throw missing();
    return candidate;
  }

  const removeCandidate = defineOperation({
    name: 'sessions.candidates.remove',
    summary: 'Take a candidate off the session (only before they start the test)',
    input: candidateParam,
    output: sessionDetailSchema,
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.candidate-removed',
    run: async (input, ctx) => {
      const session = await requireSession(ctx.db, input.orgId, input.sessionId);
      const candidate = await candidateOfSession(ctx.db, input);
      if (await attemptOf(ctx.db, input.orgId, candidate.id))
        throw new AppError(
          'conflict',
          'This candidate has started the test: their attempt is kept, so they stay enrolled.',
        );
      await deleteCandidate(ctx.db, input.orgId, candidate.id);
      ctx.audit({
        targetKind: 'session-candidate',
        targetId: candidate.id,
        orgId: input.orgId,
        before: { sessionId: session.id },
      });
      return sessionDetail(ctx.db, cards, session, ctx.now);
    },
  });

  const link = defineOperation({
    name: 'sessions.candidates.link',
    summary: 'Make the candidate’s secret test link (shown once; a new one makes the old one stop working)',
    input: candidateParam,
    output: z.object({ candidateId: z.string(), url: z.string() }),
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.test-link-made',
    run: async (input, ctx) => {
      await requireSession(ctx.db, input.orgId, input.sessionId);
      const candidate = await candidateOfSession(ctx.db, input);
      const token = newSecret(TEST_TOKEN_PREFIX);
      await setTokenHash(ctx.db, input.orgId, candidate.id, hashSecret(token));
      ctx.audit({
        targetKind: 'session-candidate',
        targetId: candidate.id,
        orgId: input.orgId,
        after: { remade: candidate.hasLink },
      });
      return { candidateId: candidate.id, url: `${accounts.publicUrl}/test/${token}` };
    },
  });

  const assessorParam = sessionParam.extend({ userId: uuidSchema });

  const assign = defineOperation({
    name: 'sessions.assessors.add',
    summary: 'Assign an assessor (a member holding the assessor or org-admin role) to the session',
    input: assessorParam,
    output: sessionDetailSchema,
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.assessor-assigned',
    run: async (input, ctx) => {
      const session = await requireSession(ctx.db, input.orgId, input.sessionId);
      const roles = (await findMembership(ctx.db, input.orgId, input.userId)) ?? [];
      if (!roles.some((r) => ASSESSOR_ROLES.includes(r)))
        throw new AppError('validation_failed', 'An assessor must be a member with the assessor or org-admin role.', [
          { path: 'userId', message: 'not an assessor of this organisation' },
        ]);
      if (await addAssessor(ctx.db, input.orgId, session.id, input.userId))
        ctx.audit({
          targetKind: 'assessment-session',
          targetId: session.id,
          orgId: input.orgId,
          subjectUserId: input.userId,
          after: { assessor: input.userId },
        });
      else
        ctx.audit({
          targetKind: 'assessment-session',
          targetId: session.id,
          orgId: input.orgId,
          after: { unchanged: true },
        });
      return sessionDetail(ctx.db, cards, session, ctx.now);
    },
  });

  const unassign = defineOperation({
    name: 'sessions.assessors.remove',
    summary: 'Take an assessor off the session',
    input: assessorParam,
    output: sessionDetailSchema,
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.assessor-unassigned',
    run: async (input, ctx) => {
      const session = await requireSession(ctx.db, input.orgId, input.sessionId);
      if (!(await removeAssessor(ctx.db, input.orgId, session.id, input.userId))) throw missing();
      ctx.audit({
        targetKind: 'assessment-session',
        targetId: session.id,
        orgId: input.orgId,
        subjectUserId: input.userId,
        before: { assessor: input.userId },
      });
      return sessionDetail(ctx.db, cards, session, ctx.now);
    },
  });

  return { enrol, removeCandidate, link, assign, unassign };
}
