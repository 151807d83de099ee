/** The shapes the session and online-test operations take and answer. */
import { z } from 'zod';
import { ATTEMPT_STATES } from '../../domain/assessment/attempt-clock.js';
import { ITEM_KINDS } from '../../domain/assessment/instruments.js';
import { commissionMemberSchema } from '../../domain/assessment/results.js';
import { responseSchema } from '../../domain/assessment/test-scoring.js';
import { isoDateSchema } from '../../domain/hr/staff-record.js';
import { orgParam } from '../accounts/org-scope.js';
import { uuidSchema } from '../accounts/schemas.js';

export const SESSION_STATUSES = ['scheduled', 'in-progress', 'completed', 'cancelled'] as const;
export const SESSIONS_PAGE = { default: 50, max: 200 } as const;

export const sessionParam = orgParam.extend({ sessionId: uuidSchema });
export const candidateParam = sessionParam.extend({ candidateId: uuidSchema });
export const sessionVersion = z.coerce
  .number({ error: 'version is the number the session was read at' })
  .int()
  .min(1)
  .meta({ description: 'The version you read; a newer one answers 409', example: 1 });

const title = z.string().trim().min(2).max(300);
const place = z.string().trim().max(300).nullable();

export const sessionFields = { title, startsOn: isoDateSchema, place: place.default(null) };
export const sessionChange = {
  title: title.optional(),
  startsOn: isoDateSchema.optional(),
  place: place.optional(),
  status: z.enum(SESSION_STATUSES).optional(),
};

export const externalCandidateSchema = z
  .object({
    fullName: z.string().trim().min(2).max(200),
    email: z.string().trim().toLowerCase().email('this is not an email address').max(254).nullable().default(null),
  })
  .strict();

export const enrolInput = sessionParam.extend({
  staffIds: z.array(uuidSchema).max(500).default([]),
  external: z.array(externalCandidateSchema).max(500).default([]),
});

export const commissionInput = sessionParam.extend({
  members: z.array(commissionMemberSchema).max(20),
  version: sessionVersion,
});

const specSummary = z.object({
  id: z.string(),
  title: z.string(),
  cardCode: z.string(),
  cardLevel: z.number(),
  timeLimitMinutes: z.number(),
  /** Questions each candidate draws by the blueprint. */
  questions: z.number(),
  forms: z.array(z.string()),
});

export const shortfallSchema = z.object({
  labourFunctionId: z.string(),
  taskId: z.string(),
  wanted: z.number(),
  available: z.number(),
});

export const progressSchema = z.object({
  state: z.enum(ATTEMPT_STATES),
  answered: z.number(),
  total: z.number(),
  secondsLeft: z.number(),
  startedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
});

export const candidateSchema = z
  .object({
    id: z.string(),
    staffId: z.string().nullable(),
    fullName: z.string(),
    email: z.string().nullable(),
    /** A test link was made (it is shown once, when made). */
    hasLink: z.boolean(),
    progress: progressSchema,
  })
  .meta({ id: 'SessionCandidate' });

export const sessionSummarySchema = z
  .object({
    id: z.string(),
    specId: z.string(),
    title: z.string(),
    startsOn: z.string(),
    place: z.string().nullable(),
    status: z.enum(SESSION_STATUSES),
    candidates: z.number(),
    demo: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'AssessmentSessionSummary' });

export const sessionDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    startsOn: z.string(),
    place: z.string().nullable(),
    status: z.enum(SESSION_STATUSES),
    demo: z.boolean(),
    version: z.number(),
    spec: specSummary,
    /** Tasks whose blueprint count the reviewed items cannot fill: the test cannot start until they can. */
    shortfalls: z.array(shortfallSchema),
    commission: z.array(z.object({ name: z.string(), role: z.string() })),
    assessors: z.array(z.object({ userId: z.string(), displayName: z.string(), email: z.string() })),
    candidates: z.array(candidateSchema),
  })
  .meta({ id: 'AssessmentSession' });

export const publishedSpecSchema = specSummary.extend({ editionId: z.string() });

// ---------------------------------------------------------------------------------------------
// The candidate's side

export const TEST_TOKEN_PREFIX = 'ktest_';
export const tokenSchema = z
  .string()
  .regex(/^ktest_[A-Za-z0-9_-]{43}$/, 'this is not a test link')
  .meta({ description: 'The secret of the candidate’s test link' });
export const tokenParam = z.object({ token: tokenSchema });

export const testOpenSchema = z
  .object({
    sessionTitle: z.string(),
    candidateName: z.string(),
    card: z.object({
      code: z.string(),
      level: z.number(),
      name: z.object({ kk: z.string(), ru: z.string().nullable() }),
    }),
    timeLimitMinutes: z.number(),
    questions: z.number(),
    state: z.enum(ATTEMPT_STATES),
    secondsLeft: z.number().nullable(),
    /** Why the test cannot be started: no online test in the specification, the session is over, or the bank cannot fill the blueprint. */
    closed: z.enum(['no-test', 'over', 'not-ready']).nullable(),
    closedReason: z.string().nullable(),
  })
  .meta({ id: 'TestOverview' });

export const testQuestionSchema = z
  .object({
    itemId: z.string(),
    kind: z.enum(ITEM_KINDS),
    stem: z.string(),
    /** In the order this candidate sees them; never with the key. */
    options: z.array(z.object({ id: z.string(), text: z.string() })),
    answer: responseSchema.nullable(),
  })
  .meta({ id: 'TestQuestion' });

export const testAttemptSchema = z
  .object({
    state: z.enum(ATTEMPT_STATES),
    secondsLeft: z.number(),
    deadlineAt: z.string(),
    submittedAt: z.string().nullable(),
    answered: z.number(),
    questions: z.array(testQuestionSchema),
  })
  .meta({ id: 'TestAttempt' });

export const answerInput = tokenParam.extend({ itemId: uuidSchema, response: responseSchema });
export const answerAckSchema = z.object({
  itemId: z.string(),
  saved: z.literal(true),
  answeredAt: z.string(),
  secondsLeft: z.number(),
});
export const submitSchema = z.object({
  state: z.literal('submitted'),
  submittedAt: z.string(),
  answered: z.number(),
  total: z.number(),
});
