/**
 * When a worker may and must next be attested, under Order No. 210 (2023) with an
 * organisation's own numbers (attestation-policy.ts). Two dates bound the window:
 *
 * - `earliest`: the first day the worker may be attested: `minMonthsInPosition` after taking
 *   the position, and `minMonthsAfterChildCareLeave` after returning from the latest child-care
 *   leave, whichever is later;
 * - `due`: the day by which they must be: `everyYears` after the last decision (or, before any
 *   attestation, after taking the position), but never before `earliest`: nobody can be
 *   overdue for an attestation the rules did not yet allow.
 *
 * Every date is an ISO calendar date (`YYYY-MM-DD`): HR works in days, and ISO dates compare as
 * strings. The function is pure: `today` is an argument, so the same record gives the same window.
 */
import type { AttestationPolicy } from './attestation-policy.js';
import { addMonths, isCalendarDate, type StaffRecord } from './staff-record.js';

export type AttestationStatus = 'not-yet-eligible' | 'on-leave' | 'scheduled-later' | 'due-soon' | 'overdue';

export type AttestationRule =
  | 'every-years'
  | 'min-in-position'
  | 'after-child-care'
  | 'on-child-care-leave'
  | 'first-attestation'
  | 'category-expires';

/**
 * One rule that took part, with the date it gives: the due date of the periodicity
 * (`every-years`, or `first-attestation` when there was none yet), the first allowed day
 * (`min-in-position`, `after-child-care`), or the start of the child-care leave the worker is on
 * (`on-child-care-leave`), or the last day of the category last assigned when that comes first
 * (`category-expires`: an organisation whose category term is shorter than its periodicity).
 */
export type AttestationReason = { rule: AttestationRule; date: string };

export type AttestationWindow = {
  earliest: string;
  due: string;
  status: AttestationStatus;
  /** Days from `today` to `due`; negative when overdue. */
  daysUntilDue: number;
  reasons: AttestationReason[];
};

/** The last commission decision about the worker; `validUntil` is null when no category was assigned. */
export type LastAttestation = { decidedOn: string; validUntil: string | null };

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** The calendar day after `iso`. */
export function nextDay(iso: string): string {
  return new Date((dayNumber(iso) + 1) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

function requireDate(value: string, name: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`${name} must be a YYYY-MM-DD calendar date`);
}

type ChildCare = {
  /** The child-care leave the worker is on today, if any; `to` undefined when the return is not known. */
  current: { from: string; to: string | undefined } | undefined;
  /** The latest known return day (the day after a leave's last day) among leaves begun by today. */
  lastReturn: string | undefined;
};

/**
 * Only leaves begun by `today` count: a planned leave does not take away what the rules allow
 * today; the window moves when the leave begins.
 */
function childCare(record: StaffRecord, today: string): ChildCare {
  let current: ChildCare['current'];
  let lastReturn: string | undefined;
  for (const leave of record.leave) {
    if (leave.kind !== 'child-care' || leave.from > today) continue;
    // `to` is the last day of leave (as in yearsByCategory); the worker is back the next day.
    if (leave.to !== undefined) lastReturn = lastReturn ? maxDate(lastReturn, nextDay(leave.to)) : nextDay(leave.to);
    if (leave.to === undefined || leave.to >= today) {
      // With two current periods (overlaps are refused by checkStaffDates, but be safe) an open one wins.
      if (!current || (current.to !== undefined && (leave.to === undefined || leave.to > current.to))) {
        current = { from: leave.from, to: leave.to };
      }
    }
  }
  return { current, lastReturn };
}

/**
 * The worker's attestation window on `today`.
 *
 * On a child-care leave with no known return, the return is taken to be tomorrow at the
 * earliest: `earliest` and `due` are then lower bounds that move forward each day the leave stays
 * open, and the status is `on-leave` whatever they are. That keeps `earliest ≤ due` and never
 * shows someone on leave as overdue.
 */
export function attestationWindow(
  record: StaffRecord,
  last: LastAttestation | null,
  policy: AttestationPolicy,
  today: string,
): AttestationWindow {
  requireDate(today, 'today');
  if (last) requireDate(last.decidedOn, 'the last decision date');
  const reasons: AttestationReason[] = [];
  const years = policy.everyYears * 12;

  // The periodicity: from the last decision, or from taking the position before the first one.
  let due = last ? addMonths(last.decidedOn, years) : addMonths(record.position.since, years);
  reasons.push({ rule: last ? 'every-years' : 'first-attestation', date: due });
  // A category must not lapse before the next attestation can renew it.
  if (last?.validUntil && last.validUntil < due) {
    due = last.validUntil;
    reasons.push({ rule: 'category-expires', date: due });
  }

  let earliest = addMonths(record.position.since, policy.minMonthsInPosition);
  reasons.push({ rule: 'min-in-position', date: earliest });

  const leave = childCare(record, today);
  if (leave.lastReturn) {
    const after = addMonths(leave.lastReturn, policy.minMonthsAfterChildCareLeave);
    reasons.push({ rule: 'after-child-care', date: after });
    earliest = maxDate(earliest, after);
  }
  if (leave.current) {
    reasons.push({ rule: 'on-child-care-leave', date: leave.current.from });
    if (leave.current.to === undefined) {
      earliest = maxDate(earliest, addMonths(nextDay(today), policy.minMonthsAfterChildCareLeave));
    }
  }

  // Nobody is overdue for what they were not yet allowed to do.
  due = maxDate(due, earliest);
  const daysUntilDue = daysBetween(today, due);

  let status: AttestationStatus;
  if (leave.current) status = 'on-leave';
  else if (today > due) status = 'overdue';
  else if (daysUntilDue <= policy.dueSoonDays) status = 'due-soon';
  else if (today < earliest) status = 'not-yet-eligible';
  else status = 'scheduled-later';

  return { earliest, due, status, daysUntilDue, reasons };
}

/**
 * The windows due within `days` from today (0 ≤ daysUntilDue ≤ days), soonest first, for the
 * 30/60/90-day lists. Overdue ones have their own list and are left out unless asked for; then
 * they come first, the most overdue first. Works on any object carrying `daysUntilDue`, so a
 * caller can keep the person beside their window.
 */
export function dueWithin<T extends { daysUntilDue: number }>(
  windows: readonly T[],
  days: number,
  options: { includeOverdue?: boolean } = {},
): T[] {
  const floor = options.includeOverdue ? Number.NEGATIVE_INFINITY : 0;
  return windows
    .filter((w) => w.daysUntilDue >= floor && w.daysUntilDue <= days)
    .sort((a, b) => a.daysUntilDue - b.daysUntilDue);
}

/**
 * The last day a category assigned on `decidedOn` is valid: the same calendar day
 * `categoryValidYears` later (29 February falls back to 28 February in a common year).
 */
export function categoryValidUntil(decidedOn: string, policy: Pick<AttestationPolicy, 'categoryValidYears'>): string {
  requireDate(decidedOn, 'the decision date');
  return addMonths(decidedOn, policy.categoryValidYears * 12);
}
