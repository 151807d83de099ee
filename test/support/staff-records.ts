/**
 * Generated staff records that the import layout can carry (no trainings, no employers), valid
 * by the schema and by the date rules on `today`: for round trips and bulk tests.
 */
import fc from 'fast-check';
import { iinCheckDigit } from '../../src/domain/access/iin.js';
import { LEAVE_KINDS, type StaffRecord, staffRecordSchema } from '../../src/domain/hr/staff-record.js';
import { categories, certificates, educationFields, educationLevels } from '../../src/domain/standard/schemas.js';

const DAY_MS = 86_400_000;
export const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOfIso = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** A valid IIN for a birth date, or null for the rare serial whose check digit does not exist. */
export function iinFor(birthDate: string, serial: number, female: boolean): string | null {
  const century = Number(birthDate.slice(0, 2)) >= 20 ? 5 : 3;
  const first11 = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${century + (female ? 1 : 0)}${String(serial).padStart(4, '0')}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}

const UPPER = [...'АӘБВГҒДЕЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЫІЭЮЯ'];
const LOWER = [...'аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшыіэюя'];
const word = fc
  .tuple(fc.constantFrom(...UPPER), fc.array(fc.constantFrom(...LOWER), { minLength: 1, maxLength: 9 }))
  .map(([first, rest]) => first + rest.join(''));
const name = fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' '));

/** Any trimmed text, including what a CSV or a spreadsheet finds awkward (quotes, `;`, `=…`). */
const freeText = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.constantFrom('=1+1', '-жетекші', '+маман', '@SUM(A1)', 'Бас маман; 0,5 ставка', 'Маман "аға"', 'жол\nекі'),
    name,
  )
  .map((t) => t.trim())
  // `'` before a formula sign is the export's own neutralisation, taken off when read: not a value.
  .filter((t) => t !== '' && !/^'[=+\-@\t\r]/.test(t));

const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\.[a-z0-9]{1,6})?$/), fc.constantFrom('mail.kz', 'gov.kz'))
  .map(([local, domain]) => `${local}@${domain}`);

/** Sorted distinct days paired into non-overlapping periods; an odd last day opens a period. */
function periods(lo: number, hi: number, max: number) {
  return fc
    .uniqueArray(fc.integer({ min: lo, max: hi }), { maxLength: max })
    .map((days) => days.sort((a, b) => a - b))
    .map((days) => {
      const out: { from: string; to?: string }[] = [];
      for (let i = 0; i < days.length; i += 2) {
        const from = isoOfDay(days[i] as number);
        const to = days[i + 1];
        out.push(to === undefined ? { from } : { from, to: isoOfDay(to) });
      }
      return out;
    });
}

export const CARDS = [
  ['1344-0-004', 7],
  ['2634-4-001', 6],
  ['2634-4-001', 7],
  ['2634-9-004', 6],
  ['2635-3-001', 4],
  ['2635-3-001', 5],
  ['2635-3-001', 6],
  ['3412-0-008', 4],
  ['3412-0-008', 5],
  ['3412-0-009', 6],
] as const;

export function staffRecordArb(today: string): fc.Arbitrary<StaffRecord> {
  const todayDay = dayOfIso(today);
  const birthArb = fc.integer({ min: dayOfIso('1950-01-01'), max: dayOfIso('2004-12-31') });
  return birthArb.chain((birthDay) => {
    const birthDate = isoOfDay(birthDay);
    const adult = birthDay + 18 * 366;
    const birthYear = Number(birthDate.slice(0, 4));
    return fc
      .record({
        personnelNo: fc.tuple(fc.constantFrom('', 'Т-', 'ӘҚ', '00'), fc.integer({ min: 1, max: 99_999 })),
        fullName: name,
        iin: fc.option(fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.boolean()), { nil: undefined }),
        withBirth: fc.boolean(),
        email: fc.option(email, { nil: undefined }),
        phone: fc.option(fc.constantFrom('+7 701 234 56 78', '8 (7172) 55-12-34', '87012345678', '+77012345678'), {
          nil: undefined,
        }),
        title: fc.option(freeText, { nil: undefined }),
        card: fc.constantFrom(...CARDS),
        since: fc.integer({ min: adult, max: todayDay }),
        level: fc.constantFrom(...educationLevels),
        field: fc.constantFrom(...educationFields),
        certificate: fc.option(fc.constantFrom(...certificates), { nil: undefined }),
        institution: fc.option(freeText, { nil: undefined }),
        year: fc.option(fc.integer({ min: birthYear + 15, max: Number(today.slice(0, 4)) }), { nil: undefined }),
        experience: periods(adult, todayDay, 7).chain((list) =>
          fc
            .tuple(...list.map(() => fc.constantFrom(...categories)))
            .map((cats) => list.map((p, i) => ({ ...p, category: cats[i] ?? 'none' }))),
        ),
        leave: periods(adult, todayDay + 365, 4).chain((list) =>
          fc
            .tuple(...list.map(() => fc.constantFrom(...LEAVE_KINDS)))
            .map((kinds) => list.map((p, i) => ({ ...p, kind: kinds[i] ?? 'other' }))),
        ),
      })
      .map((r) => {
        const iin = r.iin ? iinFor(birthDate, r.iin[0], r.iin[1]) : null;
        return staffRecordSchema.parse({
          personnelNo: `${r.personnelNo[0]}${r.personnelNo[1]}`,
          fullName: r.fullName,
          ...(iin ? { iin } : {}),
          ...(r.withBirth ? { birthDate } : {}),
          ...(r.email ? { email: r.email } : {}),
          ...(r.phone ? { phone: r.phone } : {}),
          position: {
            ...(r.title ? { title: r.title } : {}),
            cardCode: r.card[0],
            level: r.card[1],
            since: isoOfDay(r.since),
          },
          education: {
            level: r.level,
            field: r.field,
            ...(r.certificate ? { certificate: r.certificate } : {}),
            ...(r.institution ? { institution: r.institution } : {}),
            ...(r.year !== undefined ? { year: r.year } : {}),
          },
          experience: r.experience,
          leave: r.leave,
        });
      });
  });
}
