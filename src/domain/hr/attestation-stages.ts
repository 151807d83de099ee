/**
 * The stages of one attestation (Order No. 210): testing, then an interview, then the
 * commission's decision; an appeal may follow the decision. Each step is allowed only after the
 * one before it, so a protocol can never show a decision without the stages that ground it.
 * Pure: the service stores what these functions return.
 */
import { z } from 'zod';
import { categories } from '../standard/schemas.js';
import { type AttestationPolicy, testingPassed } from './attestation-policy.js';
import { addMonths, isoDateSchema } from './staff-record.js';

export const STAGES = ['scheduled', 'tested', 'interviewed', 'decided', 'cancelled'] as const;
export type Stage = (typeof STAGES)[number];

export const testingSchema = z
  .object({
    date: isoDateSchema,
    score: z.number().min(0).max(1000),
    max: z.number().min(1).max(1000),
    /** Where the score came from: typed in by HR, or an online test of the assessment module. */
    source: z.enum(['manual', 'online-test']).default('manual'),
  })
  .strict()
  .refine((t) => t.score <= t.max, { message: 'the score cannot exceed the maximum', path: ['score'] });

export const interviewSchema = z
  .object({ date: isoDateSchema, passed: z.boolean(), notes: z.string().trim().max(4000).optional() })
  .strict();

export const OUTCOMES = ['assigned', 'confirmed', 'not-passed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const decisionSchema = z
  .object({
    date: isoDateSchema,
    outcome: z.enum(OUTCOMES),
    category: z.enum(categories).nullable(),
    reason: z.string().trim().min(3, 'the commission gives a reason').max(4000),
  })
  .strict();

export const appealSchema = z
  .object({
    filedOn: isoDateSchema,
    text: z.string().trim().min(3).max(4000),
    outcome: z.enum(['pending', 'upheld', 'rejected']).default('pending'),
    outcomeNote: z.string().trim().max(4000).optional(),
  })
  .strict();

export type Testing = z.infer<typeof testingSchema> & { passed: boolean };
export type Interview = z.infer<typeof interviewSchema>;
export type Decision = z.infer<typeof decisionSchema> & { validUntil: string | null };
export type Appeal = z.infer<typeof appealSchema>;

export type AttestationState = {
  stage: Stage;
  scheduledOn: string;
  testing: Testing | null;
  interview: Interview | null;
  decision: Decision | null;
  appeal: Appeal | null;
};

export type StageProblem =
  | 'wrong-stage'
  | 'before-scheduled'
  | 'before-previous-stage'
  | 'category-without-pass'
  | 'category-required'
  | 'category-not-allowed'
  | 'commission-required';

export class StageError extends Error {
  readonly problem: StageProblem;
  readonly path: string;
  constructor(problem: StageProblem, path: string) {
    super(problem);
    this.problem = problem;
    this.path = path;
  }
}

const need = (state: AttestationState, stage: Stage) => {
  if (state.stage !== stage) throw new StageError('wrong-stage', 'stage');
};

export function recordTesting(
  state: AttestationState,
  input: z.infer<typeof testingSchema>,
  policy: AttestationPolicy,
): AttestationState {
  // A score may be corrected until the interview is recorded.
  if (state.stage !== 'scheduled' && state.stage !== 'tested') throw new StageError('wrong-stage', 'stage');
  if (input.date < state.scheduledOn) throw new StageError('before-scheduled', 'date');
  const passed = testingPassed(input.score, input.max, policy);
  return { ...state, stage: 'tested', testing: { ...input, passed } };
}

export function recordInterview(state: AttestationState, input: Interview): AttestationState {
  need(state, 'tested');
  if (state.testing && input.date < state.testing.date) throw new StageError('before-previous-stage', 'date');
  return { ...state, stage: 'interviewed', interview: input };
}

/**
 * The commission's decision. A category is assigned or confirmed only when the test and the
 * interview were passed; "not passed" carries no category. The category holds for the
 * organisation's configured term from the decision's date.
 */
export function decide(
  state: AttestationState,
  input: z.infer<typeof decisionSchema>,
  policy: AttestationPolicy,
): AttestationState {
  need(state, 'interviewed');
  if (state.interview && input.date < state.interview.date) throw new StageError('before-previous-stage', 'date');
  if (input.outcome === 'not-passed') {
    if (input.category !== null) throw new StageError('category-not-allowed', 'category');
    return { ...state, stage: 'decided', decision: { ...input, validUntil: null } };
  }
  if (input.category === null) throw new StageError('category-required', 'category');
  if (!state.testing?.passed || !state.interview?.passed) throw new StageError('category-without-pass', 'outcome');
  const validUntil = addMonths(input.date, policy.categoryValidYears * 12);
  return { ...state, stage: 'decided', decision: { ...input, validUntil } };
}

export function recordAppeal(state: AttestationState, input: Appeal): AttestationState {
  need(state, 'decided');
  if (state.decision && input.filedOn < state.decision.date) throw new StageError('before-previous-stage', 'filedOn');
  return { ...state, appeal: input };
}

export function cancel(state: AttestationState): AttestationState {
  if (state.stage === 'decided') throw new StageError('wrong-stage', 'stage');
  return { ...state, stage: 'cancelled' };
}
