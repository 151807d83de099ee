/**
 * One row of the staff layout ↔ one staff record. Reading converts what HR writes (vocabulary
 * words in kk/ru/en, `DD.MM.YYYY` dates, period cells) and checks the result with the record's
 * schema and date rules; every problem names its column, so the web can mark the cell, and is
 * said in the reader's language. Writing is the exact inverse, so an export reads back unchanged.
 */
import type { z } from 'zod';
import { iinProblem } from '../access/iin.js';
import type { Lang } from '../shared/localize.js';
import { type HrMessageCode, hrFieldMessage } from './messages.js';
import { readCellDate, writeCellDate } from './staff-cell-date.js';
import { type Column, COLUMN_PATH, columnOfPath, type StaffCells } from './staff-columns.js';
import {
  type CellProblem,
  quoteValue,
  readExperienceCell,
  readLeaveCell,
  writeExperienceCell,
  writeLeaveCell,
} from './staff-period-cell.js';
import { CARD_CODE, checkStaffDates, type StaffRecord, staffRecordSchema } from './staff-record.js';
import {
  CERTIFICATE,
  EDUCATION_FIELD,
  EDUCATION_LEVEL,
  saysNoCertificate,
  type Vocabulary,
} from './staff-vocabulary.js';

export type RowError = { column: Column | null; path: string; message: string };
export type ReadRow = { ok: true; record: StaffRecord } | { ok: false; errors: RowError[] };

/**
 * A cell's text, trimmed. The CSV export puts `'` before a text that starts like a formula
 * (`+7 701…`) so a spreadsheet does not run it; reading takes it off again.
 */
export function cellText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1).trim() : text;
}

function rowError(problem: CellProblem, lang: Lang): RowError {
  return {
    column: columnOfPath(problem.path),
    path: problem.path,
    message: hrFieldMessage(problem.path, problem.code, lang, problem.vars),
  };
}

const LEVEL_WORDS = /деңгейі?|уровень|level|сбш|орк/gi;

