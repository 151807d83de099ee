/**
 * A person on an organisation's staff, as the HR department keeps them: who they are, the
 * position they hold (a card and level), their education, their experience as dated periods
 * (so years are computed, never typed) and their periods of leave. Dates are ISO calendar dates
 * (`YYYY-MM-DD`) because HR works in days, not instants.
 *
 * The schema checks each field on its own; `checkStaffDates` checks what only the whole record
 * can show (a position taken before birth, overlapping periods, experience in the future).
 */
import { z } from 'zod';
import { iinProblem } from '../access/iin.js';
import { categories, certificates, educationFields, educationLevels } from '../standard/schemas.js';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar date: 2023-02-30 is refused, not rolled over to March. Arithmetic, not
 * a Date per call: a 10,000-row import checks some 50,000 dates.
 */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

export const isoDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'a date is written YYYY-MM-DD and must exist in the calendar' });

export const CARD_CODE = /^\d{4}-\d-\d{3}$/;

export const iinSchema = z.string().superRefine((value, ctx) => {
  const problem = iinProblem(value);
  // The message never repeats the number: an IIN is personal data and must not reach a log.
  if (problem === 'format') ctx.addIssue({ code: 'custom', message: 'an IIN is 12 digits' });
  else if (problem === 'date') ctx.addIssue({ code: 'custom', message: 'the IIN does not start with a birth date' });
  else if (problem === 'check-digit') ctx.addIssue({ code: 'custom', message: 'the IIN check digit is wrong' });
});

export const LEAVE_KINDS = ['child-care', 'other'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

const periodShape = { from: isoDateSchema, to: isoDateSchema.optional() };

export const experiencePeriodSchema = z
  .object({
    ...periodShape,
    /** The category held during the period (`none`: no category). */
    category: z.enum(categories),
    employer: z.string().trim().max(300).optional(),
  })
  .strict();

export const leavePeriodSchema = z.object({ ...periodShape, kind: z.enum(LEAVE_KINDS) }).strict();

export const trainingSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    provider: z.string().trim().max(300).optional(),
    hours: z.number().int().min(0).max(10_000).optional(),
    completedOn: isoDateSchema,
    /** The development plan item it completed, when it came from a plan. */
    planItemId: z.string().uuid().optional(),
  })
  .strict();

export const staffRecordSchema = z
  .object({
    /** The organisation's own number for the person (табель нөмірі); the key of imports. */
    personnelNo: z.string().trim().min(1, 'a personnel number is required').max(40),
    fullName: z.string().trim().min(2, 'a name has 2 to 200 characters').max(200),
    iin: iinSchema.optional(),
    birthDate: isoDateSchema.optional(),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[+\d][\d ()-]{4,30}$/, 'a phone number has digits, spaces, brackets and dashes')
      .optional(),
    position: z
      .object({
        title: z.string().trim().max(300).optional(),
        cardCode: z.string().regex(CARD_CODE, 'a card code looks like 2635-3-001'),
        level: z.number().int().min(1).max(8),
        since: isoDateSchema,
      })
      .strict(),
    education: z
      .object({
        level: z.enum(educationLevels),
        field: z.enum(educationFields),
        certificate: z.enum(certificates).optional(),
        institution: z.string().trim().max(300).optional(),
        year: z.number().int().min(1940).max(2100).optional(),
      })
      .strict(),
    experience: z.array(experiencePeriodSchema).max(50).default([]),
    leave: z.array(leavePeriodSchema).max(50).default([]),
    trainings: z.array(trainingSchema).max(200).default([]),
  })
  .strict();

export type StaffRecord = z.infer<typeof staffRecordSchema>;
export type StaffRecordInput = z.input<typeof staffRecordSchema>;
export type ExperiencePeriod = z.infer<typeof experiencePeriodSchema>;
export type LeavePeriod = z.infer<typeof leavePeriodSchema>;

/** A field-level problem: `path` as the form and the import name it (`experience.1.from`). */
export type StaffFieldError = { path: string; code: StaffDateProblem };

export type StaffDateProblem =
  | 'position-before-birth'
  | 'education-before-birth'
  | 'period-ends-before-start'
  | 'period-in-future'
  | 'period-before-birth'
  | 'periods-overlap'
  | 'position-in-future';

type Period = { from: string; to?: string | undefined };

