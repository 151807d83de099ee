/**
 * A minimal RFC 5545 (iCalendar) writer for all-day events, so an HR officer can subscribe their
 * calendar application to the attestation due dates. Pure: it returns the text; serving it as
 * `text/calendar` is the caller's business.
 *
 * The parts of RFC 5545 that bite with Kazakh text:
 * - lines are folded at 75 OCTETS, not characters (§3.1); a Kazakh or Russian letter is two
 *   bytes in UTF-8, so counting characters would make lines of up to 150 bytes, and cutting at a
 *   byte count could split a letter in two. We fold between code points only.
 * - TEXT values escape `\`, `;`, `,` and line breaks (§3.3.11); other control characters are
 *   not allowed in TEXT at all and are dropped.
 * - an all-day event is `DTSTART;VALUE=DATE` with a `DTEND` on the next day (§3.6.1: DTEND is
 *   exclusive), so calendars show it on one day and not on two.
 */
import { isCalendarDate } from './staff-record.js';

export type CalendarEvent = {
  /** Stable across feeds, so a calendar updates the event instead of adding a second one. */
  uid: string;
  /** The all-day event's day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
};

export type CalendarInput = {
  /** Shown by calendar applications as the calendar's name (X-WR-CALNAME). */
  name: string;
  prodId?: string | undefined;
  events: readonly CalendarEvent[];
  /** When the feed is made; every event's DTSTAMP. */
  now: Date;
};

const CRLF = '\r\n';
/** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
const MAX_OCTETS = 75;
export const DEFAULT_PROD_ID = '-//Kasip//Attestation calendar//EN';

const encoder = new TextEncoder();

/** TEXT escaping (§3.3.11); line breaks of any kind become `\n`, other control characters go. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters TEXT forbids
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Splits one content line into lines of at most 75 octets, each continuation starting with a
 * space (which counts towards its 75). Cuts fall between code points, never inside a UTF-8
 * sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Undoes folding (§3.1): a line break followed by one space or tab is removed. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** `2024-06-01` → `20240601` */
function basicDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** The UTC date-time form of §3.3.5: `20240601T093000Z`. */
function utcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function dayAfter(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A URI cannot hold spaces or control characters; refusing them keeps a value from breaking a line. */
function checkedUri(url: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\s\u0000-\u001f\u007f]/.test(url)) throw new RangeError('a URL cannot contain spaces or control characters');
  return url;
}

/** The whole calendar, CRLF line ends, folded. */
export function icalendar(calendar: CalendarInput): string {
  if (Number.isNaN(calendar.now.getTime())) throw new RangeError('now must be a valid date');
  const stamp = utcDateTime(calendar.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.prodId ?? DEFAULT_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const event of calendar.events) {
    if (!isCalendarDate(event.date)) throw new RangeError(`event ${event.uid}: the date must be YYYY-MM-DD`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(dayAfter(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url !== undefined) lines.push(`URL:${checkedUri(event.url)}`);
    // Free time: a due date is a deadline, not a meeting that blocks the day.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
