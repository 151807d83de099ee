/**
 * The experience and leave cells: dated periods in one cell, as HR writes them by hand,
 *   `екінші: 01.09.2015–31.08.2019; бірінші: 01.09.2019–`
 * a category (or kind of leave), a colon, the first day, a dash (–, — or -) and the last day,
 * left out while the period lasts. Periods are separated by `;` or line breaks.
 */
import type { Lang } from '../shared/localize.js';
import type { HrMessageCode } from './messages.js';
import { readCellDate, writeCellDate } from './staff-cell-date.js';
import type { ExperiencePeriod, LeavePeriod } from './staff-record.js';
import { CATEGORY, LEAVE_KIND, type Vocabulary } from './staff-vocabulary.js';

/** A problem in a cell, named by the record path of the period it concerns. */
export type CellProblem = { path: string; code: HrMessageCode; vars?: Record<string, string | number> };

const DATE = String.raw`\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{1,2}-\d{1,2}`;
const DASH = '[-–—‑]';
/** Words people put where the last day goes while a period lasts. */
const STILL = String.raw`қазірге дейін|қазіргі уақытқа дейін|қазір|по настоящее время|по н\.\s?в\.?|present|now`;
const PERIOD = new RegExp(`^(${DATE})\\s*${DASH}\\s*(${DATE}|${STILL})?\\.?$`, 'i');
const STILL_ONLY = new RegExp(`^(?:${STILL})$`, 'i');

/** Shortens a quoted value so a message stays readable and a whole cell never lands in a report. */
export function quoteValue(value: string): string {
  const text = value.trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

type Read<V extends string> = { value: V; from: string; to?: string };

function readPeriods<V extends string>(
  cell: string,
  name: 'experience' | 'leave',
  vocabulary: Vocabulary<V>,
  unknown: HrMessageCode,
  lang: Lang,
): { periods: Read<V>[]; problems: CellProblem[] } {
  const periods: Read<V>[] = [];
  const problems: CellProblem[] = [];
  const parts = cell
    .split(/[;\n\r]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  parts.forEach((part, i) => {
    const path = `${name}.${i}`;
    const colon = part.indexOf(':');
    const match = colon < 0 ? null : PERIOD.exec(part.slice(colon + 1).trim());
    if (!match) {
      problems.push({ path, code: 'period-format', vars: { value: quoteValue(part), example: example(name, lang) } });
      return;
    }
    const label = part.slice(0, colon);
    const value = vocabulary.read(label);
    const from = readCellDate(match[1] ?? '');
    const last = match[2];
    const to = last === undefined || STILL_ONLY.test(last) ? undefined : readCellDate(last);
    const where = name === 'experience' ? 'category' : 'kind';
    if (value === null)
      problems.push({
        path: `${path}.${where}`,
        code: unknown,
        vars: { value: quoteValue(label), allowed: vocabulary.allowed(lang) },
      });
    if (from === null) problems.push({ path: `${path}.from`, code: 'date-invalid', vars: { value: match[1] ?? '' } });
    if (to === null) problems.push({ path: `${path}.to`, code: 'date-invalid', vars: { value: last ?? '' } });
    if (value !== null && from !== null && to !== null)
      periods.push(to === undefined ? { value, from } : { value, from, to });
  });
  return { periods, problems };
}

function example(name: 'experience' | 'leave', lang: Lang): string {
  const label = name === 'experience' ? CATEGORY.label('first', lang) : LEAVE_KIND.label('child-care', lang);
  return `${label}: 01.09.2019–31.08.2022`;
}

export function readExperienceCell(cell: string, lang: Lang): { periods: ExperiencePeriod[]; problems: CellProblem[] } {
  const { periods, problems } = readPeriods(cell, 'experience', CATEGORY, 'category-unknown', lang);
  return { periods: periods.map(({ value, ...dates }) => ({ category: value, ...dates })), problems };
}

export function readLeaveCell(cell: string, lang: Lang): { periods: LeavePeriod[]; problems: CellProblem[] } {
  const { periods, problems } = readPeriods(cell, 'leave', LEAVE_KIND, 'leave-kind-unknown', lang);
  return { periods: periods.map(({ value, ...dates }) => ({ kind: value, ...dates })), problems };
}

function writePeriod(label: string, p: { from: string; to?: string | undefined }): string {
  return `${label}: ${writeCellDate(p.from)}–${p.to === undefined ? '' : writeCellDate(p.to)}`;
}

/** `екінші: 01.09.2015–31.08.2019; бірінші: 01.09.2019–` in the chosen language. */
export function writeExperienceCell(periods: readonly ExperiencePeriod[], lang: Lang): string {
  return periods.map((p) => writePeriod(CATEGORY.label(p.category, lang), p)).join('; ');
}

export function writeLeaveCell(periods: readonly LeavePeriod[], lang: Lang): string {
  return periods.map((p) => writePeriod(LEAVE_KIND.label(p.kind, lang), p)).join('; ');
}
