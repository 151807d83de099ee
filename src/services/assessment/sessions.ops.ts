/**
 * Assessment sessions: an assessment centre or an employer schedules a session on a published
 * specification, names its commission, and follows each candidate's online test. Candidates,
 * assessors and test links are in session-people.ops.ts. Everything here is private: sessions
 * carry candidates' names. Audit events name the session and what changed, never the names.
 */
import { z } from 'zod';
import { userIdOf } from '../../domain/access/actor.js';
import { specificationContentSchema } from '../../domain/assessment/instruments.js';
import { AppError } from '../../domain/shared/errors.js';
import {
  insertSession,
  listSessions,
  publishedSpecs,
  updateSession,
} from '../../storage/repositories/session.repository.js';
import { byOrg, orgParam, requireOrg } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';
import { defineOperation } from '../operations/operation.js';
import type { AssessmentDeps } from './assessment-deps.js';
import { sessionPeopleOperations } from './session-people.ops.js';
import {
  questionCount,
  requireSession,
  sessionDetail,
  sessionStatus,
  specOf,
  staleSession,
} from './session-context.js';
import {
  SESSIONS_PAGE,
  commissionInput,
  publishedSpecSchema,
  sessionChange,
  sessionDetailSchema,
  sessionFields,
  sessionParam,
  sessionSummarySchema,
  sessionVersion,
} from './session-schemas.js';

export function sessionOperations(deps: AssessmentDeps) {
  const { cards } = deps;

  const specs = defineOperation({
    name: 'sessions.specs',
    summary: 'The published specifications a new session may run',
    input: orgParam,
    output: z.object({ specs: z.array(publishedSpecSchema) }),
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const rows = await publishedSpecs(ctx.db, input.orgId);
      return {
        specs: rows.flatMap((row) => {
          const parsed = specificationContentSchema.safeParse(row.content);
          if (!parsed.success) return [];
          return [
            {
              id: row.id,
              title: parsed.data.title,
              cardCode: row.cardCode,
              cardLevel: row.cardLevel,
              editionId: row.editionId,
              timeLimitMinutes: parsed.data.timeLimitMinutes,
              questions: questionCount(parsed.data),
              forms: [...parsed.data.forms],
            },
          ];
        }),
      };
    },
  });

  const list = defineOperation({
    name: 'sessions.list',
    summary: "An organisation's assessment sessions, the latest first",
    input: orgParam.extend({
      limit: z.coerce.number().int().min(1).max(SESSIONS_PAGE.max).default(SESSIONS_PAGE.default),
      offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    }),
    output: z.object({
      total: z.number(),
      limit: z.number(),
      offset: z.number(),
      sessions: z.array(sessionSummarySchema),
    }),
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const page = await listSessions(ctx.db, input.orgId, input);
      return {
        total: page.total,
        limit: input.limit,
        offset: input.offset,
        sessions: page.rows.map((s) => ({
          id: s.id,
          specId: s.specId,
          title: s.title,
          startsOn: s.startsOn,
          place: s.place,
          status: sessionStatus(s.status),
          candidates: s.candidates,
          demo: s.demo,
          version: s.version,
        })),
      };
    },
  });

  const create = defineOperation({
    name: 'sessions.create',
    summary: 'Schedule an assessment session on a published specification',
    input: orgParam.extend({ specId: uuidSchema, ...sessionFields }),
    output: sessionDetailSchema,
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.session-created',
    run: async (input, ctx) => {
      await requireOrg(ctx.db, input.orgId);
      const spec = await specOf(ctx.db, input.orgId, input.specId);
      if (!spec)
        throw new AppError('validation_failed', 'There is no such specification in this organisation.', [
          { path: 'specId', message: 'no such specification' },
        ]);
      if (spec.status !== 'published')
        throw new AppError('conflict', 'A session runs on a published specification: publish this one first.', [
          { path: 'specId', message: `the specification is ${spec.status}` },
        ]);
      const id = crypto.randomUUID();
      await insertSession(ctx.db, {
        orgId: input.orgId,
        id,
        specId: spec.id,
        title: input.title,
        startsOn: input.startsOn,
        place: input.place,
        demo: spec.demo,
        by: userIdOf(ctx.actor),
        at: ctx.now,
      });
      ctx.audit({ targetKind: 'assessment-session', targetId: id, orgId: input.orgId, after: { specId: spec.id } });
      return sessionDetail(ctx.db, cards, await requireSession(ctx.db, input.orgId, id), ctx.now);
    },
  });

  const get = defineOperation({
    name: 'sessions.get',
    summary: 'One session: its specification, commission, assessors, and each candidate’s progress',
    input: sessionParam,
    output: sessionDetailSchema,
    action: 'assessment.read',
    resource: byOrg,
    writes: false,
    cache: 'private',
    audit: null,
    run: async (input, ctx) =>
      sessionDetail(ctx.db, cards, await requireSession(ctx.db, input.orgId, input.sessionId), ctx.now),
  });

  const update = defineOperation({
    name: 'sessions.update',
    summary: 'Change a session’s title, date, place or status (give the version you read; a newer one answers 409)',
    input: sessionParam.extend({ ...sessionChange, version: sessionVersion }),
    output: sessionDetailSchema,
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.session-updated',
    run: async (input, ctx) => {
      const before = await requireSession(ctx.db, input.orgId, input.sessionId);
      if (before.version !== input.version) throw staleSession(before.version);
      const set = Object.fromEntries(
        (['title', 'startsOn', 'place', 'status'] as const)
          .filter((k) => input[k] !== undefined)
          .map((k) => [k, input[k]]),
      ) as { title?: string; startsOn?: string; place?: string | null; status?: string };
      const row = await updateSession(ctx.db, {
        orgId: input.orgId,
        id: input.sessionId,
        expectedVersion: input.version,
        set,
        at: ctx.now,
      });
      if (!row) throw staleSession(undefined);
      ctx.audit({
        targetKind: 'assessment-session',
        targetId: row.id,
        orgId: input.orgId,
        before: { version: before.version, status: before.status },
        after: { version: row.version, status: row.status, changed: Object.keys(set).sort() },
      });
      return sessionDetail(ctx.db, cards, row, ctx.now);
    },
  });

  const commission = defineOperation({
    name: 'sessions.commission',
    summary: 'Set the members of the session’s commission (names and roles, in order)',
    input: commissionInput,
    output: sessionDetailSchema,
    action: 'assessment.sessions',
    resource: byOrg,
    writes: true,
    cache: 'none',
    audit: 'assessment.commission-set',
    run: async (input, ctx) => {
      const before = await requireSession(ctx.db, input.orgId, input.sessionId);
      if (before.version !== input.version) throw staleSession(before.version);
      const row = await updateSession(ctx.db, {
        orgId: input.orgId,
        id: input.sessionId,
        expectedVersion: input.version,
        set: { commission: JSON.stringify(input.members) },
        at: ctx.now,
      });
      if (!row) throw staleSession(undefined);
      ctx.audit({
        targetKind: 'assessment-session',
        targetId: row.id,
        orgId: input.orgId,
        before: { members: before.commission.length },
        after: { members: input.members.length },
      });
      return sessionDetail(ctx.db, cards, row, ctx.now);
    },
  });

  return { specs, list, create, get, update, commission, ...sessionPeopleOperations(deps) };
}
