import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type StaffRecord,
  addMonths,
  checkStaffDates,
  engineInput,
  isCalendarDate,
  staffRecordSchema,
  yearsByCategory,
} from './staff-record.js';

const base = (over: Partial<StaffRecord> = {}): StaffRecord =>
  staffRecordSchema.parse({
    personnelNo: 'T-1',
    fullName: 'Асанова Әйгерім',
    birthDate: '1990-05-10',
    position: { cardCode: '2635-3-001', level: 5, since: '2018-09-01' },
    education: { level: 'higher', field: 'social', year: 2012 },
    experience: [
      { category: 'none', from: '2012-09-01', to: '2015-08-31' },
      { category: 'second', from: '2015-09-01' },
    ],
    ...over,
  });

describe('isCalendarDate', () => {
  it('agrees with the calendar on every day of four centuries’ worth of samples', () => {
    const oracle = (v: string) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2300 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const v = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isCalendarDate(v)).toBe(oracle(v));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows the leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2024-2-29')).toBe(false);
  });
});

describe('checkStaffDates', () => {
  const today = '2026-12-01';
  it('accepts a consistent record', () => {
    expect(checkStaffDates(base(), today)).toEqual([]);
  });

  it('names each impossible date by its field', () => {
    const codes = (r: StaffRecord) => checkStaffDates(r, today).map((e) => `${e.path}:${e.code}`);
    expect(codes(base({ position: { ...base().position, since: '1989-01-01' } }))).toContain(
      'position.since:position-before-birth',
    );
    expect(codes(base({ position: { ...base().position, since: '2027-01-01' } }))).toContain(
      'position.since:position-in-future',
    );
    expect(codes(base({ education: { ...base().education, year: 1985 } }))).toContain(
      'education.year:education-before-birth',
    );
    expect(codes(base({ experience: [{ category: 'none', from: '2015-01-01', to: '2014-01-01' }] }))).toContain(
      'experience.0.to:period-ends-before-start',
    );
    expect(codes(base({ experience: [{ category: 'none', from: '2027-01-01' }] }))).toContain(
      'experience.0.from:period-in-future',
    );
    expect(
      codes(
        base({
          experience: [
            { category: 'second', from: '2015-09-01' },
            { category: 'none', from: '2012-09-01', to: '2015-09-01' },
          ],
        }),
      ),
    ).toEqual(['experience.0.from:periods-overlap']);
  });

  it('lets leave be planned ahead, unlike experience', () => {
    const record = base({ leave: [{ kind: 'child-care', from: '2027-02-01', to: '2028-02-01' }] });
    expect(checkStaffDates(record, today)).toEqual([]);
  });
});

describe('years by category', () => {
  it('counts dated periods to the day, an open one up to the day asked', () => {
    const years = yearsByCategory(base().experience, '2025-09-01');
    // 01.09.2012–31.08.2015 is three calendar years of service, not 1,095 days short of 3 × 365.25.
    expect(years).toEqual([
      { category: 'none', years: 3 },
      { category: 'second', years: 10 },
    ]);
    expect(yearsByCategory([{ category: 'first', from: '2020-01-15', to: '2020-07-14' }], '2026-01-01')).toEqual([
      { category: 'first', years: 0.5 },
    ]);
    expect(engineInput(base(), '2025-09-01').experience).toEqual(years);
  });

  it('ignores what starts after the day asked', () => {
    // 01.09.2012 up to and including 01.09.2014: two years and a day.
    expect(yearsByCategory(base().experience, '2014-09-01')).toEqual([{ category: 'none', years: 2 }]);
    expect(yearsByCategory(base().experience, '2012-08-31')).toEqual([]);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
  });
});
