/**
 * The attestation window: each rule of Order No. 210 on its own, the leap day, child-care leave
 * (ended, current with a known return, open), the clamp of `due` to `earliest`, that every policy
 * number changes the result, and properties over random records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttestationPolicy, attestationPolicySchema, DEFAULT_ATTESTATION_POLICY } from './attestation-policy.js';
import {
  type AttestationWindow,
  attestationWindow,
  categoryValidUntil,
  daysBetween,
  dueWithin,
  type LastAttestation,
} from './attestation-schedule.js';
import { type LeavePeriod, type StaffRecord, staffRecordSchema } from './staff-record.js';

function record(since: string, leave: LeavePeriod[] = []): StaffRecord {
  return staffRecordSchema.parse({
    personnelNo: 'T-1',
    fullName: 'Әлия Серікқызы',
    position: { cardCode: '2635-3-001', level: 5, since },
    education: { level: 'higher', field: 'social' },
    leave,
  });
}

const policy = (overrides: Partial<AttestationPolicy> = {}): AttestationPolicy =>
  attestationPolicySchema.parse({ ...DEFAULT_ATTESTATION_POLICY, ...overrides });

const decided = (decidedOn: string): LastAttestation => ({ decidedOn, validUntil: null });

describe('attestationWindow', () => {
  it('never lets the category lapse first: a term shorter than the periodicity brings the due date forward', () => {
    const last = { decidedOn: '2024-03-01', validUntil: '2026-03-01' };
    const w = attestationWindow(
      record('2015-09-01'),
      last,
      policy({ everyYears: 3, categoryValidYears: 2 }),
      '2025-06-01',
    );
    expect(w.due).toBe('2026-03-01');
    expect(w.reasons).toContainEqual({ rule: 'category-expires', date: '2026-03-01' });
    // With the usual equal terms the periodicity decides, and nothing is said about expiry.
    const equal = attestationWindow(
      record('2015-09-01'),
      { ...last, validUntil: '2027-03-01' },
      policy(),
      '2025-06-01',
    );
    expect(equal.due).toBe('2027-03-01');
    expect(equal.reasons.map((r) => r.rule)).not.toContain('category-expires');
  });

  it('before any attestation: due everyYears after taking the position, said as first-attestation', () => {
    const w = attestationWindow(record('2022-03-15'), null, policy(), '2024-01-10');
    expect(w).toEqual({
      earliest: '2023-03-15',
      due: '2025-03-15',
      status: 'scheduled-later',
      daysUntilDue: daysBetween('2024-01-10', '2025-03-15'),
      reasons: [
        { rule: 'first-attestation', date: '2025-03-15' },
        { rule: 'min-in-position', date: '2023-03-15' },
      ],
    });
  });

  it('after a decision: due everyYears after it; a day past it is overdue', () => {
    const w = attestationWindow(record('2015-09-01'), decided('2021-06-01'), policy(), '2024-06-10');
    expect(w.due).toBe('2024-06-01');
    expect(w.status).toBe('overdue');
    expect(w.daysUntilDue).toBe(-9);
    expect(w.reasons[0]).toEqual({ rule: 'every-years', date: '2024-06-01' });
    // The due day itself is not overdue yet.
    expect(attestationWindow(record('2015-09-01'), decided('2021-06-01'), policy(), '2024-06-01').status).toBe(
      'due-soon',
    );
  });

  it('due-soon up to and including dueSoonDays before the due date', () => {
    const r = record('2015-09-01');
    const last = decided('2021-06-01'); // due 2024-06-01
    const at = (today: string) => attestationWindow(r, last, policy({ dueSoonDays: 30 }), today);
    expect(at('2024-05-02')).toMatchObject({ daysUntilDue: 30, status: 'due-soon' });
    expect(at('2024-05-01')).toMatchObject({ daysUntilDue: 31, status: 'scheduled-later' });
  });

  it('not yet eligible in the first year of the position', () => {
    const w = attestationWindow(record('2024-01-01'), null, policy(), '2024-06-01');
    expect(w).toMatchObject({ earliest: '2025-01-01', due: '2027-01-01', status: 'not-yet-eligible' });
    // From the earliest day on, it is merely later.
    expect(attestationWindow(record('2024-01-01'), null, policy(), '2025-01-01').status).toBe('scheduled-later');
  });

  it('29 February: + 3 years is 28 February; + 4 years is 29 February again', () => {
    const w = attestationWindow(record('2020-02-29'), null, policy(), '2020-03-01');
    expect(w.due).toBe('2023-02-28');
    expect(w.earliest).toBe('2021-02-28');
    const leap = attestationWindow(record('2020-02-29'), null, policy({ everyYears: 4 }), '2020-03-01');
    expect(leap.due).toBe('2024-02-29');
    expect(attestationWindow(record('2010-01-01'), decided('2024-02-29'), policy(), '2024-03-01').due).toBe(
      '2027-02-28',
    );
  });

  it('after child-care leave: not earlier than the months after the return (the day after the last day)', () => {
    const r = record('2015-09-01', [{ from: '2023-01-10', to: '2024-03-31', kind: 'child-care' }]);
    const w = attestationWindow(r, decided('2022-09-01'), policy(), '2024-05-01');
    expect(w.earliest).toBe('2024-10-01');
    expect(w.reasons).toContainEqual({ rule: 'after-child-care', date: '2024-10-01' });
    expect(w.due).toBe('2025-09-01');
    expect(w.status).toBe('not-yet-eligible');
  });

  it('only the latest child-care leave counts, and other leave does not', () => {
    const r = record('2010-09-01', [
      { from: '2016-01-01', to: '2017-12-31', kind: 'child-care' },
      { from: '2019-01-01', to: '2020-05-31', kind: 'child-care' },
      { from: '2024-01-01', to: '2024-02-29', kind: 'other' },
    ]);
    const w = attestationWindow(r, decided('2022-09-01'), policy(), '2024-05-01');
    expect(w.earliest).toBe('2020-12-01');
    expect(w.status).toBe('scheduled-later');
  });

  it('due never precedes earliest: nobody is overdue for what they were not allowed to do', () => {
    // The periodicity says 2024-01-10, but the leave ended 2024-03-31: not before 2024-10-01.
    const r = record('2015-09-01', [{ from: '2022-05-01', to: '2024-03-31', kind: 'child-care' }]);
    const w = attestationWindow(r, decided('2021-01-10'), policy(), '2024-05-01');
    expect(w.reasons[0]).toEqual({ rule: 'every-years', date: '2024-01-10' });
    expect(w.earliest).toBe('2024-10-01');
    expect(w.due).toBe('2024-10-01');
    expect(w.status).toBe('not-yet-eligible');
    expect(attestationWindow(r, decided('2021-01-10'), policy(), '2024-08-01').status).toBe('due-soon');
  });

  it('on child-care leave with a known return: on-leave, due moved past the return', () => {
    const r = record('2015-09-01', [{ from: '2023-06-01', to: '2025-05-31', kind: 'child-care' }]);
    const w = attestationWindow(r, decided('2021-06-01'), policy(), '2024-09-01');
    expect(w.status).toBe('on-leave');
    expect(w.earliest).toBe('2025-12-01');
    expect(w.due).toBe('2025-12-01');
    expect(w.reasons).toContainEqual({ rule: 'on-child-care-leave', date: '2023-06-01' });
    // The last day of leave is still leave; the day after is not.
    expect(attestationWindow(r, decided('2021-06-01'), policy(), '2025-05-31').status).toBe('on-leave');
    expect(attestationWindow(r, decided('2021-06-01'), policy(), '2025-06-01').status).not.toBe('on-leave');
  });

  it('on an open child-care leave: on-leave, dates are lower bounds that move with today', () => {
    const r = record('2015-09-01', [{ from: '2024-02-01', kind: 'child-care' }]);
    const a = attestationWindow(r, decided('2021-06-01'), policy(), '2024-09-01');
    expect(a).toMatchObject({ status: 'on-leave', earliest: '2025-03-02', due: '2025-03-02' });
    const b = attestationWindow(r, decided('2021-06-01'), policy(), '2024-10-15');
    expect(b).toMatchObject({ status: 'on-leave', earliest: '2025-04-16', due: '2025-04-16' });
  });

  it('a planned child-care leave changes nothing until it begins', () => {
    const planned = record('2015-09-01', [{ from: '2024-12-01', to: '2026-11-30', kind: 'child-care' }]);
    const none = record('2015-09-01');
    expect(attestationWindow(planned, decided('2022-09-01'), policy(), '2024-05-01')).toEqual(
      attestationWindow(none, decided('2022-09-01'), policy(), '2024-05-01'),
    );
    expect(attestationWindow(planned, decided('2022-09-01'), policy(), '2024-12-01').status).toBe('on-leave');
  });

  it('refuses a today that is not a calendar date', () => {
    expect(() => attestationWindow(record('2015-09-01'), null, policy(), '2024-02-30')).toThrow(RangeError);
    expect(() => attestationWindow(record('2015-09-01'), decided('24-01-01'), policy(), '2024-02-01')).toThrow();
  });
});

describe('each policy number changes the result', () => {
  const withLeave = record('2023-01-01', [{ from: '2023-03-01', to: '2023-12-31', kind: 'child-care' }]);
  type Case = {
    key: keyof AttestationPolicy;
    from: number;
    to: number;
    result: (p: AttestationPolicy) => unknown;
  };
  const cases: Case[] = [
    {
      key: 'everyYears',
      from: 3,
      to: 2,
      result: (p) => attestationWindow(record('2020-01-01'), null, p, '2021-06-01').due,
    },
    {
      key: 'minMonthsInPosition',
      from: 12,
      to: 18,
      result: (p) => attestationWindow(record('2020-01-01'), null, p, '2021-02-01').earliest,
    },
    {
      key: 'minMonthsAfterChildCareLeave',
      from: 6,
      to: 3,
      result: (p) => attestationWindow(withLeave, null, p, '2024-02-01').earliest,
    },
    {
      key: 'dueSoonDays',
      from: 90,
      to: 30,
      result: (p) => attestationWindow(record('2020-01-01'), null, p, '2022-11-01').status,
    },
    { key: 'categoryValidYears', from: 3, to: 5, result: (p) => categoryValidUntil('2024-06-08', p) },
  ];
  it.each(cases)('$key', ({ key, from, to, result }) => {
    expect(result(policy({ [key]: from }))).not.toEqual(result(policy({ [key]: to })));
  });
});

describe('categoryValidUntil', () => {
  it('is the same calendar day categoryValidYears later', () => {
    expect(categoryValidUntil('2023-06-08', policy())).toBe('2026-06-08');
    expect(categoryValidUntil('2024-02-29', policy())).toBe('2027-02-28');
    expect(categoryValidUntil('2024-02-29', policy({ categoryValidYears: 4 }))).toBe('2028-02-29');
  });
});

describe('dueWithin', () => {
  const w = (daysUntilDue: number, id: string) => ({ id, daysUntilDue });
  const list = [w(45, 'a'), w(-3, 'b'), w(0, 'c'), w(30, 'd'), w(31, 'e'), w(-40, 'f')];

  it('keeps 0 ≤ days ≤ limit, soonest first', () => {
    expect(dueWithin(list, 30).map((x) => x.id)).toEqual(['c', 'd']);
    expect(dueWithin(list, 60).map((x) => x.id)).toEqual(['c', 'd', 'e', 'a']);
  });

  it('adds the overdue, most overdue first, only when asked', () => {
    expect(dueWithin(list, 30, { includeOverdue: true }).map((x) => x.id)).toEqual(['f', 'b', 'c', 'd']);
  });

  it('does not reorder its argument', () => {
    const copy = [...list];
    dueWithin(list, 90);
    expect(list).toEqual(copy);
  });
});

describe('properties', () => {
  const isoDate = (min: string, max: string) =>
    fc
      .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));

  const leaveArb = fc
    .record({ from: isoDate('2000-01-01', '2030-12-31'), days: fc.option(fc.integer({ min: 0, max: 1200 })) })
    .map(({ from, days }): LeavePeriod => {
      const to = days === null ? undefined : addDays(from, days);
      return to === undefined ? { from, kind: 'child-care' } : { from, to, kind: 'child-care' };
    });

  const policyArb = fc.record({
    everyYears: fc.integer({ min: 1, max: 10 }),
    minMonthsInPosition: fc.integer({ min: 0, max: 60 }),
    minMonthsAfterChildCareLeave: fc.integer({ min: 0, max: 60 }),
    categoryValidYears: fc.integer({ min: 1, max: 10 }),
    passPercent: fc.integer({ min: 1, max: 100 }),
    dueSoonDays: fc.integer({ min: 0, max: 366 }),
  });

  const caseArb = fc.record({
    since: isoDate('2000-01-01', '2030-12-31'),
    last: fc.option(isoDate('2000-01-01', '2030-12-31')),
    leave: fc.array(leaveArb, { maxLength: 3 }),
    policy: policyArb,
    today: isoDate('2000-01-01', '2035-12-31'),
  });

  type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;
  const windowOf = (c: Case): AttestationWindow =>
    attestationWindow(record(c.since, c.leave), c.last ? decided(c.last) : null, c.policy, c.today);

  it('earliest ≤ due; overdue iff today > due (and never on leave); daysUntilDue matches due', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const w = windowOf(c);
        expect(w.earliest <= w.due).toBe(true);
        const onLeave = c.leave.some((l) => l.from <= c.today && (l.to === undefined || l.to >= c.today));
        expect(w.status === 'on-leave').toBe(onLeave);
        if (!onLeave) expect(w.status === 'overdue').toBe(c.today > w.due);
        else expect(c.today > w.due).toBe(false);
        expect(addDays(c.today, w.daysUntilDue)).toBe(w.due);
      }),
      { numRuns: 500 },
    );
  });

  it('due is the periodicity date unless earliest is later; earliest is the latest rule date', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const w = windowOf(c);
        const periodic = w.reasons.find((r) => r.rule === 'every-years' || r.rule === 'first-attestation');
        expect(periodic).toBeDefined();
        expect(w.due).toBe(periodic && periodic.date > w.earliest ? periodic.date : w.earliest);
        const bounds = w.reasons.filter((r) => r.rule === 'min-in-position' || r.rule === 'after-child-care');
        const latest =
          bounds
            .map((r) => r.date)
            .sort()
            .at(-1) ?? '';
        const openLeave = c.leave.some((l) => l.from <= c.today && l.to === undefined);
        if (openLeave) expect(w.earliest >= latest).toBe(true);
        else expect(w.earliest).toBe(latest);
      }),
      { numRuns: 300 },
    );
  });
});

/** Independent of the module's own date helpers, so a bug there cannot hide here. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
