/**
 * Recognising a curriculum's header row: which column holds module codes, names, learning
 * outcomes, criteria, hours and credits, from the header texts colleges and universities use in
 * Kazakh, Russian and English. Pure.
 */
import { normalizeKazakh } from '../search/kazakh-normalize.js';

export const COLUMN_ROLES = [
  'criteria',
  'method',
  'outcome',
  'code',
  'name',
  'theory',
  'practice',
  'credits',
  'hours',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Pieces of header text per role, tried in the order of COLUMN_ROLES (the first role whose piece
 * the cell contains wins), so that «Модуль коды» is a code before it is a module name and
 * «Бағалау критерийлері» is criteria before «бағалау» could be anything else.
 */
const HEADER_PIECES: Record<ColumnRole, string[]> = {
  criteria: ['критери', 'criteri', 'көрсеткіш', 'показател'],
  method: [
    'бағалау әдіс',
    'бағалау түр',
    'метод оцен',
    'форма оцен',
    'форма контрол',
    'assessment method',
    'бақылау түр',
  ],
  outcome: ['нәтиже', 'результат', 'outcome', 'күтілетін', 'компетенц'],
  code: ['код', 'индекс', 'шифр', 'code', 'index'],
  name: ['атау', 'наименован', 'название', 'name', 'модул', 'module', 'пән', 'дисциплин', 'subject'],
  theory: ['теори', 'theor'],
  practice: ['практик', 'практич', 'тәжірибе', 'practic', 'лаборатор', 'өндірістік'],
  credits: ['кредит', 'credit', 'ects'],
  hours: ['сағат', 'час', 'hour', 'көлем', 'объем', 'объём', 'барлығы', 'всего', 'total'],
};

const headerText = (cell: string) =>
  normalizeKazakh(cell)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/ +/g, ' ');

/** The role a header cell names, or undefined. */
export function roleOfHeader(cell: string): ColumnRole | undefined {
  const text = headerText(cell);
  if (text === '' || text.length > 120) return undefined;
  return COLUMN_ROLES.find((role) => HEADER_PIECES[role].some((piece) => text.includes(piece)));
}

export type Header = {
  /** Row index (from 0) of the header's last row: data starts below it. */
  lastRow: number;
  /** Index (from 0) of the header's first row, for messages. */
  firstRow: number;
  columns: Partial<Record<ColumnRole, number>>;
};

function rolesOf(row: string[]): Partial<Record<ColumnRole, number>> {
  const columns: Partial<Record<ColumnRole, number>> = {};
  row.forEach((cell, index) => {
    const role = roleOfHeader(cell);
    if (role && columns[role] === undefined) columns[role] = index;
  });
  return columns;
}

const HOURS_ROLES: ReadonlySet<string> = new Set(['theory', 'practice', 'credits', 'hours']);

/** How many rows from the top are searched for the header (title lines come first in many files). */
const HEADER_SEARCH_ROWS = 15;

/**
 * The header: the first row among the top ones that names at least two roles, one of them the
 * outcome, a module name or code. A second header row under it (hours split into «Теория» and
 * «Практика» under a merged «Сағат») adds its roles where the first row has none.
 */
export function findHeader(rows: string[][]): Header | undefined {
  const top = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < top; r++) {
    const columns = rolesOf(rows[r] ?? []);
    const roles = Object.keys(columns) as ColumnRole[];
    const anchored = columns.outcome !== undefined || columns.name !== undefined || columns.code !== undefined;
    if (roles.length < 2 || !anchored) continue;
    const next = rows[r + 1] ?? [];
    const below = rolesOf(next);
    // Every filled cell of a sub-header names hours: a data row («практикалық тапсырма» in its
    // method cell, numbers in its hours) has other text too.
    const filled = next.filter((cell) => cell.trim() !== '');
    const subHeader =
      filled.length > 0 &&
      filled.every((cell) => HOURS_ROLES.has(roleOfHeader(cell) ?? 'none')) &&
      Object.keys(below).length > 0;
    if (subHeader) {
      for (const [role, index] of Object.entries(below) as [ColumnRole, number][]) {
        // The merged «Сағат» above «Теория | Практика» named hours; the split columns replace it.
        if (columns.hours === index) delete columns.hours;
        if (columns[role] === undefined) columns[role] = index;
      }
    }
    return { firstRow: r, lastRow: subHeader ? r + 1 : r, columns };
  }
  return undefined;
}

/** The header cells that were recognised, as the file spells them, for messages. */
export function recognisedHeaders(rows: string[][], header: Header): string[] {
  return Object.values(header.columns).map((index) => {
    const text = rows[header.firstRow]?.[index]?.trim() || rows[header.lastRow]?.[index]?.trim() || '';
    return `«${text.replace(/\s+/g, ' ').slice(0, 60)}»`;
  });
}
