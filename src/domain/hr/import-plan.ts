/**
 * What importing a staff list would do to the register, worked out before anything is written:
 * which rows add a person, which change one (and which fields), which change nothing and which
 * are refused, with why. The HR officer sees this plan and commits it as it is.
 *
 * A row matches a person by personnel number. The layout does not carry everything a record
 * holds, so an import never erases what it cannot see: a column the file lacks keeps the
 * register's value, and trainings and the employers of unchanged periods are kept.
 */
import type { Lang } from '../shared/localize.js';
import { hrFieldMessage } from './messages.js';
import type { Column, StaffCells } from './staff-columns.js';
import type { ExperiencePeriod, StaffRecord } from './staff-record.js';
import { cellText, type RowError, readStaffRow, staffDateErrors } from './staff-row.js';

export type ExistingStaff = { id: string; version: number; record: StaffRecord };

export type ImportPlan = {
  add: { row: number; record: StaffRecord }[];
  change: { row: number; id: string; version: number; record: StaffRecord; changed: string[] }[];
  unchanged: { row: number; id: string }[];
  reject: { row: number; personnelNo: string | null; errors: RowError[] }[];
};

export type ImportOptions = {
  /** ISO date the dates are checked against. */
  today: string;
  lang: Lang;
  /** Whether the current edition has this card at this level. */
  cardExists: (code: string, level: number) => boolean;
};

/** The first spreadsheet row of data: row 1 is the header. */
const FIRST_DATA_ROW = 2;

/** The record's top-level fields in schema order, for a stable `changed` list. */
const FIELDS = [
  'personnelNo',
  'fullName',
  'iin',
  'birthDate',
  'email',
  'phone',
  'position',
  'education',
  'experience',
  'leave',
  'trainings',
] as const satisfies readonly (keyof StaffRecord)[];

/** Structural equality of JSON-like values; a key holding undefined counts as absent (as in JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameValue(x[key], y[key])) return false;
  return true;
}

export function changedFields(before: StaffRecord, after: StaffRecord): string[] {
  return FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** An imported period keeps the employer the register had for the same period. */
function keepEmployers(imported: ExperiencePeriod[], current: readonly ExperiencePeriod[]): ExperiencePeriod[] {
  return imported.map((p) => {
    const same = current.find((c) => c.from === p.from && c.to === p.to && c.category === p.category);
    return same?.employer ? { ...p, employer: same.employer } : p;
  });
}

/** The imported record completed with what the file could not say. */
export function mergeImported(imported: StaffRecord, current: StaffRecord, cells: StaffCells): StaffRecord {
  const has = (c: Column) => cells[c] !== undefined;
  const keep = <T extends object, K extends keyof T>(from: T, key: K, column: Column): Partial<T> =>
    has(column) || from[key] === undefined ? {} : ({ [key]: from[key] } as unknown as Partial<T>);
  return {
    ...imported,
    ...keep(current, 'iin', 'iin'),
    ...keep(current, 'birthDate', 'birthDate'),
    ...keep(current, 'email', 'email'),
    ...keep(current, 'phone', 'phone'),
    position: { ...imported.position, ...keep(current.position, 'title', 'positionTitle') },
    education: {
      ...imported.education,
      ...keep(current.education, 'certificate', 'certificate'),
      ...keep(current.education, 'institution', 'institution'),
      ...keep(current.education, 'year', 'graduationYear'),
    },
    experience: has('experience') ? keepEmployers(imported.experience, current.experience) : current.experience,
    leave: has('leave') ? imported.leave : current.leave,
    trainings: current.trainings,
  };
}

/**
 * Plans an import of mapped rows against the register (`existing`, by personnel number). A
 * personnel number repeated within the file rejects the later rows: which of them is right is
 * for a person to decide.
 */
export function planImport(
  rows: readonly StaffCells[],
  existing: ReadonlyMap<string, ExistingStaff>,
  opts: ImportOptions,
): ImportPlan {
  const plan: ImportPlan = { add: [], change: [], unchanged: [], reject: [] };
  const firstRow = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + FIRST_DATA_ROW;
    const personnelNo = cellText(cells.personnelNo) || null;
    const read = readStaffRow(cells, opts.today, opts.lang);
    const errors = read.ok ? [] : [...read.errors];
    if (personnelNo !== null) {
      const first = firstRow.get(personnelNo);
      if (first === undefined) firstRow.set(personnelNo, row);
      else
        errors.unshift({
          column: 'personnelNo',
          path: 'personnelNo',
          message: hrFieldMessage('personnelNo', 'personnel-no-duplicate', opts.lang, { row: first }),
        });
    }
    if (read.ok && !opts.cardExists(read.record.position.cardCode, read.record.position.level)) {
      const { cardCode: code, level } = read.record.position;
      errors.push({
        column: 'cardCode',
        path: 'position.cardCode',
        message: hrFieldMessage('position.cardCode', 'card-not-in-edition', opts.lang, { code, level }),
      });
    }
    if (!read.ok || errors.length > 0) {
      plan.reject.push({ row, personnelNo, errors });
      return;
    }
    const current = existing.get(read.record.personnelNo);
    if (!current) {
      plan.add.push({ row, record: read.record });
      return;
    }
    const record = mergeImported(read.record, current.record, cells);
    // Kept values were never checked against the file's (a kept birth date against a new position date).
    const dateErrors = staffDateErrors(record, opts.today, opts.lang);
    if (dateErrors.length > 0) {
      plan.reject.push({ row, personnelNo, errors: dateErrors });
      return;
    }
    const changed = changedFields(current.record, record);
    if (changed.length === 0) plan.unchanged.push({ row, id: current.id });
    else plan.change.push({ row, id: current.id, version: current.version, record, changed });
  });
  return plan;
}
