/**
 * The iCalendar writer: structure of an all-day event, TEXT escaping, and folding at 75 octets
 * that never splits a UTF-8 character (properties over Kazakh text) and unfolds to the original.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendar, unfold } from './icalendar.js';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const NOW = new Date('2026-03-01T09:30:15.123Z');

/** Kazakh-heavy text: the nine Kazakh letters, the rest of Cyrillic, ASCII, emoji (4 bytes), escapes. */
const KAZAKH = [...'ӘәҒғҚқҢңӨөҰұҮүҺһІі', ...'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВЁ'];
const textArb = fc
  .array(fc.oneof(fc.constantFrom(...KAZAKH), fc.constantFrom(' ', ',', ';', '\\', '\n', 'a', '7', '😀', 'é')), {
    maxLength: 400,
    // fast-check's default size keeps arrays to about ten items: too short to fold at all.
    size: 'max',
  })
  .map((chars) => chars.join(''));

/** The inverse of escapeText, to prove nothing is lost. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('icalendar', () => {
  const ics = icalendar({
    name: 'Аттестаттау мерзімдері',
    now: NOW,
    events: [
      {
        uid: 'attestation-T-1@kasip',
        date: '2024-02-29',
        summary: 'Аттестаттау: Әлия Серікқызы',
        description: 'Соңғы шешім 2021-02-28\nСанат: бірінші',
        url: 'https://kasip.example.kz/hr/staff/T-1',
      },
      { uid: 'attestation-T-2@kasip', date: '2024-12-31', summary: 'Аттестаттау: Қанат' },
    ],
  });
  const lines = unfold(ics).split('\r\n');

  it('is a VCALENDAR with CRLF line ends only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines).toContain('X-WR-CALNAME:Аттестаттау мерзімдері');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('PRODID:-//Kasip//Attestation calendar//EN');
  });

  it('writes all-day events: DTSTART as a DATE, DTEND the next day, a UTC DTSTAMP', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20240229');
    expect(lines).toContain('DTEND;VALUE=DATE:20240301');
    expect(lines).toContain('DTEND;VALUE=DATE:20250101');
    expect(lines.filter((l) => l === 'DTSTAMP:20260301T093015Z')).toHaveLength(2);
    expect(lines).toContain('UID:attestation-T-1@kasip');
    expect(lines).toContain('URL:https://kasip.example.kz/hr/staff/T-1');
    expect(lines).toContain('DESCRIPTION:Соңғы шешім 2021-02-28\\nСанат: бірінші');
  });

  it('writes a description and URL only when given', () => {
    const second = unfold(ics).split('BEGIN:VEVENT')[2] ?? '';
    expect(second).toContain('SUMMARY:Аттестаттау: Қанат');
    expect(second).not.toContain('DESCRIPTION:');
    expect(second).not.toContain('URL:');
  });

  it('takes its own PRODID', () => {
    expect(icalendar({ name: 'x', prodId: '-//Org//HR//KK', events: [], now: NOW })).toContain('PRODID:-//Org//HR//KK');
  });

  it('refuses a date that is not in the calendar and a URL that could break a line', () => {
    expect(() => icalendar({ name: 'x', now: NOW, events: [{ uid: 'u', date: '2023-02-29', summary: 's' }] })).toThrow(
      RangeError,
    );
    expect(() =>
      icalendar({
        name: 'x',
        now: NOW,
        events: [{ uid: 'u', date: '2023-02-28', summary: 's', url: 'http://a\r\nX:y' }],
      }),
    ).toThrow(RangeError);
  });

  it('no line of a whole calendar is longer than 75 octets', () => {
    const long = icalendar({
      name: 'Ә'.repeat(100),
      now: NOW,
      events: [{ uid: 'u', date: '2024-01-01', summary: 'Қ'.repeat(200), description: 'ң,;'.repeat(80) }],
    });
    for (const line of long.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(long)).toContain(`SUMMARY:${'Қ'.repeat(200)}`);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters TEXT does not allow, keeps the tab', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('loses nothing else: unescaping gives the original back', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        expect(unescapeText(escapeText(s))).toBe(s);
      }),
    );
  });
});

describe('foldLine', () => {
  it('folds 2-byte letters whole: 74 octets first (a 76th would split a letter), then 1 space + 37 letters', () => {
    const folded = foldLine(`S:${'қ'.repeat(100)}`).split('\r\n');
    expect(folded).toEqual([`S:${'қ'.repeat(36)}`, ` ${'қ'.repeat(37)}`, ` ${'қ'.repeat(27)}`]);
    expect(folded.map(octets)).toEqual([74, 75, 55]);
  });

  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never exceeds 75 octets, never splits a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.constantFrom('SUMMARY:', 'DESCRIPTION:', 'X:'), textArb, (name, text) => {
        const line = name + escapeText(text);
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        for (const [i, part] of parts.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          // A split character would leave a lone surrogate or U+FFFD after a UTF-8 round trip.
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          // Every cut is forced: the next character would not have fitted.
          const next = parts[i + 1]?.slice(1);
          if (next) expect(octets(part) + octets(String.fromCodePoint(next.codePointAt(0) ?? 0))).toBeGreaterThan(75);
        }
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});
