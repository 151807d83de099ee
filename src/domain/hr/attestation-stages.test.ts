import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTESTATION_POLICY } from './attestation-policy.js';
import {
  type AttestationState,
  StageError,
  cancel,
  decide,
  recordAppeal,
  recordInterview,
  recordTesting,
} from './attestation-stages.js';

const policy = { ...DEFAULT_ATTESTATION_POLICY };
const scheduled: AttestationState = {
  stage: 'scheduled',
  scheduledOn: '2026-03-02',
  testing: null,
  interview: null,
  decision: null,
  appeal: null,
};
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof StageError) return `${error.problem}@${error.path}`;
    throw error;
  }
  return 'none';
};

const tested = (score: number) =>
  recordTesting(scheduled, { date: '2026-03-02', score, max: 100, source: 'manual' }, policy);
const interviewed = (score = 80, passed = true) => recordInterview(tested(score), { date: '2026-03-03', passed });

describe('attestation stages', () => {
  it('go testing, interview, decision, and give the category for the configured term', () => {
    const decided = decide(
      interviewed(),
      { date: '2026-03-05', outcome: 'assigned', category: 'first', reason: 'Талаптарға сай' },
      policy,
    );
    expect(decided.stage).toBe('decided');
    expect(decided.decision?.validUntil).toBe('2029-03-05');
    const shorter = decide(
      interviewed(),
      { date: '2026-03-05', outcome: 'assigned', category: 'first', reason: 'Талаптарға сай' },
      { ...policy, categoryValidYears: 2 },
    );
    expect(shorter.decision?.validUntil).toBe('2028-03-05');
  });

  it('passes the test at the organisation’s pass mark', () => {
    expect(tested(60).testing?.passed).toBe(true);
    expect(tested(59).testing?.passed).toBe(false);
    expect(
      recordTesting(
        scheduled,
        { date: '2026-03-02', score: 65, max: 100, source: 'manual' },
        { ...policy, passPercent: 70 },
      ).testing?.passed,
    ).toBe(false);
  });

  it('refuses a stage out of order or dated before the one it follows', () => {
    expect(problem(() => recordInterview(scheduled, { date: '2026-03-03', passed: true }))).toBe('wrong-stage@stage');
    expect(
      problem(() =>
        decide(tested(80), { date: '2026-03-05', outcome: 'not-passed', category: null, reason: 'Жоқ' }, policy),
      ),
    ).toBe('wrong-stage@stage');
    expect(
      problem(() => recordTesting(scheduled, { date: '2026-03-01', score: 1, max: 2, source: 'manual' }, policy)),
    ).toBe('before-scheduled@date');
    expect(problem(() => recordInterview(tested(80), { date: '2026-03-01', passed: true }))).toBe(
      'before-previous-stage@date',
    );
    expect(
      problem(() => recordAppeal(scheduled, { filedOn: '2026-03-10', text: 'Келіспеймін', outcome: 'pending' })),
    ).toBe('wrong-stage@stage');
  });

  it('assigns a category only after both stages were passed, and none with "not passed"', () => {
    const decision = { date: '2026-03-05', outcome: 'assigned' as const, category: 'second' as const, reason: 'Шешім' };
    expect(problem(() => decide(interviewed(40), decision, policy))).toBe('category-without-pass@outcome');
    expect(problem(() => decide(interviewed(80, false), decision, policy))).toBe('category-without-pass@outcome');
    expect(problem(() => decide(interviewed(), { ...decision, category: null }, policy))).toBe(
      'category-required@category',
    );
    expect(problem(() => decide(interviewed(), { ...decision, outcome: 'not-passed' }, policy))).toBe(
      'category-not-allowed@category',
    );
    const failed = decide(interviewed(40), { ...decision, outcome: 'not-passed', category: null }, policy);
    expect(failed.decision?.validUntil).toBeNull();
  });

  it('records an appeal after the decision; cancels only what is not decided', () => {
    const decided = decide(
      interviewed(),
      { date: '2026-03-05', outcome: 'confirmed', category: 'second', reason: 'Шешім' },
      policy,
    );
    const appealed = recordAppeal(decided, {
      filedOn: '2026-03-12',
      text: 'Тест нәтижесімен келіспеймін',
      outcome: 'pending',
    });
    expect(appealed.appeal?.text).toContain('келіспеймін');
    expect(cancel(tested(80)).stage).toBe('cancelled');
    expect(problem(() => cancel(decided))).toBe('wrong-stage@stage');
  });
});