/** Two periods overlap when each starts on or before the other ends (an open end is today). */
function overlaps(a: Period, b: Period, today: string): boolean {
  return a.from <= (b.to ?? today) && b.from <= (a.to ?? today);
}

function checkPeriods(
  list: readonly Period[],
  name: 'experience' | 'leave',
  today: string,
  birthDate: string | undefined,
): StaffFieldError[] {
  const errors: StaffFieldError[] = [];
  list.forEach((p, i) => {
    if (p.to !== undefined && p.to < p.from) errors.push({ path: `${name}.${i}.to`, code: 'period-ends-before-start' });
    // Experience is what has been worked; leave may be planned ahead, so only experience is bounded by today.
    if (name === 'experience' && p.from > today) errors.push({ path: `${name}.${i}.from`, code: 'period-in-future' });
    if (name === 'experience' && p.to !== undefined && p.to > today)
      errors.push({ path: `${name}.${i}.to`, code: 'period-in-future' });
    if (birthDate && p.from < birthDate) errors.push({ path: `${name}.${i}.from`, code: 'period-before-birth' });
  });
  // Sorted by start, a period can only overlap one that starts before it ends.
  const order = list.map((p, i) => ({ p, i })).sort((a, b) => (a.p.from < b.p.from ? -1 : a.p.from > b.p.from ? 1 : 0));
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const cur = order[k];
    if (prev && cur && overlaps(prev.p, cur.p, today))
      errors.push({ path: `${name}.${cur.i}.from`, code: 'periods-overlap' });
  }
  return errors;
}

/** What only the whole record can show to be impossible. `today` is an ISO date. */
export function checkStaffDates(record: StaffRecord, today: string): StaffFieldError[] {
  const errors: StaffFieldError[] = [];
  const birth = record.birthDate;
  if (birth && record.position.since < birth) errors.push({ path: 'position.since', code: 'position-before-birth' });
  if (record.position.since > today) errors.push({ path: 'position.since', code: 'position-in-future' });
  if (birth && record.education.year !== undefined && record.education.year < Number(birth.slice(0, 4)))
    errors.push({ path: 'education.year', code: 'education-before-birth' });
  errors.push(...checkPeriods(record.experience, 'experience', today, birth));
  errors.push(...checkPeriods(record.leave, 'leave', today, birth));
  return errors;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** Whole calendar months from `from` up to (not including) `until`, and the days left over. */
function calendarSpan(from: string, until: string): { months: number; days: number } {
  const months0 =
    (Number(until.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(until.slice(5, 7)) - Number(from.slice(5, 7)));
  let months = months0;
  if (addMonths(from, months) > until) months -= 1;
  return { months, days: dayNumber(until) - dayNumber(addMonths(from, months)) };
}

/**
 * Years held in each category by `asOf`, from the dated periods (an open period runs to
 * `asOf`; a period's end day counts). Counted as HR counts service — whole calendar months,
 * then the days left over — so 01.09.2012–31.08.2015 is 3 years exactly, not 1,095 days short
 * of 3 × 365.25; rounded down to hundredths so a rule of "3 years" is not met a day early.
 */
export function yearsByCategory(
  periods: readonly ExperiencePeriod[],
  asOf: string,
): { category: ExperiencePeriod['category']; years: number }[] {
  const spans = new Map<ExperiencePeriod['category'], { months: number; days: number }>();
  for (const p of periods) {
    if (p.from > asOf) continue;
    const end = p.to === undefined || p.to > asOf ? asOf : p.to;
    if (end < p.from) continue;
    const span = calendarSpan(p.from, dayAfter(end));
    const sum = spans.get(p.category) ?? { months: 0, days: 0 };
    spans.set(p.category, { months: sum.months + span.months, days: sum.days + span.days });
  }
  return [...spans].map(([category, { months, days }]) => ({
    category,
    years: Math.floor((months / 12 + days / 365.25) * 100 + 1e-9) / 100,
  }));
}

/** The person as the category engine reads them, on `asOf`. */
export function engineInput(record: StaffRecord, asOf: string) {
  return {
    education: {
      level: record.education.level,
      field: record.education.field,
      ...(record.education.certificate ? { certificate: record.education.certificate } : {}),
    },
    experience: yearsByCategory(record.experience, asOf),
  };
}

/** Adds calendar months to an ISO date, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