function readLevel(text: string): number | null {
  const bare = text
    .replace(LEVEL_WORDS, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
  return /^\d{1,2}(?:[.,]0+)?$/.test(bare) ? Number.parseInt(bare, 10) : null;
}

function readYear(text: string): number | null {
  const match = /^(\d{4})(?:[.,]0+)?(?:\s*(?:ж|г)\.?)?$/.exec(text);
  return match ? Number(match[1]) : null;
}

/** The localised code of a schema issue the conversion did not already report. */
function issueProblem(path: string, issue: z.core.$ZodIssue, cell: string): CellProblem {
  const value = quoteValue(cell);
  if (issue.code === 'too_big' && issue.origin === 'array')
    return { path, code: 'too-many-periods', vars: { max: Number(issue.maximum) } };
  if (path === 'education.year') return { path, code: 'year-invalid', vars: { value } };
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { path, code: 'too-long', vars: { max: Number(issue.maximum) } };
  const byPath: Record<string, HrMessageCode> = {
    personnelNo: 'value-required',
    fullName: 'name-length',
    email: 'email-invalid',
    phone: 'phone-invalid',
    'position.level': 'level-invalid',
  };
  const code = byPath[path];
  if (code) return { path, code };
  if (path === 'position.cardCode') return { path, code: 'card-code-invalid', vars: { value } };
  if (/(^|\.)(birthDate|since|from|to)$/.test(path)) return { path, code: 'date-invalid', vars: { value } };
  return { path, code: issue.code === 'invalid_type' ? 'value-required' : 'value-invalid' };
}

/** Reads one row into a staff record, or says what is wrong with which cells. Never throws. */
export function readStaffRow(cells: StaffCells, today: string, lang: Lang): ReadRow {
  const problems: CellProblem[] = [];
  const text = (c: Column) => cellText(cells[c]);
  const report = (c: Column, code: HrMessageCode, vars?: Record<string, string | number>) =>
    problems.push({ path: COLUMN_PATH[c], code, ...(vars ? { vars } : {}) });
  const required = (c: Column) => {
    const t = text(c);
    if (t === '') report(c, 'value-required');
    return t;
  };
  const date = (c: Column, t: string) => {
    if (t === '') return undefined;
    const iso = readCellDate(t);
    if (iso === null) report(c, 'date-invalid', { value: quoteValue(t) });
    return iso ?? undefined;
  };
  const coded = <V extends string>(c: Column, t: string, vocabulary: Vocabulary<V>, unknown: HrMessageCode) => {
    if (t === '') return undefined;
    const value = vocabulary.read(t);
    if (value === null) report(c, unknown, { value: quoteValue(t), allowed: vocabulary.allowed(lang) });
    return value ?? undefined;
  };

  const personnelNo = required('personnelNo');
  const fullName = required('fullName');
  // People group an IIN's digits with spaces; the number itself is never quoted back.
  const iin = text('iin').replace(/\s+/g, '');
  const iinCode = iin === '' ? null : iinProblem(iin);
  if (iinCode) report('iin', `iin-${iinCode}`);
  const birthDate = date('birthDate', text('birthDate'));
  const email = text('email');
  const phone = text('phone');
  const title = text('positionTitle');
  // «2635–3–001» with en dashes, as word processors turn them, is the same code.
  const cardCode = required('cardCode').replace(/\s+/g, '').replace(/[–—‑]/g, '-');
  if (cardCode !== '' && !CARD_CODE.test(cardCode))
    report('cardCode', 'card-code-invalid', { value: quoteValue(cardCode) });
  const levelText = required('level');
  const level = levelText === '' ? undefined : (readLevel(levelText) ?? undefined);
  if (levelText !== '' && level === undefined) report('level', 'level-invalid');
  const since = date('positionSince', required('positionSince'));
  const educationLevel = coded(
    'educationLevel',
    required('educationLevel'),
    EDUCATION_LEVEL,
    'education-level-unknown',
  );
  const field = coded('educationField', required('educationField'), EDUCATION_FIELD, 'education-field-unknown');
  const certificateText = text('certificate');
  const certificate =
    certificateText === '' || saysNoCertificate(certificateText)
      ? undefined
      : coded('certificate', certificateText, CERTIFICATE, 'certificate-unknown');
  const institution = text('institution');
  const yearText = text('graduationYear');
  const year = yearText === '' ? undefined : (readYear(yearText) ?? undefined);
  if (yearText !== '' && year === undefined) report('graduationYear', 'year-invalid', { value: quoteValue(yearText) });
  const experience = readExperienceCell(text('experience'), lang);
  const leave = readLeaveCell(text('leave'), lang);
  problems.push(...experience.problems, ...leave.problems);

  const parsed = staffRecordSchema.safeParse({
    personnelNo,
    fullName,
    ...(iin && !iinCode ? { iin } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    position: { ...(title ? { title } : {}), cardCode, level, since },
    education: {
      level: educationLevel,
      field,
      ...(certificate ? { certificate } : {}),
      ...(institution ? { institution } : {}),
      ...(year !== undefined ? { year } : {}),
    },
    experience: experience.periods,
    leave: leave.periods,
  });
  const errors = problems.map((p) => rowError(p, lang));
  if (!parsed.success) {
    // A cell the conversion already reported is not reported again in the schema's words.
    const reported = new Set(errors.map((e) => e.column ?? e.path));
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const column = columnOfPath(path);
      if (reported.has(column ?? path)) continue;
      reported.add(column ?? path);
      errors.push(rowError(issueProblem(path, issue, column ? text(column) : ''), lang));
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  const dateErrors = staffDateErrors(parsed.data, today, lang);
  return dateErrors.length > 0 ? { ok: false, errors: dateErrors } : { ok: true, record: parsed.data };
}

type Dated = { from: string; to?: string | undefined };
const overlap = (a: Dated, b: Dated, today: string) => a.from <= (b.to ?? today) && b.from <= (a.to ?? today);

/** The 1-based line of a period that the period at `path` overlaps (checkStaffDates names only one side). */
function overlappedLine(record: StaffRecord, path: string, today: string): number {
  const [name, index] = path.split('.');
  const list: readonly Dated[] = name === 'leave' ? record.leave : record.experience;
  const i = Number(index);
  const me = list[i];
  const other = me ? list.findIndex((p, j) => j !== i && overlap(me, p, today)) : -1;
  return other + 1;
}

/** An IIN begins with the birth date (YYMMDD) and its 7th digit gives the century (1–2: 1800s … 5–6: 2000s). */
function iinMatchesBirth(iin: string, birthDate: string): boolean {
  if (iin.slice(0, 6) !== `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}`) return false;
  const c = Number(iin[6]);
  return c < 1 || c > 6 || 1700 + 100 * Math.ceil(c / 2) === Number(birthDate.slice(0, 2)) * 100;
}

/** What only the whole record shows, localised: the record's date rules and an IIN that is not the birth date's. */
export function staffDateErrors(record: StaffRecord, today: string, lang: Lang): RowError[] {
  const problems: CellProblem[] = checkStaffDates(record, today).map((p) =>
    p.code === 'periods-overlap'
      ? { path: p.path, code: p.code, vars: { other: overlappedLine(record, p.path, today) } }
      : { path: p.path, code: p.code },
  );
  if (record.iin && record.birthDate && !iinMatchesBirth(record.iin, record.birthDate))
    problems.push({ path: 'iin', code: 'iin-birth-mismatch' });
  return problems.map((p) => rowError(p, lang));
}

/** A record as one row of the layout, in `lang`; `readStaffRow` gives the same record back. */
export function writeStaffRow(record: StaffRecord, lang: Lang): Record<Column, string> {
  const { position, education } = record;
  return {
    personnelNo: record.personnelNo,
    fullName: record.fullName,
    iin: record.iin ?? '',
    birthDate: record.birthDate ? writeCellDate(record.birthDate) : '',
    email: record.email ?? '',
    phone: record.phone ?? '',
    positionTitle: position.title ?? '',
    cardCode: position.cardCode,
    level: String(position.level),
    positionSince: writeCellDate(position.since),
    educationLevel: EDUCATION_LEVEL.label(education.level, lang),
    educationField: EDUCATION_FIELD.label(education.field, lang),
    certificate: education.certificate ? CERTIFICATE.label(education.certificate, lang) : '',
    institution: education.institution ?? '',
    graduationYear: education.year === undefined ? '' : String(education.year),
    experience: writeExperienceCell(record.experience, lang),
    leave: writeLeaveCell(record.leave, lang),
  };
}
